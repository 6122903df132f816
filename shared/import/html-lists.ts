/**
 * Lists, nested as the copy nests them, within the model's limits: at most
 * LIMITS.listDepth deep (deeper items join the deepest list allowed) and
 * LIMITS.listItems items a list (the rest follow the list as paragraphs).
 * Google Docs puts a nested <ul> straight inside its parent <ul>, after the
 * <li> it belongs to; that is read as the sublist of that item.
 */
import { LIMITS } from '../story/inline-schema';
import type { Inline, List, ListItem } from '../story/story';
import type { BlockReader } from './html-blocks';
import { type WalkContext, enterElement } from './html-inline';
import { type HtmlElement, type HtmlNode, markerTokens } from './html-sanitize';
import type { DraftBlock } from './import-draft';

interface MutableItem {
  content: Inline;
  sublist?: { ordered: boolean; items: MutableItem[] };
}

function asList(node: HtmlNode): HtmlElement | undefined {
  return node.type === 'element' && (node.tag === 'ul' || node.tag === 'ol') ? node : undefined;
}

function isDropped(node: HtmlNode): boolean {
  if (node.type === 'text') return node.text.replace(/[\s\u00a0]+/g, '') === '';
  const tokens = markerTokens(node);
  return tokens.includes('drop') || tokens.includes('listmarker');
}

interface ListRead {
  readonly reader: BlockReader;
  /** Blocks that follow the whole list: photos in items, text over the limits. */
  readonly after: DraftBlock[];
}

/** Puts a nested list's items under `items`' last entry, or beside them past the depth limit. */
function nest(
  items: MutableItem[],
  list: HtmlElement,
  context: WalkContext,
  depth: number,
  read: ListRead,
): void {
  if (depth >= LIMITS.listDepth) {
    items.push(...readItems(list, context, depth, read));
    return;
  }
  const nested = readItems(list, context, depth + 1, read);
  if (nested.length === 0) return;
  let parent = items.at(-1);
  if (!parent) {
    parent = { content: [] };
    items.push(parent);
  }
  parent.sublist ??= { ordered: list.tag === 'ol', items: [] };
  parent.sublist.items.push(...nested);
}

function readItems(
  list: HtmlElement,
  outer: WalkContext,
  depth: number,
  read: ListRead,
): MutableItem[] {
  const context = enterElement(list, outer);
  const items: MutableItem[] = [];
  for (const node of list.children) {
    if (isDropped(node)) continue;
    const nested = asList(node);
    if (nested) {
      nest(items, nested, context, depth, read);
      continue;
    }
    // An <li>, or stray content straight in the list: an item either way.
    const inner = node.type === 'element' && node.tag === 'li' ? node.children : [node];
    const itemContext = node.type === 'element' ? enterElement(node, context) : context;
    const { content, extra } = read.reader.inline(
      inner.filter((child) => !asList(child)),
      itemContext,
    );
    read.after.push(...extra);
    const item: MutableItem = { content };
    items.push(item);
    for (const child of inner) {
      const sublist = asList(child);
      if (sublist) nest(items, sublist, itemContext, depth, read);
    }
  }
  return items.filter((item) => item.content.length > 0 || item.sublist);
}

/** An item's words as paragraphs, its sublist's after it. */
function flatten(item: MutableItem): DraftBlock[] {
  const own: DraftBlock[] = item.content.length
    ? [{ type: 'paragraph', content: item.content }]
    : [];
  return [...own, ...(item.sublist?.items.flatMap(flatten) ?? [])];
}

/** Freezes the items, cutting each list at LIMITS.listItems (the rest go to `after`). */
function finish(items: readonly MutableItem[], after: DraftBlock[]): ListItem[] {
  after.push(...items.slice(LIMITS.listItems).flatMap(flatten));
  return items.slice(0, LIMITS.listItems).map((item) => {
    const sublist = item.sublist && finishList(item.sublist, after);
    return { content: item.content, ...(sublist ? { sublist } : {}) };
  });
}

function finishList(list: { ordered: boolean; items: MutableItem[] }, after: DraftBlock[]): List {
  return { ordered: list.ordered, items: finish(list.items, after) };
}

/** A <ul>/<ol> as a list block, followed by whatever in it could not be part of a list. */
export function listBlocks(
  list: HtmlElement,
  context: WalkContext,
  reader: BlockReader,
): DraftBlock[] {
  const read: ListRead = { reader, after: [] };
  const items = readItems(list, context, 1, read);
  if (items.length === 0) return read.after;
  const overflow: DraftBlock[] = [];
  const block: DraftBlock = {
    type: 'list',
    ...finishList({ ordered: list.tag === 'ol', items }, overflow),
  };
  return [block, ...overflow, ...read.after];
}
