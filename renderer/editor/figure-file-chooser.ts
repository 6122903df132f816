import { $getNodeByKey, COMMAND_PRIORITY_EDITOR, type LexicalEditor } from 'lexical';
import type { StoredImage } from '../../shared/ipc/stored-image';
import { $isFigureImageNode } from './nodes/FigureImageNode';
import { CHOOSE_FIGURE_FILE_COMMAND } from './nodes/figure-image-dom';

/**
 * "Choose the photo…" on a figure without its file (or with a file that
 * cannot be read): the open-file dialog, then the figure takes the stored
 * image and keeps its alt text, caption and credit — one undoable edit.
 */
export function registerFigureFileChooser(
  editor: LexicalEditor,
  choose: () => Promise<StoredImage | null | { error: string }>,
  onError: (message: string) => void,
): () => void {
  return editor.registerCommand(
    CHOOSE_FIGURE_FILE_COMMAND,
    (key) => {
      void choose().then((chosen) => {
        if (chosen === null) return;
        if ('error' in chosen) return onError(chosen.error);
        editor.update(() => {
          const node = $getNodeByKey(key);
          if (!$isFigureImageNode(node)) return;
          const { alt } = node.getData();
          node.setData({ src: chosen.src, alt, width: chosen.width, height: chosen.height });
        });
      });
      return true;
    },
    COMMAND_PRIORITY_EDITOR,
  );
}
