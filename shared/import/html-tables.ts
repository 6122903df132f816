/**
 * Tables. The story has none, so a table becomes text a reader can follow:
 * a data table (results, figures) gives a paragraph per row, its cells
 * separated by tabs; a table that only lays a page out (cells holding
 * headings, lists, photos or several paragraphs — old sites, e-mails) gives
 * its cells' blocks in reading order.
 */
import type { TextRun } from '../story/story';
import { makeRun, normalizeRuns } from '../story/story-runs';
import type { BlockReader } from './html-blocks';
import { type WalkContext, enterElement } from './html-inline';
import type { HtmlElement, HtmlNode } from './html-sanitize';
import { fitted, trimRuns } from './html-text';
import type { DraftBlock } from './import-draft';

const LAYOUT_TAGS = new Set([
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'img',
  'figure',
  'blockquote',
  'table',
  'hr',
  'pre',
]);
const PARAGRAPH_TAGS = new Set(['p', 'div']);

function elements(nodes: readonly HtmlNode[]): HtmlElement[] {
  return nodes.filter((node): node is HtmlElement => node.type === 'element');
}

function hasLayoutContent(nodes: readonly HtmlNode[]): boolean {
  return elements(nodes).some(
    (node) => LAYOUT_TAGS.has(node.tag) || hasLayoutContent(node.children),
  );
}

/** The rows of a table in order, through thead/tbody/tfoot, not into nested tables. */
function rowsOf(table: HtmlElement): HtmlElement[] {
  return elements(table.children).flatMap((node) =>
    node.tag === 'tr'
      ? [node]
      : ['thead', 'tbody', 'tfoot'].includes(node.tag)
        ? elements(node.children).filter((row) => row.tag === 'tr')
        : [],
  );
}

function cellsOf(row: HtmlElement): HtmlElement[] {
  return elements(row.children).filter((cell) => cell.tag === 'td' || cell.tag === 'th');
}

function isLayout(table: HtmlElement): boolean {
  return rowsOf(table).some((row) =>
    cellsOf(row).some(
      (cell) =>
        hasLayoutContent(cell.children) ||
        elements(cell.children).filter((node) => PARAGRAPH_TAGS.has(node.tag)).length >= 3,
    ),
  );
}

/** A <table> as paragraphs (see above). */
export function tableBlocks(
  table: HtmlElement,
  outer: WalkContext,
  reader: BlockReader,
): DraftBlock[] {
  const context = enterElement(table, outer);
  if (isLayout(table)) return reader.blocks(table.children, context);
  const out: DraftBlock[] = [];
  for (const caption of elements(table.children).filter((node) => node.tag === 'caption')) {
    out.push(...reader.blocks([caption], context));
  }
  for (const row of rowsOf(table)) {
    const rowContext = enterElement(row, context);
    const runs: TextRun[] = [];
    const extra: DraftBlock[] = [];
    let cells = 0;
    for (const cell of cellsOf(row)) {
      const part = reader.inline(cell.children, enterElement(cell, rowContext));
      extra.push(...part.extra);
      if (cells > 0) runs.push(makeRun('\t'));
      runs.push(...part.content);
      cells += 1;
    }
    const content = normalizeRuns(trimRuns(normalizeRuns(runs)));
    if (content.length > 0) {
      out.push(...fitted(content, (piece) => ({ type: 'paragraph', content: piece })));
    }
    out.push(...extra);
  }
  return out;
}
