import { $findMatchingParent } from '@lexical/utils';
import type { ElementNode, LexicalNode } from 'lexical';
import { $isBylineNode } from '../nodes/BylineNode';
import { $isCreditBlockNode } from '../nodes/CreditBlockNode';
import { $isDatelineNode } from '../nodes/DatelineNode';
import { $isFigureCaptionNode } from '../nodes/FigureCaptionNode';
import { $isFigureCreditNode } from '../nodes/FigureCreditNode';
import { $isHeadlineNode } from '../nodes/HeadlineNode';
import { $isPullQuoteAttributionNode } from '../nodes/PullQuoteAttributionNode';
import { $isPullQuoteTextNode } from '../nodes/PullQuoteTextNode';
import { $isStandfirstNode } from '../nodes/StandfirstNode';

/** Fields that hold one line of plain text. */
export function $isPlainField(node: LexicalNode | null | undefined): node is ElementNode {
  return (
    $isHeadlineNode(node) ||
    $isBylineNode(node) ||
    $isDatelineNode(node) ||
    $isFigureCreditNode(node) ||
    $isPullQuoteAttributionNode(node) ||
    $isCreditBlockNode(node)
  );
}

/** A field: a block with a fixed role (header field, caption, credit, quote part). */
export function $isField(node: LexicalNode | null | undefined): node is ElementNode {
  return (
    $isPlainField(node) ||
    $isStandfirstNode(node) ||
    $isFigureCaptionNode(node) ||
    $isPullQuoteTextNode(node)
  );
}

/** The field holding `node`, if any. */
export function $fieldOf(node: LexicalNode): ElementNode | null {
  return $findMatchingParent(node, $isField) as ElementNode | null;
}
