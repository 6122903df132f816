import { mergeRegister } from '@lexical/utils';
import {
  $getNodeByKey,
  COMMAND_PRIORITY_CRITICAL,
  COPY_COMMAND,
  CUT_COMMAND,
  PASTE_COMMAND,
  type LexicalEditor,
} from 'lexical';
import type { StoredImage } from '../../shared/ipc/stored-image';
import { $isFigureImageNode, FigureImageNode } from './nodes/FigureImageNode';

/** Which story copied data came from, so a pasted figure can bring its image along. */
const STORY_FORMAT = 'application/x-newsdesk-story';

export type CopyImage = (
  fromStoryId: string,
  src: string,
) => Promise<StoredImage | { error: string }>;

function clipboardOf(event: unknown): DataTransfer | null {
  return event instanceof ClipboardEvent ? event.clipboardData : null;
}

/**
 * Copy and paste of figures between stories: the clipboard carries the
 * source story's id beside Lexical's own data, and a figure pasted from
 * another story has its image copied into this story's assets by main.
 */
export function registerFigurePaste(
  editor: LexicalEditor,
  storyId: string,
  copyImage: CopyImage,
  onError: (message: string) => void,
): () => void {
  let pastedFrom: string | null = null;
  const markSource = (event: unknown) => {
    clipboardOf(event)?.setData(STORY_FORMAT, storyId);
    return false; // Lexical's own copy runs next and adds its formats.
  };
  return mergeRegister(
    editor.registerCommand(COPY_COMMAND, markSource, COMMAND_PRIORITY_CRITICAL),
    editor.registerCommand(CUT_COMMAND, markSource, COMMAND_PRIORITY_CRITICAL),
    editor.registerCommand(
      PASTE_COMMAND,
      (event) => {
        const from = clipboardOf(event)?.getData(STORY_FORMAT) ?? '';
        pastedFrom = from && from !== storyId ? from : null;
        return false;
      },
      COMMAND_PRIORITY_CRITICAL,
    ),
    editor.registerMutationListener(
      FigureImageNode,
      (mutations) => {
        const from = pastedFrom;
        pastedFrom = null;
        if (!from) return;
        for (const [key, mutation] of mutations) {
          if (mutation !== 'created') continue;
          const src = editor.getEditorState().read(() => {
            const node = $getNodeByKey(key);
            return $isFigureImageNode(node) ? node.getData().src : null;
          });
          if (!src) continue;
          void copyImage(from, src).then((stored) => {
            if ('error' in stored) return onError(stored.error);
            if (stored.src === src) return;
            editor.update(() => {
              const node = $getNodeByKey(key);
              if ($isFigureImageNode(node)) node.setData({ ...node.getData(), src: stored.src });
            });
          });
        }
      },
      { skipInitialization: true },
    ),
  );
}
