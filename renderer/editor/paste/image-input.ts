import { mergeRegister } from '@lexical/utils';
import {
  COMMAND_PRIORITY_HIGH,
  DRAGOVER_COMMAND,
  DROP_COMMAND,
  PASTE_COMMAND,
  type LexicalEditor,
} from 'lexical';
import type { StoredImage } from '../../../shared/ipc/stored-image';
import { INSERT_FIGURE_COMMAND } from '../commands/insert-commands';

/** Sends image bytes to main (which stores them in the story's assets); answers what was stored. */
export type StoreImage = (file: File) => Promise<StoredImage | { error: string }>;

function imageFiles(data: DataTransfer | null): File[] {
  return [...(data?.files ?? [])].filter((file) => file.type.startsWith('image/'));
}

/** Base64 of a file's bytes, for the IPC call (the harness bridge speaks JSON). */
export async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** Inserts a stored image as a figure at the caret. */
export function insertStoredImage(editor: LexicalEditor, image: StoredImage): void {
  editor.dispatchCommand(INSERT_FIGURE_COMMAND, {
    src: image.src,
    alt: '',
    width: image.width,
    height: image.height,
  });
}

/**
 * Dropped and pasted image files become figures: main stores the bytes in
 * the story's assets and the figure refers to that file — never to a blob:
 * or file: URL.
 */
export function registerImageInput(
  editor: LexicalEditor,
  store: StoreImage,
  onError: (message: string) => void,
): () => void {
  const take = (files: File[]) => {
    void (async () => {
      for (const file of files) {
        const stored = await store(file);
        if ('error' in stored) onError(stored.error);
        else insertStoredImage(editor, stored);
      }
    })();
  };
  return mergeRegister(
    editor.registerCommand(
      DRAGOVER_COMMAND,
      (event) => {
        if (
          imageFiles(event.dataTransfer).length === 0 &&
          !event.dataTransfer?.types.includes('Files')
        ) {
          return false;
        }
        event.preventDefault();
        return true;
      },
      COMMAND_PRIORITY_HIGH,
    ),
    editor.registerCommand(
      DROP_COMMAND,
      (event) => {
        const files = imageFiles(event.dataTransfer);
        if (files.length === 0) return false;
        event.preventDefault();
        take(files);
        return true;
      },
      COMMAND_PRIORITY_HIGH,
    ),
    editor.registerCommand(
      PASTE_COMMAND,
      (event) => {
        const files = 'clipboardData' in event ? imageFiles(event.clipboardData) : [];
        if (files.length === 0) return false;
        event.preventDefault();
        take(files);
        return true;
      },
      COMMAND_PRIORITY_HIGH,
    ),
  );
}
