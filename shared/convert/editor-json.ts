/**
 * The shape of the Lexical editor's serialized state, as far as the
 * conversions read and write it. Declared here rather than imported from
 * `lexical` so that shared/ stays free of DOM types; the round-trip tests run
 * these shapes through the real Lexical to keep them honest.
 */

/** A node of the serialized editor; fields the conversions ignore are left out. */
export interface EditorNodeJson {
  readonly type: string;
  readonly version?: number;
  readonly children?: readonly EditorNodeJson[];
  /** Heading level, e.g. 'h1'. */
  readonly tag?: string;
  /** Text of a text or tab node. */
  readonly text?: string;
  /** Lexical's format bit field on text nodes (see TEXT_FORMAT_BITS); alignment on elements. */
  readonly format?: number | string;
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
} as const;

/** The node type and tag that hold the headline in the editor. */
export const HEADLINE_NODE = { type: 'heading', tag: 'h1' } as const;
