/**
 * What pasted and imported HTML may keep when DOMPurify cleans it. The rule
 * is an allowlist of what html-to-draft maps to the story model, and nothing
 * else: an element we do not map either goes with its text kept (an unknown
 * `<font>`, `<o:p>`, `<st1:place>`) or, in FORBID_CONTENTS, goes with its text
 * too (a script's source, a menu's links). Presentation survives only as our
 * own `data-nd` markers, which html-markers.ts writes from `style` and
 * `class` before DOMPurify drops them.
 */

/** Our markers: `data-nd` holds space-separated tokens, `data-nd-list` a Word list "id level". */
export const MARKER_ATTR = 'data-nd';
export const LIST_ATTR = 'data-nd-list';

/** Every attribute name html-markers.ts writes; any that arrive with the copy are removed first. */
export const MARKER_ATTRS: readonly string[] = [MARKER_ATTR, LIST_ATTR];

export const ALLOWED_TAGS: readonly string[] = [
  // DOMPurify's root: when <body> is not allowed it removes the root and,
  // keeping its content, clones the whole document, after which jsdom takes
  // quadratic time (1.2 MB of Word HTML: 15 s instead of 1 s). Never in the output.
  'body',
  // Paragraphs and headings.
  'p',
  'br',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  // Marks (html-inline.ts says which mark each gives).
  'b',
  'strong',
  'i',
  'em',
  'u',
  'ins',
  's',
  'strike',
  'del',
  'sup',
  'sub',
  'code',
  'kbd',
  'samp',
  // Links: href is checked again against isSafeHref when mapped.
  'a',
  // Lists, quotes, rules, photos.
  'ul',
  'ol',
  'li',
  'blockquote',
  'figure',
  'figcaption',
  'img',
  'hr',
  // Containers: kept so that block boundaries survive (text in two divs is two
  // paragraphs, not one run-on line), and the few whose meaning we read:
  // <cite>/<small> as a credit or attribution, <article>/<main> as the story,
  // <footer> as a quote's attribution (and dropped anywhere else).
  'span',
  'div',
  'cite',
  'small',
  'article',
  'main',
  'section',
  'header',
  'footer',
  'hgroup',
  'address',
  'center',
  'details',
  'summary',
  'dl',
  'dt',
  'dd',
  'pre',
  // Tables become paragraphs (a row a paragraph, cells tab-separated) or, when
  // they only lay a page out, their cells' blocks: html-tables.ts.
  'table',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  // <title> is not here: DOMPurify only sanitizes <body>; the title is read
  // from the raw HTML (html-title.ts).
];

/**
 * Attributes we read; `style`, `class`, `id`, event handlers, `srcset` and
 * the rest are gone after the markers are written.
 */
export const ALLOWED_ATTR: readonly string[] = [
  'href',
  'src',
  'alt',
  'width',
  'height',
  ...MARKER_ATTRS,
];

/**
 * Removed together with their text, so none of it leaks into a story:
 * code and styles, page chrome (menus, asides, forms and their buttons, the
 * embedded frames and media) and foreign content (SVG, MathML), whose text is
 * labels and formulas rather than copy. <head> and <title> are the
 * defaults' and stay here because FORBID_CONTENTS replaces the default list.
 */
export const FORBID_CONTENTS: readonly string[] = [
  'script',
  'style',
  'link',
  'meta',
  'noscript',
  'template',
  'head',
  'title',
  'nav',
  'aside',
  'menu',
  'dialog',
  'form',
  'button',
  'select',
  'option',
  'optgroup',
  'datalist',
  'textarea',
  'input',
  'label',
  'fieldset',
  'legend',
  'output',
  'progress',
  'meter',
  'svg',
  'math',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'audio',
  'video',
  'source',
  'track',
  'canvas',
  'map',
  'colgroup',
  'noembed',
  'noframes',
  'plaintext',
  'xmp',
  'annotation-xml',
  'foreignobject',
];

/**
 * URLs DOMPurify lets through in href/src: http(s), mailto, and images as
 * data: (png, jpeg, gif, webp — never data:text/html or SVG, which can carry
 * script). The last two branches are DOMPurify's own for relative URLs and
 * text without a scheme. The mapper checks again: a link must pass
 * isSafeHref, a photo's address figureUrl().
 */
export const ALLOWED_URI_REGEXP =
  /^(?:(?:https?|mailto):|data:image\/(?:png|jpe?g|gif|webp)[;,]|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;

/** The DOMPurify configuration for one call, with fresh arrays (DOMPurify's types want them mutable). */
export function sanitizeConfig() {
  return {
    ALLOWED_TAGS: [...ALLOWED_TAGS],
    ALLOWED_ATTR: [...ALLOWED_ATTR],
    FORBID_CONTENTS: [...FORBID_CONTENTS],
    ALLOWED_URI_REGEXP,
    // Only our markers among data-*; no aria-* (what we need of it, aria-hidden, becomes a marker).
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    ALLOW_UNKNOWN_PROTOCOLS: false,
    // Unknown elements go, their text stays (Word's <o:p>, <st1:*>, <font>).
    KEEP_CONTENT: true,
    // A tree to walk, never a string to parse again (no mXSS round trip).
    RETURN_DOM_FRAGMENT: true as const,
  };
}
