import { $createHeadingNode, $isHeadingNode, HeadingNode } from '@lexical/rich-text';
import { mergeRegister } from '@lexical/utils';
import {
  $createParagraphNode,
  $isParagraphNode,
  defineExtension,
  RootNode,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import { HEADLINE_NODE } from '../../shared/convert/editor-json';

function $isHeadline(node: LexicalNode | null | undefined): node is HeadingNode {
  return $isHeadingNode(node) && node.getTag() === HEADLINE_NODE.tag;
}

/**
 * Exactly one headline, always first: put one back if it was deleted or pushed
 * down. An empty first block (select all, delete) becomes the headline itself,
 * so the cursor is where the reporter will type next.
 */
function $keepHeadlineFirst(root: RootNode): void {
  const first = root.getFirstChild();
  if ($isHeadline(first)) return;
  const headline = $createHeadingNode(HEADLINE_NODE.tag);
  if (!first) root.append(headline);
  else if ($isParagraphNode(first) && first.isEmpty()) first.replace(headline, true);
  else first.insertBefore(headline);
}

/** Any other heading (pasted, or a headline that moved) becomes a body paragraph. */
function $demoteStrayHeading(node: HeadingNode): void {
  const parent = node.getParent();
  const isTheHeadline = $isHeadline(node) && parent?.getFirstChild()?.is(node) === true;
  if (isTheHeadline) return;
  node.replace($createParagraphNode(), true);
}

/** Registers the headline rules as node transforms (no extra render per keystroke). */
export function registerHeadlineRule(editor: LexicalEditor): () => void {
  return mergeRegister(
    editor.registerNodeTransform(RootNode, $keepHeadlineFirst),
    editor.registerNodeTransform(HeadingNode, $demoteStrayHeading),
  );
}

/** The story's structure rule for this slice: one headline, first. */
export const HeadlineRuleExtension = defineExtension({
  name: '@newsdesk/headline-rule',
  nodes: [HeadingNode],
  register: registerHeadlineRule,
});
