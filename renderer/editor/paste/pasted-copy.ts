import DOMPurify from 'dompurify';
import {
  $addUpdateTag,
  $getNodeByKey,
  $getSelection,
  $insertNodes,
  $isElementNode,
  $isRangeSelection,
  $parseSerializedNode,
  $setSelection,
  COMMAND_PRIORITY_NORMAL,
  HISTORY_MERGE_TAG,
  PASTE_COMMAND,
  PASTE_TAG,
  type BaseSelection,
  type LexicalEditor,
  type LexicalNode,
  type NodeKey,
  type SerializedLexicalNode,
} from 'lexical';
import { blockToNode } from '../../../shared/convert/story-to-editor';
import { draftToBody } from '../../../shared/import/draft-to-body';
import { htmlToDraft } from '../../../shared/import/html-to-draft';
import type { ImportBlock } from '../../../shared/import/import-draft';
import { textToDraft } from '../../../shared/import/text-to-draft';
import type { StoredImage } from '../../../shared/ipc/stored-image';
import { $isFigureImageNode } from '../nodes/FigureImageNode';
import { $fieldOf } from '../structure/fields';
import { pasteChunks } from './paste-chunks';

/** Stores an image the pasted copy named (data: or http(s) address) in the story; answers what was stored. */
export type ImageFromUrl = (url: string) => Promise<StoredImage | { error: string }>;

/** Copied inside Newsdesk: Lexical's own paste keeps our blocks exactly (figure-paste.ts brings images). */
const LEXICAL_FORMAT = 'application/x-lexical-editor';

/**
 * Pasted copy as clean blocks: outside HTML (Word, Google Docs, a web page)
 * goes through DOMPurify with our allowlist and is mapped to our blocks
 * (shared/import/html-to-draft.ts), plain text keeps its paragraphs
 * (text-to-draft.ts). Never a second headline: headings become subheads.
 */
export function pastedBlocks(html: string, text: string): ImportBlock[] {
  const draft = html.trim() !== '' ? htmlToDraft(html, DOMPurify) : textToDraft(text);
  return draftToBody(draft);
}

type Waiting = { key: NodeKey; url: string }[];

interface Inserted {
  /** The figure images still waiting for a file, with their address. */
  readonly waiting: Waiting;
  /** The last top-level block put in. */
  readonly last: NodeKey | null;
}

function nodesOf(blocks: readonly ImportBlock[]): LexicalNode[] {
  return blocks.map((block) => $parseSerializedNode(blockToNode(block) as SerializedLexicalNode));
}

/** Inserts blocks at the caret. */
function $insertBlocks(blocks: readonly ImportBlock[]): Inserted {
  const nodes = nodesOf(blocks);
  $insertNodes(nodes);
  return { waiting: waitingImages(blocks, nodes), last: lastAttached(nodes) };
}

/**
 * Before a paste in pieces: the words after the caret go to a paragraph of
 * their own, so they stay after the whole paste (it is inserted after the
 * caret's block, piece by piece). Answers that paragraph's key.
 */
function $splitAtCaret(): NodeKey | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  if (!selection.isCollapsed()) selection.removeText();
  const block = selection.anchor.getNode().getTopLevelElement();
  selection.insertParagraph();
  const rest = block?.getNextSibling() ?? null;
  block?.selectEnd();
  return rest?.getKey() ?? null;
}

/** Inserts blocks after a top-level block, in order. */
function $insertBlocksAfter(after: LexicalNode, blocks: readonly ImportBlock[]): Inserted {
  const nodes = nodesOf(blocks);
  let previous = after.getTopLevelElement() ?? after;
  for (const node of nodes) previous = previous.insertAfter(node);
  return { waiting: waitingImages(blocks, nodes), last: lastAttached(nodes) };
}

/** The last node still in the document ($insertNodes merges a leading paragraph into the caret's). */
function lastAttached(nodes: readonly LexicalNode[]): NodeKey | null {
  const node = [...nodes].reverse().find((candidate) => candidate.isAttached());
  return node ? (node.getTopLevelElement() ?? node).getKey() : null;
}

