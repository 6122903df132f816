import { $insertDataTransferForRichText } from '@lexical/clipboard';
import { mergeRegister } from '@lexical/utils';
import {
  $getSelection,
  $setSelection,
  COMMAND_PRIORITY_CRITICAL,
  COPY_COMMAND,
  CUT_COMMAND,
  PASTE_COMMAND,
  PASTE_TAG,
  type LexicalEditor,
} from 'lexical';
import type { StoredImage } from '../../../shared/ipc/stored-image';
import { NODE_TYPES } from '../../../shared/convert/editor-json';

/** Which story copied data came from, so a pasted figure can bring its image along. */
const STORY_FORMAT = 'application/x-newsdesk-story';
const LEXICAL_FORMAT = 'application/x-lexical-editor';

export type CopyImage = (
  fromStoryId: string,
  src: string,
) => Promise<StoredImage | { error: string }>;

function clipboardOf(event: unknown): DataTransfer | null {
  return event instanceof ClipboardEvent ? event.clipboardData : null;
}

/** The image files the copied Lexical nodes refer to. */
function imageSources(lexicalJson: string): string[] {
  const found = new Set<string>();
  const visit = (node: unknown) => {
    if (typeof node !== 'object' || node === null) return;
    const record = node as { type?: unknown; src?: unknown; children?: unknown; nodes?: unknown };
    if (record.type === NODE_TYPES.figureImage && typeof record.src === 'string')
      found.add(record.src);
    for (const child of [record.children, record.nodes]) {
      if (Array.isArray(child)) child.forEach(visit);
    }
  };
  try {
    visit(JSON.parse(lexicalJson));
  } catch {
    return [];
  }
  return [...found];
}

/** A copy of the clipboard's text formats, still readable after the paste event is over. */
function keep(data: DataTransfer): DataTransfer {
  const copy = new DataTransfer();
  for (const type of data.types) if (type !== 'Files') copy.setData(type, data.getData(type));
  return copy;
}

/**
 * Copy and paste of figures between stories: the clipboard carries the
 * source story's id beside Lexical's own data. Pasting figures from another
 * story first has main copy their images into this story's assets, then
 * pastes — so a pasted figure never points at a file this story lacks.
 */
export function registerFigurePaste(
  editor: LexicalEditor,
  storyId: string,
  copyImage: CopyImage,
  onError: (message: string) => void,
): () => void {
  const markSource = (event: unknown) => {
    clipboardOf(event)?.setData(STORY_FORMAT, storyId);
    return false; // Lexical's own copy runs next and adds its formats.
  };
  const pasteAfterCopying = (event: ClipboardEvent | InputEvent | KeyboardEvent) => {
    const data = clipboardOf(event);
    const from = data?.getData(STORY_FORMAT) ?? '';
    if (!data || from === '' || from === storyId) return false;
    const sources = imageSources(data.getData(LEXICAL_FORMAT));
    if (sources.length === 0) return false;
    event.preventDefault();
    const kept = keep(data);
    const selection = $getSelection()?.clone() ?? null;
    void Promise.all(sources.map((src) => copyImage(from, src))).then((results) => {
      const failed = results.find((result): result is { error: string } => 'error' in result);
      if (failed) onError(failed.error);
      editor.update(
        () => {
          if (selection) $setSelection(selection);
          const target = $getSelection();
          if (target) $insertDataTransferForRichText(kept, target, editor);
        },
        { tag: PASTE_TAG },
      );
    });
    return true;
  };
  return mergeRegister(
    editor.registerCommand(COPY_COMMAND, markSource, COMMAND_PRIORITY_CRITICAL),
    editor.registerCommand(CUT_COMMAND, markSource, COMMAND_PRIORITY_CRITICAL),
    editor.registerCommand(PASTE_COMMAND, pasteAfterCopying, COMMAND_PRIORITY_CRITICAL),
  );
}
