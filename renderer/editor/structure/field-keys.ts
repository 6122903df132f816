import { mergeRegister } from '@lexical/utils';
import {
  $createParagraphNode,
  $getSelection,
  $isElementNode,
  $isParagraphNode,
  $isRangeSelection,
  $isTextNode,
  COMMAND_PRIORITY_LOW,
  INSERT_LINE_BREAK_COMMAND,
  INSERT_PARAGRAPH_COMMAND,
  KEY_BACKSPACE_COMMAND,
  KEY_DELETE_COMMAND,
  PASTE_COMMAND,
  type ElementNode,
  type LexicalEditor,
  type LexicalNode,
  type RangeSelection,
} from 'lexical';
import { $createBylineNode, $isBylineNode } from '../nodes/BylineNode';
import { $isFigureCaptionNode } from '../nodes/FigureCaptionNode';
import { $isFigureNode } from '../nodes/FigureNode';
import { $isHeadlineNode } from '../nodes/HeadlineNode';
import { $isPullQuoteNode } from '../nodes/PullQuoteNode';
import { $isPullQuoteTextNode } from '../nodes/PullQuoteTextNode';
import { $fieldOf, $isPlainField } from './fields';
import { $isHeaderNode } from './header-rule';

function $rangeSelection(): RangeSelection | null {
  const selection = $getSelection();
  return $isRangeSelection(selection) ? selection : null;
}

/** The block after `node` in the body, made if there is none (or it is not a paragraph). */
function $paragraphAfter(node: ElementNode): ElementNode {
  const next = node.getNextSibling();
  if ($isParagraphNode(next) && next.isEmpty()) return next;
  const paragraph = $createParagraphNode();
  node.insertAfter(paragraph);
  return paragraph;
}

/** Where Enter goes from a field: the next field, or a paragraph after its block. */
function $enterFrom(field: ElementNode, selection: RangeSelection): void {
  if (!selection.isCollapsed()) selection.removeText();
  const next = field.getNextSibling();
  if ($isBylineNode(field)) {
    const atEnd = selection.anchor.offset === field.getTextContentSize() || field.isEmpty();
    if (!field.isEmpty() && atEnd) {
      // Enter after a byline adds another (a story may have several).
      const byline = $createBylineNode();
      field.insertAfter(byline);
      byline.select();
      return;
    }
    if (field.isEmpty() && ($isBylineNode(next) || $isBylineNode(field.getPreviousSibling()))) {
      field.remove();
    }
  }
  const container = field.getParent();
  if ($isFigureNode(container) || $isPullQuoteNode(container)) {
    if ($isElementNode(next)) next.selectStart();
    else $paragraphAfter(container).selectStart();
    return;
  }
  if ($isHeaderNode(next)) next.selectStart();
  else $paragraphAfter(field).selectStart();
}

/** The last text field of a block, where the caret lands when leaving the block upwards. */
function $endOf(block: LexicalNode): void {
  const target = $isElementNode(block) ? block.getLastDescendant() : null;
  if (target && ($isElementNode(target) || $isTextNode(target))) target.selectEnd();
  else block.selectEnd();
}

/** True when the caret is collapsed at the very start of `block`. */
function $atStart(selection: RangeSelection, block: ElementNode): boolean {
  if (!selection.isCollapsed() || selection.anchor.offset !== 0) return false;
  const first = block.getFirstDescendant();
  const anchor = selection.anchor.getNode();
  return first === null ? anchor.is(block) : anchor.is(first) || anchor.is(block);
}

function $atEnd(selection: RangeSelection, block: ElementNode): boolean {
  if (!selection.isCollapsed()) return false;
  const last = block.getLastDescendant();
  const anchor = selection.anchor.getNode();
  if (last === null) return anchor.is(block);
  return anchor.is(last) && selection.anchor.offset === last.getTextContentSize();
}

