/**
 * Word's clipboard HTML, made ordinary. Word writes a list as paragraphs
 * (`<p class=MsoListParagraph style='mso-list:l0 level2 lfo1'>`) each led by
 * its own "1." or "·" in a `mso-list:Ignore` span; html-markers.ts marks
 * them, and here consecutive marked paragraphs become nested <ul>/<ol>/<li>
 * elements, so one list mapper serves Word, Google Docs and the web.
 */
import { LIST_ATTR, MARKER_ATTR } from './sanitize-policy';
import { type HtmlElement, type HtmlNode, markerTokens, textOf } from './html-sanitize';

/**
 * The CF_HTML header Windows puts before clipboard HTML ("Version:0.9
 * StartHTML:…"), when a caller hands us the raw format: everything before
 * the first tag.
 */
export function stripClipboardHeader(html: string): string {
  if (!/^Version:\d/.test(html)) return html;
  const start = html.indexOf('<');
  return start < 0 ? '' : html.slice(start);
}

interface Building {
  tag: 'ul' | 'ol';
  level: number;
  items: HtmlElement[];
  /** The children array of the list element, filled as items arrive. */
  children: HtmlNode[];
}

function findMarker(node: HtmlNode): HtmlElement | undefined {
  if (node.type === 'text') return undefined;
  if (markerTokens(node).includes('listmarker')) return node;
  for (const child of node.children) {
    const found = findMarker(child);
    if (found) return found;
  }
  return undefined;
}

/** True when Word's list number reads as an ordered one ("1.", "a)", "iv."), not a bullet ("·", "o", "§"). */
export function isOrderedMarker(marker: string): boolean {
  return /^(?:\d+[.)]?|[a-z][.)]|[ivxlcdm]+[.)]|\(\w+\))$/i.test(marker);
}

function listLevel(element: HtmlElement): number | undefined {
  const level = /^\S+ (\d+)$/.exec(element.attrs[LIST_ATTR] ?? '')?.[1];
  return level === undefined ? undefined : Math.max(1, Math.min(Number(level), 99));
}

function toItem(paragraph: HtmlElement): HtmlElement {
  const tokens = markerTokens(paragraph).join(' ');
  return {
    type: 'element',
    tag: 'li',
    attrs: tokens ? { [MARKER_ATTR]: tokens } : {},
    children: [...paragraph.children],
  };
}

function newList(paragraph: HtmlElement, level: number): Building {
  const marker = findMarker(paragraph);
  const text = marker ? textOf(marker).replace(/[\s\u00a0]+/g, '') : '';
  return { tag: isOrderedMarker(text) ? 'ol' : 'ul', level, items: [], children: [] };
}

function listElement(list: Building): HtmlElement {
  return { type: 'element', tag: list.tag, attrs: {}, children: list.children };
}

/** Turns runs of Word list paragraphs among `nodes` into nested lists. */
function regroup(nodes: readonly HtmlNode[]): HtmlNode[] {
  const out: HtmlNode[] = [];
  let stack: Building[] = [];
  for (const node of nodes) {
    const level = node.type === 'element' ? listLevel(node) : undefined;
    if (node.type === 'text' && stack.length > 0 && node.text.trim() === '') continue;
    if (node.type === 'text' || level === undefined) {
      stack = [];
      out.push(node.type === 'element' ? regroupWordLists(node) : node);
      continue;
    }
    while (stack.length > 0 && stack.at(-1)!.level > level) stack.pop();
    const item = toItem(regroupWordLists(node));
    const top = stack.at(-1);
    if (!top) {
      const list = newList(node, level);
      stack.push(list);
      out.push(listElement(list));
    } else if (top.level < level) {
      const list = newList(node, level);
      const parent = top.items.at(-1);
      // li children are built here and only read later; the tree is ours until returned.
      if (parent) (parent.children as HtmlNode[]).push(listElement(list));
      else top.children.push(listElement(list));
      stack.push(list);
    }
    const current = stack.at(-1)!;
    current.items.push(item);
    current.children.push(item);
  }
  return out;
}

/** The tree with Word's list paragraphs as nested <ul>/<ol> elements (see above). */
export function regroupWordLists(element: HtmlElement): HtmlElement {
  if (element.children.length === 0) return element;
  return { ...element, children: regroup(element.children) };
}
