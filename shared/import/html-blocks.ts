/**
 * The walk from the sanitized tree to draft blocks. Block elements end the
 * paragraph being gathered and add their own blocks; inline elements change
 * the marks and link of the text inside them. Text directly in a <div>, or in
 * a <b> that holds paragraphs (Google Docs), is a paragraph of its own: a
 * block boundary is wherever a browser would start a new line.
 */
import type { DraftBlock, DraftHeading } from './import-draft';
import type { Inline, TextRun } from '../story/story';
import { makeRun, normalizeRuns } from '../story/story-runs';
import { figureBlocks, imageFigure } from './html-figures';
import { type WalkContext, enterElement, noteContext } from './html-inline';
import { listBlocks } from './html-lists';
import { quoteBlocks } from './html-quotes';
import { type HtmlElement, type HtmlNode, markerTokens, textOf } from './html-sanitize';
import { tableBlocks } from './html-tables';
import {
  type InlineBuffer,
  appendBreak,
  appendText,
  createBuffer,
  fitInline,
  fitted,
  splitAtBlankLines,
  takeRuns,
} from './html-text';

/** An inline part read out of some nodes, and the blocks that could not be part of it. */
export interface InlinePart {
  readonly content: Inline;
  readonly extra: readonly DraftBlock[];
}

/** What the element mappers (lists, figures, quotes, tables) call back into. */
export interface BlockReader {
  /** The blocks of some nodes. */
  blocks(nodes: readonly HtmlNode[], context: WalkContext): DraftBlock[];
  /** Some nodes as one inline (their paragraphs joined by line breaks). */
  inline(nodes: readonly HtmlNode[], context: WalkContext): InlinePart;
  /** Blocks as one inline: paragraphs, headings and quotes joined by line breaks; the rest extra. */
  join(blocks: readonly DraftBlock[]): InlinePart;
}

/** Elements after whose start and end a browser starts a new line. */
const CONTAINERS = new Set(
  (
    '#fragment|p|div|section|article|main|header|address|center|details|summary|hgroup|' +
    'dl|dt|dd|li|figcaption|caption|thead|tbody|tfoot|tr|td|th'
  ).split('|'),
);

const HEADING_LEVELS: Record<string, DraftHeading['level']> = {
  h1: 1,
  h2: 2,
  h3: 3,
  h4: 4,
  h5: 5,
  h6: 6,
};

interface Walk {
  readonly out: DraftBlock[];
  readonly buffer: InlineBuffer;
}

function paragraphs(runs: Inline): DraftBlock[] {
  return fitInline(runs).map((content) => ({ type: 'paragraph', content }));
}

/** Ends the paragraph being gathered. */
function flush(walk: Walk, pre = false): void {
  const runs = takeRuns(walk.buffer);
  if (runs.length === 0) return;
  const pieces = pre ? [runs] : splitAtBlankLines(runs);
  for (const piece of pieces) walk.out.push(...paragraphs(piece));
}

/** A footnote number as Word writes it ("[1]", "1"), without the brackets. */
function noteNumber(text: string): string {
  return text.replace(/[[\]\s\u00a0]+/g, '');
}

function walkNodes(nodes: readonly HtmlNode[], context: WalkContext, walk: Walk): void {
  for (const node of nodes) {
    if (node.type === 'text') appendText(walk.buffer, node.text, context);
    else walkElement(node, context, walk);
  }
}

function walkElement(element: HtmlElement, outer: WalkContext, walk: Walk): void {
  const tokens = markerTokens(element);
  if (tokens.includes('drop') || tokens.includes('listmarker')) return;
  if (tokens.includes('noteref')) {
    appendText(walk.buffer, noteNumber(textOf(element)), noteContext(outer));
    return;
  }
  const tag = element.tag;
  const context = enterElement(element, outer);
  const level = HEADING_LEVELS[tag] ?? (tokens.includes('title') ? 1 : undefined);
  if (tag === 'br') {
    if (!context.inNotes) appendBreak(walk.buffer, context);
    return;
  }
  if (tag === 'footer') return; // page or article chrome; a quote's footer is read by quoteBlocks
  if (!CONTAINERS.has(tag) && !isBlockTag(tag) && level === undefined) {
    walkNodes(element.children, context, walk);
    return;
  }
  flush(walk, outer.pre);
  if (level !== undefined) {
    const { content, extra } = reader.inline(element.children, context);
    walk.out.push(...fitted(content, (piece) => ({ type: 'heading', level, content: piece })));
    walk.out.push(...extra);
  } else if (tokens.includes('quote')) {
    walk.out.push(...quoteBlocks(element.children, context, reader));
  } else if (tokens.includes('notes')) {
    walkNodes(element.children, { ...context, inNotes: true }, walk);
  } else if (tag === 'pre') {
    walkNodes(element.children, { ...context, pre: true }, walk);
    flush(walk, true);
  } else if (isBlockTag(tag)) {
    walk.out.push(...blockElement(element, context));
  } else {
    walkNodes(element.children, context, walk);
  }
  flush(walk, outer.pre);
}

const BLOCK_TAGS = new Set(['img', 'hr', 'ul', 'ol', 'blockquote', 'figure', 'table', 'pre']);

function isBlockTag(tag: string): boolean {
  return BLOCK_TAGS.has(tag);
}

function blockElement(element: HtmlElement, context: WalkContext): DraftBlock[] {
  switch (element.tag) {
    case 'img': {
      const figure = imageFigure(element);
      return figure ? [figure] : [];
    }
    case 'hr':
      return context.inNotes ? [] : [{ type: 'rule' }];
    case 'ul':
    case 'ol':
      return listBlocks(element, context, reader);
    case 'blockquote':
      return quoteBlocks(element.children, context, reader);
    case 'figure':
      return figureBlocks(element, context, reader);
    case 'table':
      return tableBlocks(element, context, reader);
    default:
      return [];
  }
}

/** The draft blocks of some nodes of the sanitized tree. */
export function walkBlocks(nodes: readonly HtmlNode[], context: WalkContext): DraftBlock[] {
  const walk: Walk = { out: [], buffer: createBuffer() };
  walkNodes(nodes, context, walk);
  flush(walk, context.pre);
  return walk.out;
}

function joinBlocks(blocks: readonly DraftBlock[]): InlinePart {
  const runs: TextRun[] = [];
  const extra: DraftBlock[] = [];
  for (const block of blocks) {
    if (block.type === 'paragraph' || block.type === 'heading' || block.type === 'quote') {
      if (runs.length > 0) runs.push(makeRun('\n'));
      runs.push(...block.content);
    } else if (block.type !== 'rule') {
      extra.push(block);
    }
  }
  const [content = [], ...rest] = fitInline(normalizeRuns(runs));
  return {
    content,
    extra: [...rest.map((piece): DraftBlock => ({ type: 'paragraph', content: piece })), ...extra],
  };
}

const reader: BlockReader = {
  blocks: walkBlocks,
  inline: (nodes, context) => joinBlocks(walkBlocks(nodes, context)),
  join: joinBlocks,
};
