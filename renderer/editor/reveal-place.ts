import { $getRoot, type LexicalEditor, type LexicalNode } from 'lexical';
import type { CheckPlace } from '../../shared/export/export-checks';
import { $isBylineNode } from './nodes/BylineNode';
import { $isDatelineNode } from './nodes/DatelineNode';
import { $isFigureCaptionNode } from './nodes/FigureCaptionNode';
import { $isFigureCreditNode } from './nodes/FigureCreditNode';
import { $isFigureNode } from './nodes/FigureNode';
import { $isHeadlineNode } from './nodes/HeadlineNode';
import { $isStandfirstNode } from './nodes/StandfirstNode';

const HEADER_TESTS = {
  headline: $isHeadlineNode,
  standfirst: $isStandfirstNode,
  bylines: $isBylineNode,
  dateline: $isDatelineNode,
} as const;

function $isHeaderNode(node: LexicalNode): boolean {
  return Object.values(HEADER_TESTS).some((test) => test(node));
}

/**
 * The node a pre-export check points at. Body blocks are the root's children
 * after the header fields, one node per block, in the order the Story lists them.
 */
function $placeNode(place: CheckPlace): LexicalNode | null {
  const children = $getRoot().getChildren();
  if ('field' in place) {
    if (place.field === 'metadata') return null;
    return children.find(HEADER_TESTS[place.field]) ?? null;
  }
  const block = children.filter((node) => !$isHeaderNode(node))[place.block] ?? null;
  if (!$isFigureNode(block) || place.part === undefined) return block;
  const test = place.part === 'credit' ? $isFigureCreditNode : $isFigureCaptionNode;
  return block.getChildren().find(test) ?? block;
}

/**
 * Takes the reporter to what a check is about: the caret goes to the start of
 * it and it scrolls into view; an alt-text check focuses the photo's alt box.
 * False when the place is not in the text (metadata lives in the inspector).
 */
export function revealPlace(editor: LexicalEditor, place: CheckPlace): boolean {
  let key: string | null = null;
  editor.update(
    () => {
      const node = $placeNode(place);
      if (!node) return;
      key = node.getKey();
      if ('selectStart' in node && typeof node.selectStart === 'function') node.selectStart();
    },
    { discrete: true },
  );
  if (key === null) return false;
  const element = editor.getElementByKey(key);
  element?.scrollIntoView({ block: 'center' });
  const alt = 'part' in place && place.part === 'alt' ? element?.querySelector('input') : null;
  if (alt) alt.focus();
  else editor.focus();
  return true;
}
