/**
 * Runs DOMPurify over outside HTML with our policy and hands back a small
 * plain tree of what is left, so the mapping to the story model is pure code
 * over plain data. shared/ has no DOM: the few node members we read are
 * declared here structurally, and both DOMPurify in the renderer (its default
 * export) and DOMPurify(new JSDOM('').window) in Node satisfy `Purifier`.
 */
import { markersOf } from './html-markers';
import { LIST_ATTR, MARKER_ATTR, MARKER_ATTRS, sanitizeConfig } from './sanitize-policy';

/** The members of a DOM node we read. */
export interface PurifyNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly firstChild: PurifyNode | null;
  readonly nextSibling: PurifyNode | null;
  readonly textContent: string | null;
  readonly nodeValue: string | null;
  getAttribute?(name: string): string | null;
}

/** The members of an element the marker hook reads and writes. */
export interface PurifyElement extends PurifyNode {
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
}

/** A hook run on each kept element before DOMPurify checks its attributes. */
export type PurifyElementHook = (element: PurifyElement) => void;

/** What we need of a DOMPurify instance. */
export interface Purifier {
  sanitize(dirty: string, config: ReturnType<typeof sanitizeConfig>): PurifyNode;
  addHook(entryPoint: 'beforeSanitizeAttributes', hook: PurifyElementHook): void;
  removeHook(entryPoint: 'beforeSanitizeAttributes', hook?: PurifyElementHook): unknown;
}

/** An element of the sanitized tree, with only the attributes the policy kept. */
export interface HtmlElement {
  readonly type: 'element';
  readonly tag: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly HtmlNode[];
}

/** A text node of the sanitized tree (entities decoded, whitespace as in the source). */
export interface HtmlText {
  readonly type: 'text';
  readonly text: string;
}

export type HtmlNode = HtmlElement | HtmlText;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/**
 * Deeper than this, an element's text is kept as one text node: hostile copy
 * nests 100,000 <b>s, and the walkers after this recurse.
 */
export const MAX_TREE_DEPTH = 200;

const READ_ATTRS: Record<string, readonly string[]> = {
  a: ['href'],
  img: ['src', 'alt', 'width', 'height'],
};

function attributesOf(element: PurifyNode, tag: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  const read = element.getAttribute;
  if (!read) return attrs;
  for (const name of [...MARKER_ATTRS, ...(READ_ATTRS[tag] ?? [])]) {
    const value = read.call(element, name);
    if (value !== null) attrs[name] = value;
  }
  return attrs;
}

function toTree(node: PurifyNode, depth: number): HtmlNode | null {
  if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
    return { type: 'text', text: node.nodeValue ?? '' };
  }
  if (node.nodeType !== ELEMENT_NODE) return null;
  const tag = node.nodeName.toLowerCase();
  const attrs = attributesOf(node, tag);
  if (depth >= MAX_TREE_DEPTH) {
    return {
      type: 'element',
      tag: 'span',
      attrs: {},
      children: [{ type: 'text', text: node.textContent ?? '' }],
    };
  }
  return { type: 'element', tag, attrs, children: childrenOf(node, depth + 1) };
}

function childrenOf(node: PurifyNode, depth: number): HtmlNode[] {
  const children: HtmlNode[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) {
    const converted = toTree(child, depth);
    if (converted) children.push(converted);
  }
  return children;
}

/** Writes our markers on one element from its style, class, id and role (see html-markers.ts). */
export function markElement(element: PurifyElement): void {
  // DOMPurify runs this hook on every node, text and removed ones too, and a
  // <form> can shadow any of these members with an <input name=…>.
  if (
    element.nodeType !== ELEMENT_NODE ||
    typeof element.nodeName !== 'string' ||
    typeof element.getAttribute !== 'function' ||
    typeof element.setAttribute !== 'function' ||
    typeof element.removeAttribute !== 'function'
  ) {
    return;
  }
  // Markers that arrive with the copy are not ours: a page cannot hide text or fake a list.
  for (const name of MARKER_ATTRS) element.removeAttribute(name);
  const markers = markersOf(element.nodeName.toLowerCase(), (name) => element.getAttribute(name));
  if (markers.tokens.length > 0) element.setAttribute(MARKER_ATTR, markers.tokens.join(' '));
  if (markers.list !== undefined) element.setAttribute(LIST_ATTR, markers.list);
  if (markers.src !== undefined) element.setAttribute('src', markers.src);
}

/**
 * Sanitizes `html` with our policy and returns what is left as a plain tree
 * (a root element tagged '#fragment'). Our hook is added for this call only,
 * so the purifier's other users never see it.
 */
export function sanitizeToTree(html: string, purifier: Purifier): HtmlElement {
  purifier.addHook('beforeSanitizeAttributes', markElement);
  try {
    const fragment = purifier.sanitize(html, sanitizeConfig());
    return { type: 'element', tag: '#fragment', attrs: {}, children: childrenOf(fragment, 0) };
  } finally {
    purifier.removeHook('beforeSanitizeAttributes', markElement);
  }
}

/** The tokens of an element's marker. */
export function markerTokens(element: HtmlElement): readonly string[] {
  const value = element.attrs[MARKER_ATTR];
  return value ? value.split(' ') : [];
}

/** The plain text under a node, in document order (no whitespace handling). */
export function textOf(node: HtmlNode): string {
  if (node.type === 'text') return node.text;
  let out = '';
  for (const child of node.children) out += textOf(child);
  return out;
}
