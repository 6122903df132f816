/**
 * Presentation the copy carried in `style` and `class` that the story keeps:
 * bold, italic, underline, strikethrough, super/subscript, and what Word and
 * Google Docs say only there (a list paragraph, a footnote, a comment, a
 * hidden span). Read before DOMPurify drops those attributes, written as
 * tokens in our `data-nd` marker. Pure: it sees an element only through a
 * function that reads one attribute.
 */

/** What one element's marker says. */
export type MarkerToken =
  | 'bold'
  | 'unbold'
  | 'italic'
  | 'unitalic'
  | 'underline'
  | 'strike'
  | 'sup'
  | 'sub'
  /** Not copy: hidden, a comment, page chrome. Dropped with its text. */
  | 'drop'
  /** Word's "1." / "·" before a list paragraph (mso-list:Ignore): read for the list kind, then dropped. */
  | 'listmarker'
  /** A footnote or endnote number (Word: <a href="#_ftn1">[1]</a>). */
  | 'noteref'
  /** Word's footnote or endnote list at the end of the copy. */
  | 'notes'
  /** A photo credit element (class "credit", "copyright"…), read inside figcaption. */
  | 'credit'
  /** Word's Title style: the copy's heading. */
  | 'title'
  /** Word's Quote / Intense Quote styles. */
  | 'quote';

export interface Markers {
  readonly tokens: readonly MarkerToken[];
  /** Word's list paragraph: "<list id> <level>", from mso-list:l0 level2 lfo1. */
  readonly list?: string;
  /** A lazy-loaded image's real address (data-src…) to put in src, which DOMPurify then checks. */
  readonly src?: string;
}

/** Reads one attribute of the element being marked (null when absent). */
export type AttributeReader = (name: string) => string | null;

/** CSS declarations as property → value, lower-cased; good enough for inline styles. */
export function parseStyle(style: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    const property = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration
      .slice(colon + 1)
      .trim()
      .toLowerCase();
    if (property) out.set(property, value.replace(/\s*!important$/, ''));
  }
  return out;
}

function weightTokens(value: string | undefined): MarkerToken[] {
  if (value === undefined) return [];
  if (/^(?:bold|bolder|[6-9]00)$/.test(value)) return ['bold'];
  // Google Docs wraps a whole copy in <b style="font-weight:normal">: not bold.
  if (/^(?:normal|lighter|[1-5]00)$/.test(value)) return ['unbold'];
  return [];
}

function styleTokens(style: Map<string, string>): MarkerToken[] {
  const tokens = weightTokens(style.get('font-weight'));
  const fontStyle = style.get('font-style');
  if (fontStyle === 'italic' || fontStyle?.startsWith('oblique')) tokens.push('italic');
  if (fontStyle === 'normal') tokens.push('unitalic');
  const decoration = `${style.get('text-decoration') ?? ''} ${style.get('text-decoration-line') ?? ''}`;
  if (decoration.includes('underline')) tokens.push('underline');
  if (decoration.includes('line-through')) tokens.push('strike');
  const align = style.get('vertical-align');
  if (align === 'super') tokens.push('sup');
  if (align === 'sub') tokens.push('sub');
  if (
    style.get('display') === 'none' ||
    style.get('visibility') === 'hidden' ||
    style.get('mso-hide') === 'all'
  ) {
    tokens.push('drop');
  }
  return tokens;
}

/** Word's own style properties: list paragraphs, notes, comments. */
function wordTokens(style: Map<string, string>): { tokens: MarkerToken[]; list?: string } {
  const tokens: MarkerToken[] = [];
  const element = style.get('mso-element');
  if (element === 'footnote-list' || element === 'endnote-list') tokens.push('notes');
  if (element === 'comment-list' || element === 'comment') tokens.push('drop');
  if (style.get('mso-special-character') === 'comment') tokens.push('drop');
  if (style.has('mso-comment-reference')) tokens.push('drop');
  if (style.has('mso-footnote-id') || style.has('mso-endnote-id')) tokens.push('noteref');
  const msoList = style.get('mso-list');
  if (msoList === 'ignore') return { tokens: [...tokens, 'listmarker'] };
  const list = msoList && /\bl(\d+)\s+level(\d+)(?:\s+lfo(\d+))?/.exec(msoList);
  if (list) return { tokens, list: `${list[3] ?? list[1]} ${list[2]}` };
  return { tokens };
}

