// Reading exported HTML the way a browser and a CMS sanitizer would: jsdom
// parses it, DOMPurify cleans it, and the checks below say what is unsafe in
// it and where its text differs from the story's.
import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import {
  hasImageFile,
  type Block,
  type Inline,
  type List,
  type Story,
} from '../../shared/story/story';
import { inlineText } from '../../shared/story/story-runs';

// One window for every parse: making a JSDOM costs milliseconds, parsing into it far less.
const { window } = new JSDOM('<!doctype html>');
const purify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);

/** Parses an HTML fragment as a CMS body field would hold it. */
export function parseFragment(html: string): DocumentFragment {
  const template = window.document.createElement('template');
  template.innerHTML = html;
  return template.content;
}

/** Parses a whole page. */
export function parsePage(html: string): Document {
  return new window.DOMParser().parseFromString(html, 'text/html');
}

// DOMPurify 3.4 drops any attribute whose value, decoded, holds "</script"
// and the like (its ATTR_VALUE_BREAKOUT, against serializer tricks), however
// well it was escaped: an alt text quoting markup is dropped, nothing else.
const DOMPURIFY_BREAKOUT =
  /((--!?|])>)|<\/(style|script|title|xmp|textarea|noscript|iframe|noembed|noframes)/i;

/**
 * DOMPurify's output (default settings) and the same HTML parsed and
 * serialized without it: equal when the sanitizer found nothing to remove.
 * The parsed side gets DOMPurify's own normalizations, which remove no markup:
 * attribute values trimmed (an alt of "  " becomes ""), and attributes
 * quoting closing tags dropped (see DOMPURIFY_BREAKOUT).
 */
export function purified(html: string): { clean: string; parsed: string } {
  const template = window.document.createElement('template');
  template.innerHTML = html;
  for (const element of template.content.querySelectorAll('*')) {
    for (const attribute of [...element.attributes]) {
      if (DOMPURIFY_BREAKOUT.test(attribute.value)) element.removeAttribute(attribute.name);
      else attribute.value = attribute.value.trim();
    }
  }
  return { clean: purify.sanitize(html), parsed: template.innerHTML };
}

// Every "<" in exported HTML opens or closes one of the tags the exporters
// write (text never holds a bare "<": it is escaped), so a scan of the raw string suffices.
const OWN_TAGS =
  /<(?!\/?(?:article|header|h[123]|p|span|small|time|figure|figcaption|img|blockquote|ul|ol|li|hr|br|a|strong|em|u|s|sup|sub|code)[\s>])/i;

/** Problems of one HTML string, raw and parsed. */
export function rawProblems(html: string): string[] {
  const problems: string[] = [];
  if (/<script/i.test(html)) problems.push('<script');
  const stray = OWN_TAGS.exec(html);
  if (stray)
    problems.push(`markup at ${stray.index}: ${html.slice(stray.index, stray.index + 20)}`);
  return problems;
}

/** The elements the exporters write, and the attributes each may carry. */
const ALLOWED: Record<string, readonly string[]> = {
  ARTICLE: ['lang'],
  HEADER: [],
  H1: [],
  H2: [],
  H3: [],
  P: ['class'],
  SPAN: ['class'],
  SMALL: ['class'],
  TIME: ['datetime'],
  FIGURE: ['class', 'data-association'],
  FIGCAPTION: [],
  IMG: ['src', 'alt', 'width', 'height'],
  BLOCKQUOTE: [],
  UL: [],
  OL: [],
  LI: [],
  HR: [],
  BR: [],
  A: ['href'],
  STRONG: [],
  EM: [],
  U: [],
  S: [],
  SUP: [],
  SUB: [],
  CODE: [],
};

const LINK = /^(?:https?:\/\/|mailto:)/i;
const LOCAL_IMAGE = /^images\/[0-9a-f]{64}\.(?:png|jpg|gif|webp)$/;

/**
 * Everything in `root` that could run code or reach outside: an element or
 * attribute the exporters never write, an `on…` handler, a link or image URL
 * with another scheme. `imageUrl` says which image addresses are expected.
 */
export function unsafeMarkup(
  root: ParentNode,
  imageUrl: (src: string) => boolean = (src) => LOCAL_IMAGE.test(src),
): string[] {
  const problems: string[] = [];
  for (const element of root.querySelectorAll('*')) {
    const allowed = ALLOWED[element.tagName];
    if (!allowed) problems.push(`element <${element.tagName.toLowerCase()}>`);
    for (const { name, value } of element.attributes) {
      if (/^on/i.test(name)) problems.push(`handler ${name}="${value}"`);
      else if (!allowed?.includes(name)) problems.push(`attribute ${name} on ${element.tagName}`);
      if (name === 'href' && !LINK.test(value)) problems.push(`link to "${value}"`);
      if (name === 'src' && !imageUrl(value)) problems.push(`image at "${value}"`);
    }
  }
  return problems;
}

