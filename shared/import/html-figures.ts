/**
 * Photos: <img> (alone or in a paragraph) and <figure> with its <figcaption>.
 * The credit is told apart from the caption by an element that says it is
 * one (class "credit"/"copyright", <small>, <cite>) or, failing that, by the
 * shapes splitCaptionCredit knows ("… REUTERS/Jane Doe").
 */
import type { Inline } from '../story/story';
import { inlineText } from '../story/story-runs';
import type { BlockReader } from './html-blocks';
import type { WalkContext } from './html-inline';
import { quoteBlocks } from './html-quotes';
import { type HtmlElement, type HtmlNode, markerTokens, textOf } from './html-sanitize';
import { sliceRuns, toLine } from './html-text';
import { splitCaptionCredit } from './caption-credit';
import type { DraftBlock, DraftFigure } from './import-draft';

/**
 * The address a draft figure keeps: http(s) as is, `//host/…` as https,
 * data:image (png, jpeg, gif, webp) as is, a relative path as is (nothing to
 * fetch, but it names the photo); '' for blob:, file:, cid:, data:text/html,
 * javascript: and every other scheme.
 */
export function figureUrl(src: string | undefined): string {
  // URL parsers drop ASCII whitespace and controls inside an address; so do we, before looking at the scheme.
  // eslint-disable-next-line no-control-regex -- control characters are what is removed here
  const url = (src ?? '').replace(/[\u0000-\u0020\u007f]+/g, '');
  if (/^https?:\/\//i.test(url)) return url;
  if (url.startsWith('//')) return `https:${url}`;
  if (/^data:image\/(?:png|jpe?g|gif|webp)[;,]/i.test(url)) return url;
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return '';
  return url;
}

function pixels(value: string | undefined): number | undefined {
  if (value === undefined || !/^\s*\d+(?:\.\d+)?(?:px)?\s*$/i.test(value)) return undefined;
  const number = Math.round(Number.parseFloat(value));
  return number >= 1 && number <= 100_000 ? number : undefined;
}

/** A bare image as a figure without caption, or null for a tracking pixel (2×2 or smaller). */
export function imageFigure(img: HtmlElement): DraftFigure | null {
  const width = pixels(img.attrs.width);
  const height = pixels(img.attrs.height);
  if (width !== undefined && height !== undefined && width <= 2 && height <= 2) return null;
  return {
    type: 'figure',
    url: figureUrl(img.attrs.src),
    alt: toLine(img.attrs.alt ?? ''),
    caption: [],
    credit: '',
    ...(width !== undefined ? { width } : {}),
    ...(height !== undefined ? { height } : {}),
  };
}

function isCreditElement(element: HtmlElement): boolean {
  return (
    element.tag === 'small' || element.tag === 'cite' || markerTokens(element).includes('credit')
  );
}

/** The caption's nodes without its credit elements, and the credits' text. */
function withoutCredits(nodes: readonly HtmlNode[], credits: string[]): HtmlNode[] {
  const kept: HtmlNode[] = [];
  for (const node of nodes) {
    if (node.type === 'text') kept.push(node);
    else if (isCreditElement(node)) credits.push(textOf(node));
    else kept.push({ ...node, children: withoutCredits(node.children, credits) });
  }
  return kept;
}

interface Caption {
  readonly caption: Inline;
  readonly credit: string;
  readonly extra: readonly DraftBlock[];
}

/** Splits "caption REUTERS/Jane Doe" into its caption runs (marks kept) and credit. */
function splitCredit(caption: Inline): { caption: Inline; credit: string } {
  // One character for one: the offsets of the split caption stay those of the runs.
  const flat = inlineText(caption).replace(/\s/g, ' ');
  const split = splitCaptionCredit(flat);
  if (!split) return { caption, credit: '' };
  const start = split.caption === '' ? -1 : flat.indexOf(split.caption);
  const kept =
    start >= 0
      ? sliceRuns(caption, start, start + split.caption.length)
      : split.caption === ''
        ? []
        : [{ text: split.caption }];
  return { caption: kept, credit: toLine(split.credit) };
}

function readCaption(figcaption: HtmlElement, context: WalkContext, reader: BlockReader): Caption {
  const credits: string[] = [];
  const nodes = withoutCredits(figcaption.children, credits);
  const { content, extra } = reader.inline(nodes, context);
  const credit = toLine(credits.join(' '));
  if (credit !== '') return { caption: content, credit, extra };
  return { ...splitCredit(content), extra };
}

function hasTag(nodes: readonly HtmlNode[], tag: string): boolean {
  return nodes.some(
    (node) => node.type === 'element' && (node.tag === tag || hasTag(node.children, tag)),
  );
}

/**
 * A <figure>: its images become figures (the last one takes the caption, as
 * a caption sits under the photos it describes); a figure holding a
 * blockquote and no image is a pull quote, its figcaption the attribution.
 */
export function figureBlocks(
  figure: HtmlElement,
  context: WalkContext,
  reader: BlockReader,
): DraftBlock[] {
  const figcaption = figure.children.find(
    (node): node is HtmlElement => node.type === 'element' && node.tag === 'figcaption',
  );
  const rest = figure.children.filter((node) => node !== figcaption);
  if (!hasTag(rest, 'img') && hasTag(rest, 'blockquote')) {
    const attribution = figcaption ? textOf(figcaption) : '';
    return quoteBlocks(rest, context, reader, attribution);
  }
  const blocks = reader.blocks(rest, context);
  if (!figcaption) return blocks;
  const { caption, credit, extra } = readCaption(figcaption, context, reader);
  let last = -1;
  blocks.forEach((block, i) => {
    if (block.type === 'figure') last = i;
  });
  const photo = blocks[last];
  if (photo?.type !== 'figure') {
    // A caption without a photo (a video or an embed we drop): its words stay.
    const credits: DraftBlock[] = credit
      ? [{ type: 'paragraph', content: [{ text: credit }] }]
      : [];
    const text: DraftBlock[] = caption.length ? [{ type: 'paragraph', content: caption }] : [];
    return [...blocks, ...text, ...credits, ...extra];
  }
  blocks[last] = { ...photo, caption, credit };
  return [...blocks, ...extra];
}