const WORD_CLASSES: Record<string, MarkerToken> = {
  msotitle: 'title',
  msoquote: 'quote',
  msointensequote: 'quote',
  msocommentreference: 'drop',
  msocommenttext: 'drop',
  msocomanchor: 'drop',
  msocomoff: 'drop',
  msocomtxt: 'drop',
};

/** Page chrome named in a class or id part ("article__share-tools", "cookie-banner"). */
const CHROME_PARTS = new Set(
  (
    'share|sharing|sharebar|cookie|cookies|consent|newsletter|promo|advert|advertisement|' +
    'ad|ads|paywall|subscribe|breadcrumb|breadcrumbs|related|recommended|outbrain|taboola'
  ).split('|'),
);
/** Whole class names that hide text on screen (screen-reader labels such as "Image source,"). */
const HIDDEN_CLASSES = new Set([
  'hidden',
  'sr-only',
  'visually-hidden',
  'visuallyhidden',
  'screen-reader-text',
  'u-hidden',
]);
const CREDIT_PARTS = new Set(['credit', 'credits', 'copyright', 'photographer']);
/** Landmarks and widgets that are never the story. */
const CHROME_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'search',
  'dialog',
  'alertdialog',
  'complementary',
  'menu',
  'menubar',
  'toolbar',
]);
/** The story's own containers are never dropped for a class name ("section-social", "tag-related"). */
const STORY_CONTAINERS = new Set(['article', 'main', 'body', 'section']);

function nameTokens(tag: string, names: string): MarkerToken[] {
  const tokens: MarkerToken[] = [];
  for (const name of names.toLowerCase().split(/\s+/)) {
    if (name === '') continue;
    const word = WORD_CLASSES[name];
    if (word) tokens.push(word);
    const parts = name.split(/[-_]+/);
    if (
      HIDDEN_CLASSES.has(name) ||
      (!STORY_CONTAINERS.has(tag) && parts.some((part) => CHROME_PARTS.has(part)))
    ) {
      tokens.push('drop');
    }
    if (parts.some((part) => CREDIT_PARTS.has(part))) tokens.push('credit');
  }
  return tokens;
}

function hrefTokens(href: string | null): MarkerToken[] {
  if (!href) return [];
  if (/^#_(?:ftn|edn)(?:ref)?\d+$/i.test(href)) return ['noteref'];
  if (/^#_mso(?:com|anchor)_\d+$/i.test(href)) return ['drop'];
  return [];
}

/** A lazy-loaded image's real address when src is missing or a placeholder. */
function lazySource(read: AttributeReader): string | undefined {
  const src = (read('src') ?? '').trim();
  if (src !== '' && !/^data:image\/(?:gif|svg)/i.test(src)) return undefined;
  for (const name of ['data-src', 'data-lazy-src', 'data-original']) {
    const value = read(name)?.trim();
    if (value) return value;
  }
  return undefined;
}

/** The markers for one element, from its tag and attributes. */
export function markersOf(tag: string, read: AttributeReader): Markers {
  const style = parseStyle(read('style') ?? '');
  const word = wordTokens(style);
  const tokens = [
    ...styleTokens(style),
    ...word.tokens,
    ...nameTokens(tag, `${read('class') ?? ''} ${read('id') ?? ''}`),
    ...(tag === 'a' ? hrefTokens(read('href')) : []),
  ];
  const role = read('role')?.trim().toLowerCase();
  if (
    (role && CHROME_ROLES.has(role)) ||
    read('aria-hidden') === 'true' ||
    read('hidden') !== null
  ) {
    if (!STORY_CONTAINERS.has(tag)) tokens.push('drop');
  }
  const src = tag === 'img' ? lazySource(read) : undefined;
  return {
    tokens: [...new Set(tokens)],
    ...(word.list !== undefined ? { list: word.list } : {}),
    ...(src !== undefined ? { src } : {}),
  };
}