/** Text as a reader gets it: text nodes, `<br>` as a line break, nested lists left out. */
export function readText(node: Node, skipLists = false): string {
  let text = '';
  for (const child of node.childNodes) {
    if (child.nodeType === window.Node.TEXT_NODE) text += (child as Text).data;
    else if (child.nodeName === 'BR') text += '\n';
    else if (!(skipLists && (child.nodeName === 'UL' || child.nodeName === 'OL'))) {
      text += readText(child, skipLists);
    }
  }
  return text;
}

type Problems = string[];

function expectText(problems: Problems, what: string, node: Node | null, text: string) {
  const actual = node ? readText(node, true) : null;
  if (actual !== text)
    problems.push(`${what}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(text)}`);
}

function compareList(problems: Problems, element: Element | null, list: List, where: string) {
  if (element?.tagName !== (list.ordered ? 'OL' : 'UL')) {
    problems.push(`${where}: <${element?.tagName ?? 'nothing'}> for a list`);
    return;
  }
  const items = [...element.children];
  if (items.length !== list.items.length) problems.push(`${where}: ${items.length} items`);
  list.items.forEach((item, i) => {
    expectText(problems, `${where} item ${i}`, items[i] ?? null, inlineText(item.content));
    if (item.sublist) {
      const nested = items[i]?.lastElementChild ?? null;
      compareList(problems, nested, item.sublist, `${where}.${i}`);
    }
  });
}

function compareBlock(problems: Problems, element: Element | undefined, block: Block, i: number) {
  const where = `block ${i} (${block.type})`;
  const text = (inline: Inline) => inlineText(inline);
  if (!element) return void problems.push(`${where}: missing`);
  const is = (tag: string): boolean => {
    if (element.tagName === tag) return true;
    problems.push(`${where}: <${element.tagName}> where <${tag}> belongs`);
    return false;
  };
  switch (block.type) {
    case 'paragraph':
      if (is('P')) expectText(problems, where, element, text(block.content));
      break;
    case 'subhead':
      if (is(`H${block.level}`)) expectText(problems, where, element, text(block.content));
      break;
    case 'figure': {
      if (!is('FIGURE')) break;
      const img = element.querySelector('img');
      if (!hasImageFile(block.image)) {
        // A photo without its file (export checks refuse it) has no <img>.
        if (img) problems.push(`${where}: an img without a file`);
      } else {
        if (img?.getAttribute('alt') !== block.image.alt) problems.push(`${where}: alt`);
        if (img?.getAttribute('width') !== String(block.image.width)) problems.push(`${where}: w`);
      }
      const caption = element.querySelector('.caption');
      if (caption || block.caption.length > 0) {
        expectText(problems, `${where} caption`, caption, text(block.caption));
      }
      const credit = element.querySelector('.credit');
      if (credit || block.credit !== '') {
        expectText(problems, `${where} credit`, credit, block.credit);
      }
      break;
    }
    case 'pullquote':
      if (!is('FIGURE')) break;
      expectText(problems, where, element.querySelector('blockquote'), text(block.content));
      if (block.attribution !== '') {
        expectText(problems, `${where} by`, element.querySelector('figcaption'), block.attribution);
      }
      break;
    case 'list':
      compareList(problems, element, block, where);
      break;
    case 'rule':
      is('HR');
      break;
    case 'credit':
      if (is('P')) expectText(problems, where, element, block.text);
      break;
  }
}

/**
 * Where the parsed `<article>` does not say what the story says: header
 * fields, then one element per body block, text compared character for character.
 */
export function textDifferences(article: Element | null, story: Story): string[] {
  const problems: Problems = [];
  if (article?.tagName !== 'ARTICLE') return ['no <article>'];
  if (article.getAttribute('lang') !== story.language) problems.push('lang');
  const [header, ...blocks] = [...article.children];
  expectText(problems, 'headline', header?.querySelector('h1') ?? null, story.headline);
  if (story.standfirst.length > 0) {
    const standfirst = header?.querySelector('.standfirst') ?? null;
    expectText(problems, 'standfirst', standfirst, inlineText(story.standfirst));
  }
  const bylines = [...(header?.querySelectorAll('.byline') ?? [])].map((p) => readText(p));
  if (JSON.stringify(bylines) !== JSON.stringify(story.bylines)) problems.push('bylines');
  if (story.dateline) {
    const { place, date } = story.dateline;
    const dateline = header?.querySelector('.dateline') ?? null;
    expectText(problems, 'dateline', dateline, date ? `${place} ${date}` : place);
  }
  if (blocks.length !== story.body.length) problems.push(`${blocks.length} body elements`);
  story.body.forEach((block, i) => compareBlock(problems, blocks[i], block, i));
  return problems;
}
