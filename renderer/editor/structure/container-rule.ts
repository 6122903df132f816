import { $createParagraphNode, $createTextNode, type ElementNode, type LexicalNode } from 'lexical';
import { $createFigureCaptionNode, $isFigureCaptionNode } from '../nodes/FigureCaptionNode';
import { $createFigureCreditNode, $isFigureCreditNode } from '../nodes/FigureCreditNode';
import { $isFigureImageNode, type FigureImageNode } from '../nodes/FigureImageNode';
import { $createFigureNode, $isFigureNode, type FigureNode } from '../nodes/FigureNode';
import {
  $createPullQuoteAttributionNode,
  $isPullQuoteAttributionNode,
} from '../nodes/PullQuoteAttributionNode';
import { $isPullQuoteNode, type PullQuoteNode } from '../nodes/PullQuoteNode';
import { $createPullQuoteTextNode, $isPullQuoteTextNode } from '../nodes/PullQuoteTextNode';
import { $toParagraph } from './header-rule';

/**
 * Puts a container's parts back in their order: the first child of each
 * kind, in `kinds` order (missing ones created empty). Anything else that
 * ended up inside follows the container as body blocks.
 */
function $keepParts(
  container: ElementNode,
  kinds: readonly [(node: LexicalNode) => boolean, (() => LexicalNode) | null][],
): boolean {
  const children = container.getChildren();
  const parts: LexicalNode[] = [];
  for (const [isKind, create] of kinds) {
    const found = children.find((child) => isKind(child) && !parts.includes(child));
    if (found) parts.push(found);
    else if (create) parts.push(create());
    else return false;
  }
  const extras = children.filter((child) => !parts.includes(child));
  const inOrder = extras.length === 0 && parts.every((part, i) => part.is(children[i]));
  if (inOrder) return true;
  let anchor: LexicalNode = container;
  for (const extra of extras) {
    anchor.insertAfter(extra);
    if ($isFigureCaptionNode(extra) || $isPullQuoteTextNode(extra)) $toParagraph(extra);
    anchor = extra;
  }
  container.splice(0, container.getChildrenSize(), parts);
  return true;
}

/**
 * A figure is image, caption, credit. Without its image it is no longer a
 * figure: the caption's words stay, as a paragraph.
 */
export function $keepFigure(figure: FigureNode): void {
  const whole = $keepParts(figure, [
    [$isFigureImageNode, null],
    [$isFigureCaptionNode, $createFigureCaptionNode],
    [$isFigureCreditNode, $createFigureCreditNode],
  ]);
  if (whole) return;
  const words = figure.getTextContent().trim();
  if (words === '') {
    figure.remove();
    return;
  }
  const paragraph = $createParagraphNode();
  for (const child of figure.getChildren()) {
    if (!$isFigureCaptionNode(child) && !$isFigureCreditNode(child)) continue;
    if (!paragraph.isEmpty() && !child.isEmpty()) paragraph.append($createTextNode(' — '));
    paragraph.append(...child.getChildren());
  }
  figure.replace(paragraph);
}

/** An image outside a figure (pasted alone) gets a figure of its own, with empty caption and credit. */
export function $wrapOrphanImage(image: FigureImageNode): void {
  if ($isFigureNode(image.getParent())) return;
  const figure = $createFigureNode();
  image.replace(figure);
  figure.append(image, $createFigureCaptionNode(), $createFigureCreditNode());
}

/** A pull quote is its words, then its attribution. */
export function $keepPullQuote(quote: PullQuoteNode): void {
  $keepParts(quote, [
    [$isPullQuoteTextNode, $createPullQuoteTextNode],
    [$isPullQuoteAttributionNode, $createPullQuoteAttributionNode],
  ]);
}

/** A caption, credit or quote part outside its container (pasted alone) is a paragraph. */
export function $demoteOrphanPart(part: ElementNode): void {
  const parent = part.getParent();
  const home =
    $isFigureCaptionNode(part) || $isFigureCreditNode(part)
      ? $isFigureNode(parent)
      : $isPullQuoteNode(parent);
  if (!home && part.isAttached()) $toParagraph(part);
}
