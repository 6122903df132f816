import {
  INSERT_ORDERED_LIST_COMMAND,
  INSERT_UNORDERED_LIST_COMMAND,
  REMOVE_LIST_COMMAND,
} from '@lexical/list';
import { $setBlocksType } from '@lexical/selection';
import { mergeRegister } from '@lexical/utils';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $getSelection,
  $isParagraphNode,
  $isRangeSelection,
  COMMAND_PRIORITY_EDITOR,
  createCommand,
  defineExtension,
  type ElementNode,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import { $createCreditBlockNode } from '../nodes/CreditBlockNode';
import { $createFigureCaptionNode } from '../nodes/FigureCaptionNode';
import { $createFigureCreditNode } from '../nodes/FigureCreditNode';
import { $createFigureImageNode, type FigureImageData } from '../nodes/FigureImageNode';
import { $createFigureNode } from '../nodes/FigureNode';
import { $createPullQuoteAttributionNode } from '../nodes/PullQuoteAttributionNode';
import { $createPullQuoteNode } from '../nodes/PullQuoteNode';
import { $createPullQuoteTextNode } from '../nodes/PullQuoteTextNode';
import { $createRuleNode } from '../nodes/RuleNode';
import { $createSubheadNode } from '../nodes/SubheadNode';
import { $isHeaderNode } from '../structure/header-rule';

export const INSERT_FIGURE_COMMAND = createCommand<FigureImageData>('INSERT_FIGURE_COMMAND');
export const INSERT_PULLQUOTE_COMMAND = createCommand<void>('INSERT_PULLQUOTE_COMMAND');
export const INSERT_CREDIT_BLOCK_COMMAND = createCommand<void>('INSERT_CREDIT_BLOCK_COMMAND');
export const INSERT_RULE_COMMAND = createCommand<void>('INSERT_RULE_COMMAND');

export const BLOCK_TYPES = ['paragraph', 'subhead-2', 'subhead-3', 'bullet', 'number'] as const;
export type BodyBlockType = (typeof BLOCK_TYPES)[number];
export const SET_BLOCK_TYPE_COMMAND = createCommand<BodyBlockType>('SET_BLOCK_TYPE_COMMAND');

/**
 * Puts a new block into the body where the caret is: in place of an empty
 * paragraph, else after the caret's block. From the header, it goes to the
 * top of the body (a block never lands among the header fields).
 */
export function $insertBodyBlock(block: ElementNode | LexicalNode): void {
  const selection = $getSelection();
  const anchor = $isRangeSelection(selection) ? selection.anchor.getNode() : null;
  let current = anchor?.getTopLevelElement() ?? $getRoot().getLastChild();
  while ($isHeaderNode(current) && $isHeaderNode(current.getNextSibling())) {
    current = current.getNextSibling();
  }
  if (!current) $getRoot().append(block);
  else if ($isParagraphNode(current) && current.isEmpty()) current.replace(block);
  else current.insertAfter(block);
}

function $selectedPlainText(): string {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || selection.isCollapsed()) return '';
  return (
    selection
      .getTextContent()
      // eslint-disable-next-line no-control-regex -- control characters are what is refused here
      .replace(/[\u0000-\u001f\u007f]+/g, ' ')
      .trim()
  );
}

function $insertFigure(image: FigureImageData): boolean {
  const caption = $createFigureCaptionNode();
  const figure = $createFigureNode().append(
    $createFigureImageNode(image),
    caption,
    $createFigureCreditNode(),
  );
  $insertBodyBlock(figure);
  caption.select();
  return true;
}

function $insertPullQuote(): boolean {
  const quoted = $selectedPlainText();
  const words = $createPullQuoteTextNode();
  if (quoted) words.append($createTextNode(quoted));
  $insertBodyBlock($createPullQuoteNode().append(words, $createPullQuoteAttributionNode()));
  words.selectEnd();
  return true;
}

function $insertCreditBlock(): boolean {
  const credit = $createCreditBlockNode();
  $insertBodyBlock(credit);
  credit.select();
  return true;
}

function $insertRule(): boolean {
  const rule = $createRuleNode();
  $insertBodyBlock(rule);
  const after = $createParagraphNode();
  rule.insertAfter(after);
  after.select();
  return true;
}

function setBlockType(editor: LexicalEditor, type: BodyBlockType): boolean {
  if (type === 'bullet') return editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined);
  if (type === 'number') return editor.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined);
  editor.update(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return;
    if ($isHeaderNode(selection.anchor.getNode().getTopLevelElement())) return;
    editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
    $setBlocksType(selection, () =>
      type === 'paragraph'
        ? $createParagraphNode()
        : $createSubheadNode(type === 'subhead-3' ? 3 : 2),
    );
  });
  return true;
}

/** Registers the insert and block-type commands. */
export function registerInsertCommands(editor: LexicalEditor): () => void {
  return mergeRegister(
    editor.registerCommand(INSERT_FIGURE_COMMAND, $insertFigure, COMMAND_PRIORITY_EDITOR),
    editor.registerCommand(INSERT_PULLQUOTE_COMMAND, $insertPullQuote, COMMAND_PRIORITY_EDITOR),
    editor.registerCommand(
      INSERT_CREDIT_BLOCK_COMMAND,
      $insertCreditBlock,
      COMMAND_PRIORITY_EDITOR,
    ),
    editor.registerCommand(INSERT_RULE_COMMAND, $insertRule, COMMAND_PRIORITY_EDITOR),
    editor.registerCommand(
      SET_BLOCK_TYPE_COMMAND,
      (type) => setBlockType(editor, type),
      COMMAND_PRIORITY_EDITOR,
    ),
  );
}

/** Inserting figures, pull quotes, credit blocks and rules; changing a block's type. */
export const InsertExtension = defineExtension({
  name: '@newsdesk/insert',
  register: registerInsertCommands,
});
