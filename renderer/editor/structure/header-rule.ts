import {
  $createParagraphNode,
  $isElementNode,
  $isParagraphNode,
  RootNode,
  type ElementNode,
  type LexicalNode,
} from 'lexical';
import { $createBylineNode, $isBylineNode, BylineNode } from '../nodes/BylineNode';
import { $createDatelineNode, $isDatelineNode, DatelineNode } from '../nodes/DatelineNode';
import { $createHeadlineNode, $isHeadlineNode, HeadlineNode } from '../nodes/HeadlineNode';
import { $createStandfirstNode, $isStandfirstNode, StandfirstNode } from '../nodes/StandfirstNode';

/** A header field: headline, standfirst, byline or dateline. */
export function $isHeaderNode(node: LexicalNode | null | undefined): node is ElementNode {
  return (
    $isHeadlineNode(node) || $isStandfirstNode(node) || $isBylineNode(node) || $isDatelineNode(node)
  );
}

/** Turns a block into a paragraph holding the same inline content. */
export function $toParagraph(node: ElementNode): void {
  const paragraph = $createParagraphNode();
  node.replace(paragraph, true);
}

/** True when the story starts headline, standfirst, byline(s), dateline and then no header field. */
function $headerInOrder(root: RootNode): boolean {
  let node = root.getFirstChild();
  if (!$isHeadlineNode(node)) return false;
  node = node.getNextSibling();
  if (!$isStandfirstNode(node)) return false;
  node = node.getNextSibling();
  if (!$isBylineNode(node)) return false;
  while ($isBylineNode(node)) node = node.getNextSibling();
  if (!$isDatelineNode(node)) return false;
  return !$isHeaderNode(node.getNextSibling());
}

/**
 * The header is the run of header fields at the top of the story, in this
 * order: one headline, one standfirst, one or more bylines, one dateline.
 * Runs on every update, so it only looks at that run (a handful of nodes),
 * never the body: missing fields come back empty, extra ones become
 * paragraphs below the header, fields out of order are put back in order.
 */
export function $keepHeader(root: RootNode): void {
  if ($headerInOrder(root)) return; // every keystroke: a walk over four nodes, nothing allocated
  const zone: ElementNode[] = [];
  for (let node = root.getFirstChild(); $isHeaderNode(node); node = node.getNextSibling()) {
    zone.push(node);
  }
  const first = root.getFirstChild();
  if (zone.length === 0 && $isParagraphNode(first) && first.isEmpty()) {
    // Select all + delete leaves one empty block: it becomes the headline, with the caret in it.
    const headline = $createHeadlineNode();
    first.replace(headline, true);
    zone.push(headline);
  }

  const headline = zone.find($isHeadlineNode) ?? $createHeadlineNode();
  const standfirst = zone.find($isStandfirstNode) ?? $createStandfirstNode();
  const bylines = zone.filter($isBylineNode);
  if (bylines.length === 0) bylines.push($createBylineNode());
  const dateline = zone.find($isDatelineNode) ?? $createDatelineNode();
  const wanted: ElementNode[] = [headline, standfirst, ...bylines, dateline];
  const extras = zone.filter((node) => !wanted.includes(node));

  const inOrder =
    extras.length === 0 &&
    zone.length === wanted.length &&
    wanted.every((node, i) => node.is(zone[i]));
  if (inOrder) return;

  // Put the header back together at the top; extras follow it as body text.
  let anchor: LexicalNode | null = null;
  for (const node of [...wanted, ...extras]) {
    if (anchor === null) {
      const top = root.getFirstChild();
      if (top === null) root.append(node);
      else if (!top.is(node)) top.insertBefore(node);
    } else if (!anchor.getNextSibling()?.is(node)) {
      anchor.insertAfter(node);
    }
    anchor = node;
  }
  for (const extra of extras) if ($isElementNode(extra)) $toParagraph(extra);
}

/**
 * A header field found below the header (pasted, or left behind by a merge)
 * is body text now: it becomes a paragraph, keeping its words. O(1): it only
 * looks at its neighbour.
 */
function $demoteStrayField(node: ElementNode): void {
  const previous = node.getPreviousSibling();
  const atTop = node.getParent() instanceof RootNode;
  const inHeader = atTop && (previous === null || $isHeaderNode(previous));
  if (!inHeader && node.isAttached()) $toParagraph(node);
}

/** The header field classes, for registering $demoteStrayField on each. */
export const HEADER_FIELD_CLASSES = [HeadlineNode, StandfirstNode, BylineNode, DatelineNode];
export { $demoteStrayField };
