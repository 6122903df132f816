/**
 * The shape of the Lexical editor's serialized state, as far as the
 * conversions read and write it. Declared here rather than imported from
 * `lexical` so that shared/ stays free of DOM types; the round-trip tests run
 * these shapes through the real Lexical with Newsdesk's nodes to keep them honest.
 */

/** A node of the serialized editor; fields the conversions ignore are left out. */
export interface EditorNodeJson {
  readonly type: string;
  readonly version?: number;
  readonly children?: readonly EditorNodeJson[];
  /** Text of a text or tab node. */
  readonly text?: string;
  /** Lexical's format bit field on text nodes (see TEXT_FORMAT_BITS); alignment on elements. */
  readonly format?: number | string;
  /** Node-specific properties (subhead level, image src, link url, list type, …). */
  readonly [property: string]: unknown;
}

export interface EditorStateJson {
  readonly root: { readonly type: 'root'; readonly children: readonly EditorNodeJson[] };
}

/** Lexical's text format bits for the marks the story model knows. */
export const TEXT_FORMAT_BITS = {
  bold: 1,
  italic: 2,
  strikethrough: 4,
  underline: 8,
  code: 16,
  subscript: 32,
  superscript: 64,
} as const;

/**
 * The `type` of each Newsdesk node in the editor. The renderer's node classes
 * register exactly these names (tests/renderer checks it).
 */
export const NODE_TYPES = {
  headline: 'headline',
  standfirst: 'standfirst',
  byline: 'byline',
  dateline: 'dateline',
  paragraph: 'paragraph',
  subhead: 'subhead',
  figure: 'figure',
  figureImage: 'figure-image',
  figureCaption: 'figure-caption',
  figureCredit: 'figure-credit',
  pullQuote: 'pullquote',
  pullQuoteText: 'pullquote-text',
  pullQuoteAttribution: 'pullquote-attribution',
  list: 'list',
  listItem: 'listitem',
  rule: 'rule',
  credit: 'credit-block',
  link: 'link',
  text: 'text',
  lineBreak: 'linebreak',
  tab: 'tab',
} as const;

/** The header fields, in the order they must stand above the body. */
export const HEADER_NODE_TYPES: readonly string[] = [
  NODE_TYPES.headline,
  NODE_TYPES.standfirst,
  NODE_TYPES.byline,
  NODE_TYPES.dateline,
];
