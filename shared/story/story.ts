/**
 * The canonical story model. Everything else (editor, files on disk, exports)
 * converts to or from these types; see ../../docs/story-format.md.
 *
 * This is the foundation slice: a headline and rich paragraphs. The full set
 * of newsroom blocks (figure, subhead, pull quote, …) extends `Block`.
 */

/** The story file format version; bump it with a migration in story-migrate.ts. */
export const STORY_SCHEMA_VERSION = 1;

/** Inline formatting a run of text can carry, in canonical order. */
export const MARKS = ['bold', 'italic', 'underline', 'strikethrough'] as const;
export type Mark = (typeof MARKS)[number];

/** A run of text sharing one set of marks. `marks` is omitted when empty. */
export interface TextRun {
  readonly text: string;
  readonly marks?: readonly Mark[];
}

/** A body paragraph. A line break inside it is a '\n' in a run. */
export interface ParagraphBlock {
  readonly type: 'paragraph';
  readonly content: readonly TextRun[];
}

export type Block = ParagraphBlock;

export interface Story {
  readonly schemaVersion: typeof STORY_SCHEMA_VERSION;
  /** A UUID; also the name of the story's folder in the library. */
  readonly id: string;
  /** Plain text: a headline carries no formatting. */
  readonly headline: string;
  readonly body: readonly Block[];
  /** ISO 8601 instants with a zone (UTC, `Z`). */
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** What the library list shows for a story without loading it whole. */
export interface StorySummary {
  readonly id: string;
  readonly headline: string;
  readonly updatedAt: string;
  readonly words: number;
}
