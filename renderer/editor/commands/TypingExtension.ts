import { $createListItemNode, $createListNode } from '@lexical/list';
import {
  $createParagraphNode,
  $getNodeByKey,
  $getSelection,
  $isParagraphNode,
  $isRangeSelection,
  $isTextNode,
  COLLABORATION_TAG,
  defineExtension,
  HISTORIC_TAG,
  HISTORY_PUSH_TAG,
  PASTE_TAG,
  type EditorState,
  type ElementNode,
  type LexicalEditor,
  type NodeKey,
} from 'lexical';
import { $createPullQuoteAttributionNode } from '../nodes/PullQuoteAttributionNode';
import { $createPullQuoteNode } from '../nodes/PullQuoteNode';
import { $createPullQuoteTextNode } from '../nodes/PullQuoteTextNode';
import { $createRuleNode } from '../nodes/RuleNode';
import { $createSubheadNode } from '../nodes/SubheadNode';
import { typingAction, type MarkdownBlock, type TypingAction } from './typing-rules';

// The characters after which a typing rule may apply (typing-rules.ts).
const TRIGGERS = new Set(['"', "'", '-', ' ']);

interface Typed {
  readonly key: NodeKey;
  readonly offset: number;
  readonly action: TypingAction;
}

/** The one character just typed at a collapsed caret, and what it should become. */
function typedCharacter(state: EditorState, previous: EditorState): Typed | null {
  const now = state.read(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection) || !selection.isCollapsed()) return null;
    const node = selection.anchor.getNode();
    if (!$isTextNode(node) || node.getType() !== 'text' || selection.anchor.offset === 0)
      return null;
    // Most keys are letters: only these can start a rule, so stop here for the rest.
    if (!TRIGGERS.has(node.getTextContent()[selection.anchor.offset - 1] ?? '')) return null;
    const block = node.getParent();
    const atBlockStart =
      $isParagraphNode(block) &&
      block.getParent()?.getKey() === 'root' &&
      node.is(block.getFirstChild());
    return {
      key: node.getKey(),
      offset: selection.anchor.offset,
      text: node.getTextContent(),
      atBlockStart,
    };
  });
  if (!now) return null;
  const before = previous.read(() => {
    const node = $getNodeByKey(now.key);
    return $isTextNode(node) ? node.getTextContent() : '';
  });
  const { key, offset, text } = now;
  const typedOne =
    text.length === before.length + 1 && text.slice(0, offset - 1) + text.slice(offset) === before;
  if (!typedOne) return null;
  const action = typingAction(text.slice(0, offset), now.atBlockStart);
  return action ? { key, offset, action } : null;
}

function $makeBlock(paragraph: ElementNode, block: MarkdownBlock): void {
  if (block === 'rule') {
    const after = $createParagraphNode();
    paragraph.replace($createRuleNode()).insertAfter(after);
    after.select();
    return;
  }
  let container: ElementNode;
  let target: ElementNode;
  if (block === 'subhead-2' || block === 'subhead-3') {
    container = target = $createSubheadNode(block === 'subhead-3' ? 3 : 2);
  } else if (block === 'quote') {
    target = $createPullQuoteTextNode();
    container = $createPullQuoteNode().append(target, $createPullQuoteAttributionNode());
  } else {
    target = $createListItemNode();
    container = $createListNode(block === 'number' ? 'number' : 'bullet').append(target);
  }
  target.append(...paragraph.getChildren());
  paragraph.replace(container);
  target.selectStart();
}

function $apply({ key, offset, action }: Typed): void {
  const node = $getNodeByKey(key);
  if (!$isTextNode(node)) return;
  const text = node.getTextContent();
  if (action.kind === 'replace') {
    const start = offset - action.length;
    node.setTextContent(text.slice(0, start) + action.text + text.slice(offset));
    node.select(start + action.text.length, start + action.text.length);
    return;
  }
  const paragraph = node.getParent();
  if (!$isParagraphNode(paragraph)) return;
  node.setTextContent(text.slice(action.marker));
  if (node.getTextContent() === '') node.remove();
  $makeBlock(paragraph, action.block);
}

/**
 * Smart quotes, dashes and markdown shortcuts as you type. It looks only at
 * the text node just typed in, and changes the document only when a rule
 * matches — as its own history step, so Undo gives back what was typed.
 */
export function registerTypingRules(editor: LexicalEditor): () => void {
  return editor.registerUpdateListener(({ editorState, prevEditorState, tags, dirtyLeaves }) => {
    if (dirtyLeaves.size !== 1) return;
    if (tags.has(HISTORIC_TAG) || tags.has(PASTE_TAG) || tags.has(COLLABORATION_TAG)) return;
    const typed = typedCharacter(editorState, prevEditorState);
    if (typed) editor.update(() => $apply(typed), { tag: HISTORY_PUSH_TAG });
  });
}

/** Smart quotes, dashes and markdown block shortcuts. */
export const TypingExtension = defineExtension({
  name: '@newsdesk/typing',
  register: registerTypingRules,
});