function waitingImages(blocks: readonly ImportBlock[], nodes: readonly LexicalNode[]): Waiting {
  const waiting: Waiting = [];
  blocks.forEach((block, i) => {
    if (block.type !== 'figure' || !block.fetch) return;
    const figure = nodes[i];
    const image = $isElementNode(figure) ? figure.getFirstChild() : null;
    if ($isFigureImageNode(image)) waiting.push({ key: image.getKey(), url: block.fetch.url });
  });
  return waiting;
}

/**
 * Paste into the body of copy from outside Newsdesk. Photos are inserted at
 * once as placeholders (caption, credit and alt kept), and main stores each
 * image — decoded from a data: address or downloaded — into the story's
 * assets; then the figure shows it, in the same undo step as the paste. An
 * image that cannot be had stays a placeholder that asks for the file: the
 * story never holds a remote, blob: or data: address.
 */
export function registerPastedCopy(
  editor: LexicalEditor,
  imageFromUrl: ImageFromUrl,
  onError: (message: string) => void,
  onProgress: (fraction: number | null) => void,
): () => void {
  const fillIn = (waiting: Waiting) => {
    for (const { key, url } of waiting) {
      void imageFromUrl(url).then((stored) => {
        if ('error' in stored) return onError(stored.error);
        editor.update(
          () => {
            const node = $getNodeByKey(key);
            if (!$isFigureImageNode(node)) return;
            const { src, width, height } = stored;
            node.setData({ src, width, height, alt: node.getData().alt });
          },
          { tag: HISTORY_MERGE_TAG },
        );
      });
    }
  };
  /**
   * A large paste, piece by piece, each in a task of its own and inserted
   * where the last one ended; the pieces after the first join the paste's
   * undo step.
   */
  const pasteInPieces = async (chunks: string[], start: BaseSelection | null) => {
    // The first piece goes in at the caret; the rest after the last block it put in (at a
    // caret, a piece's first paragraph would be merged into the paragraph before it).
    let last: NodeKey | null = null;
    let tail: NodeKey | null = null;
    const waiting: Waiting = [];
    for (const [i, chunk] of chunks.entries()) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      const blocks = pastedBlocks(chunk, '');
      editor.update(
        () => {
          const after = last === null ? null : $getNodeByKey(last);
          if (after === null && start) {
            $setSelection(start.clone());
            tail = $splitAtCaret();
          }
          const inserted = after ? $insertBlocksAfter(after, blocks) : $insertBlocks(blocks);
          waiting.push(...inserted.waiting);
          last = inserted.last ?? last;
        },
        { tag: i === 0 ? PASTE_TAG : HISTORY_MERGE_TAG },
      );
      onProgress((i + 1) / chunks.length);
    }
    editor.update(
      () => {
        (last === null ? null : $getNodeByKey(last))?.selectEnd();
        const rest = tail === null ? null : $getNodeByKey(tail);
        if (rest && rest.getTextContentSize() === 0) rest.remove();
      },
      { tag: HISTORY_MERGE_TAG },
    );
    onProgress(null);
    fillIn(waiting);
  };

  return editor.registerCommand(
    PASTE_COMMAND,
    (event) => {
      const data = 'clipboardData' in event ? event.clipboardData : null;
      const selection = $getSelection();
      if (!data || !$isRangeSelection(selection)) return false;
      // Fields (headline, caption, credit…) take one line of plain text: field-keys.ts pastes there.
      if ($fieldOf(selection.anchor.getNode())) return false;
      if (data.types.includes(LEXICAL_FORMAT)) return false;
      const html = data.getData('text/html');
      const text = data.getData('text/plain');
      if (html === '' && text === '') return false;
      event.preventDefault();
      const chunks = html.trim() !== '' ? pasteChunks(html) : [];
      if (chunks.length > 1) {
        onProgress(0);
        void pasteInPieces(chunks, selection.clone());
        return true;
      }
      const blocks = pastedBlocks(html, text);
      if (blocks.length === 0) return true;
      // Commands run inside an update: insert here, and fetch images once it has committed.
      $addUpdateTag(PASTE_TAG);
      const { waiting } = $insertBlocks(blocks);
      if (waiting.length > 0) setTimeout(() => fillIn(waiting), 0);
      return true;
    },
    COMMAND_PRIORITY_NORMAL,
  );
}