/** Backspace at the start of a field or of the block under a header/figure/quote: move, never merge. */
function $backspace(selection: RangeSelection): boolean {
  const anchor = selection.anchor.getNode();
  const field = $fieldOf(anchor);
  if (field) {
    if (!$atStart(selection, field)) return false;
    const previous = field.getPreviousSibling();
    if ($isBylineNode(field) && field.isEmpty() && $isBylineNode(previous)) {
      field.remove();
    } else if ($isFigureCaptionNode(field) || $isHeadlineNode(field)) {
      return true; // nothing above to merge with: the image, or the top of the story
    } else if ($isPullQuoteTextNode(field) && field.getParent()?.getTextContent() === '') {
      const quote = field.getParentOrThrow();
      const before = quote.getPreviousSibling();
      quote.remove();
      if (before) $endOf(before);
      return true;
    }
    if (previous) $endOf(previous);
    return true;
  }
  const block = anchor.getTopLevelElement();
  if (!block || !$atStart(selection, block)) return false;
  const previous = block.getPreviousSibling();
  if (!($isHeaderNode(previous) || $isFigureNode(previous) || $isPullQuoteNode(previous))) {
    return false;
  }
  if ($isParagraphNode(block) && block.isEmpty()) block.remove();
  $endOf(previous);
  return true;
}

/** Delete at the end of a field, or of a block above a figure or quote, does not pull the next block in. */
function $forwardDelete(selection: RangeSelection): boolean {
  const anchor = selection.anchor.getNode();
  const field = $fieldOf(anchor);
  if (field) return $atEnd(selection, field);
  const block = anchor.getTopLevelElement();
  if (!block || !$atEnd(selection, block)) return false;
  const next = block.getNextSibling();
  return $isFigureNode(next) || $isPullQuoteNode(next);
}

/** Pasting into a field inserts its text only, on one line: a field never splits. */
function $pasteIntoField(event: ClipboardEvent | InputEvent | KeyboardEvent): boolean {
  const selection = $rangeSelection();
  if (!selection || !$fieldOf(selection.anchor.getNode())) return false;
  const data = 'clipboardData' in event ? event.clipboardData : null;
  if (!data) return false;
  event.preventDefault();
  const text = data
    .getData('text/plain')
    // eslint-disable-next-line no-control-regex -- control characters are what is refused here
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .trim();
  selection.insertText(text);
  return true;
}

/** Enter, Backspace, Delete and paste inside the story's fields. */
export function registerFieldKeys(editor: LexicalEditor): () => void {
  const onEnter = () => {
    const selection = $rangeSelection();
    const field = selection && $fieldOf(selection.anchor.getNode());
    if (!selection || !field) return false;
    $enterFrom(field, selection);
    return true;
  };
  return mergeRegister(
    editor.registerCommand(INSERT_PARAGRAPH_COMMAND, onEnter, COMMAND_PRIORITY_LOW),
    editor.registerCommand(
      INSERT_LINE_BREAK_COMMAND,
      () => {
        // Shift+Enter: a plain field is one line, so it moves on like Enter.
        const selection = $rangeSelection();
        const field = selection && $fieldOf(selection.anchor.getNode());
        return $isPlainField(field) ? onEnter() : false;
      },
      COMMAND_PRIORITY_LOW,
    ),
    editor.registerCommand(
      KEY_BACKSPACE_COMMAND,
      (event) => {
        const selection = $rangeSelection();
        if (!selection || !$backspace(selection)) return false;
        event.preventDefault();
        return true;
      },
      COMMAND_PRIORITY_LOW,
    ),
    editor.registerCommand(
      KEY_DELETE_COMMAND,
      (event) => {
        const selection = $rangeSelection();
        if (!selection || !$forwardDelete(selection)) return false;
        event.preventDefault();
        return true;
      },
      COMMAND_PRIORITY_LOW,
    ),
    editor.registerCommand(PASTE_COMMAND, $pasteIntoField, COMMAND_PRIORITY_LOW),
  );
}
