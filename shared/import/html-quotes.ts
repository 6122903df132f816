/**
 * Block quotes and who said them. The attribution is a trailing <cite> or
 * <footer> (HTML's own way), a figcaption around the quote (ours and many
 * CMSs'), or a last line that starts with a dash ("— Jane Doe").
 */
import type { Inline } from '../story/story';
import { inlineText } from '../story/story-runs';
import type { BlockReader } from './html-blocks';
import type { WalkContext } from './html-inline';
import { type HtmlElement, type HtmlNode, textOf } from './html-sanitize';
import { fitted, sliceRuns, toLine } from './html-text';
import type { DraftBlock } from './import-draft';

/** "— Jane Doe", "-- Jane Doe", "– Jane Doe, minister": a dash, then a short name line. */
const DASH_LINE = /^[\s\u00a0]*(?:[—–―]|--?)[\s\u00a0]*(\S.{0,199})$/;

/** Attribution text without its leading dash. */
export function attributionText(text: string): string {
  const line = toLine(text);
  return toLine(DASH_LINE.exec(line)?.[1] ?? line);
}

function isBlankText(node: HtmlNode): boolean {
  return node.type === 'text' && node.text.replace(/[\s\u00a0]+/g, '') === '';
}

/** The element holding the attribution when it is a quote's last child (<cite>, <footer>, <p><cite>…</cite></p>). */
function trailingAttribution(nodes: readonly HtmlNode[]): HtmlElement | undefined {
  const last = nodes.findLast((node) => !isBlankText(node));
  if (last?.type !== 'element') return undefined;
  if (last.tag === 'cite' || last.tag === 'footer') return last;
  if (last.tag === 'p') {
    const inner = last.children.filter((node) => !isBlankText(node));
    const only = inner[0];
    if (inner.length === 1 && only?.type === 'element' && only.tag === 'cite') return last;
  }
  return undefined;
}

/** Takes a dash line off the end of the last paragraph: its whole text, or its last line. */
function dashAttribution(blocks: DraftBlock[]): string {
  const last = blocks.at(-1);
  if (last?.type !== 'paragraph') return '';
  const text = inlineText(last.content);
  const lineStart = text.lastIndexOf('\n') + 1;
  const match = DASH_LINE.exec(text.slice(lineStart));
  if (!match || (lineStart === 0 && blocks.length === 1)) return '';
  const before: Inline = sliceRuns(last.content, 0, Math.max(0, lineStart - 1));
  if (before.length > 0) blocks[blocks.length - 1] = { type: 'paragraph', content: before };
  else blocks.pop();
  return toLine(match[1]!);
}

/**
 * A quote from some nodes: one pull quote (its paragraphs joined by line
 * breaks) and, after it, what cannot be part of a quote (a list, a photo).
 * `attribution` is given when the source said it apart (a figcaption).
 */
export function quoteBlocks(
  nodes: readonly HtmlNode[],
  context: WalkContext,
  reader: BlockReader,
  attribution?: string,
): DraftBlock[] {
  let said = attribution === undefined ? '' : attributionText(attribution);
  let body = nodes;
  const element = attribution === undefined ? trailingAttribution(nodes) : undefined;
  if (element) {
    said = attributionText(textOf(element));
    body = nodes.filter((node) => node !== element);
  }
  const blocks = reader.blocks(body, context);
  if (said === '' && attribution === undefined) said = dashAttribution(blocks);
  const { content, extra } = reader.join(blocks);
  if (content.length === 0) {
    const line: DraftBlock[] = said ? [{ type: 'paragraph', content: [{ text: said }] }] : [];
    return [...line, ...extra];
  }
  return [
    ...fitted(content, (piece) => ({ type: 'quote', content: piece, attribution: said })),
    ...extra,
  ];
}
