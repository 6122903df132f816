/**
 * The canonical story model. Everything else (editor, files on disk, exports)
 * converts to or from these types; docs/story-format.md describes the format
 * and docs/story.schema.json is its published JSON Schema.
 */

/** The story file format version; bump it with a step in story-migrate.ts. */
export const STORY_SCHEMA_VERSION = 3;

/** Inline formatting a run of text can carry, in canonical order. */
export const MARKS = [
  'bold',
  'italic',
  'underline',
  'strikethrough',
  'superscript',
  'subscript',
  'code',
] as const;
export type Mark = (typeof MARKS)[number];

/**
 * A run of text sharing one set of marks and at most one link. `marks` and
 * `href` are omitted when empty. A link is the runs in a row with the same href.
 */
export interface TextRun {
  readonly text: string;
  readonly marks?: readonly Mark[];
  /** http:, https: or mailto: only; anything else is refused by the schema. */
  readonly href?: string;
}

/** Inline text: runs in order. A line break is a '\n' inside a run. */
export type Inline = readonly TextRun[];

/** A body paragraph. */
export interface ParagraphBlock {
  readonly type: 'paragraph';
  readonly content: Inline;
}

/** A crosshead inside the body (h2, or h3 under it). */
export interface SubheadBlock {
  readonly type: 'subhead';
  readonly level: 2 | 3;
  readonly content: Inline;
}

/** An image stored in the story's assets folder. */
export interface StoredFigureImage {
  /** `assets/<sha256 of the bytes>.<ext>`, relative to the story folder. */
  readonly src: string;
  /** Text for readers who cannot see the image. */
  readonly alt: string;
  readonly width: number;
  readonly height: number;
}

/**
 * A photo whose file is not in the story yet — imported or pasted copy named
 * an image that could not be fetched offline. It keeps its alt text; the
 * editor asks for the file and export refuses it until there is one.
 */
export interface MissingFigureImage {
  readonly alt: string;
  readonly src?: undefined;
  readonly width?: undefined;
  readonly height?: undefined;
}

export type FigureImage = StoredFigureImage | MissingFigureImage;

/** True when the figure's image file is in the story's assets. */
export function hasImageFile(image: FigureImage): image is StoredFigureImage {
  return image.src !== undefined;
}

/** A photo with its caption and credit. */
export interface FigureBlock {
  readonly type: 'figure';
  readonly image: FigureImage;
  readonly caption: Inline;
  /** Plain text, e.g. "AFP photo". */
  readonly credit: string;
}

/** A quote pulled out of the copy, with who said it (plain text, may be empty). */
export interface PullQuoteBlock {
  readonly type: 'pullquote';
  readonly content: Inline;
  readonly attribution: string;
}

/** One entry of a list, optionally with a list nested under it. */
export interface ListItem {
  readonly content: Inline;
  readonly sublist?: List;
}

export interface List {
  readonly ordered: boolean;
  readonly items: readonly ListItem[];
}

export interface ListBlock extends List {
  readonly type: 'list';
}

/** A horizontal rule between sections. */
export interface RuleBlock {
  readonly type: 'rule';
}

/** The closing source line, e.g. "(FRANCE 24 with AP and REUTERS)". Plain text. */
export interface CreditBlock {
  readonly type: 'credit';
  readonly text: string;
}

export type Block =
  | ParagraphBlock
  | SubheadBlock
  | FigureBlock
  | PullQuoteBlock
  | ListBlock
  | RuleBlock
  | CreditBlock;

export type BlockType = Block['type'];

/** Where and when the story was filed. */
export interface Dateline {
  readonly place: string;
  /** A calendar date, YYYY-MM-DD. */
  readonly date?: string;
}

export const STORY_STATUSES = ['draft', 'subbing', 'ready'] as const;
export type StoryStatus = (typeof STORY_STATUSES)[number];

export interface Story {
  readonly schemaVersion: typeof STORY_SCHEMA_VERSION;
  /** A UUID; also the name of the story's folder in the library. */
  readonly id: string;

  // Header, in reading order.
  /** Plain text, one line: a headline carries no formatting. */
  readonly headline: string;
  /** The summary under the headline (dek); empty when there is none. */
  readonly standfirst: Inline;
  /** One line each, e.g. "By Jane Doe"; empty when unsigned. */
  readonly bylines: readonly string[];
  readonly dateline?: Dateline;

  readonly body: readonly Block[];

  // Metadata.
  /** URL-friendly name: lower-case letters, digits and single hyphens; may be empty. */
  readonly slug: string;
  readonly status: StoryStatus;
  readonly desk: string;
  readonly tags: readonly string[];
  /** BCP 47 language tag of the copy, e.g. "en" or "ar". */
  readonly language: string;
  /** Not to be published before this instant (UTC). */
  readonly embargo?: string;
  /** The length the desk asked for, in body words. */
  readonly targetWords?: number;
  readonly authors: readonly string[];
  /** ISO 8601 instants with a zone (UTC, `Z`). */
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** The story's metadata: everything outside the headline, header fields and body. */
export type StoryMeta = Omit<
  Story,
  'headline' | 'standfirst' | 'bylines' | 'dateline' | 'body' | 'schemaVersion' | 'id'
>;

/** What the library list shows for a story without loading it whole. */
export interface StorySummary {
  readonly id: string;
  readonly headline: string;
  readonly status: StoryStatus;
  readonly desk: string;
  readonly updatedAt: string;
  readonly words: number;
}
