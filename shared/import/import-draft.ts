/**
 * What a reader of outside copy (pasted HTML, an HTML/Markdown/Word file, a
 * plain-text file) hands on: the copy's blocks as the source marked them,
 * before anything decides which is the headline or the credit block.
 *
 *   reader (text-to-draft, html-to-draft)  →  DraftBlock[]
 *     → paste: draftToBody()    → ImportBlock[] inserted at the caret
 *     → import: detectArticle() → ImportedArticle (story parts + findings)
 */
import type {
  CreditBlock,
  Dateline,
  FigureBlock,
  Inline,
  ListBlock,
  ParagraphBlock,
  RuleBlock,
  PullQuoteBlock,
  SubheadBlock,
} from '../story/story';

/** A heading as the source had it (h1–h6, Markdown #…######, Word's Heading n). */
export interface DraftHeading {
  readonly type: 'heading';
  readonly level: 1 | 2 | 3 | 4 | 5 | 6;
  readonly content: Inline;
}

/** A blockquote; attribution is what a trailing "— Name" / <cite> / <figcaption> gave. */
export interface DraftQuote {
  readonly type: 'quote';
  readonly content: Inline;
  readonly attribution: string;
}

/**
 * An image with whatever caption and credit came with it. `url` is the
 * source's address for it as found: http:, https:, data:image, or a relative
 * path (a file beside an imported page; a paste cannot use it); '' when the
 * copy only named a photo, like a scraped "AFP photo | caption" line.
 */
export interface DraftFigure {
  readonly type: 'figure';
  readonly url: string;
  readonly alt: string;
  readonly caption: Inline;
  readonly credit: string;
  readonly width?: number;
  readonly height?: number;
}

export type DraftBlock =
  ParagraphBlock | DraftHeading | DraftQuote | DraftFigure | ListBlock | RuleBlock | CreditBlock;

/** What a reader found: the blocks, and the page title when the source had one (<title>). */
export interface DraftDocument {
  readonly title: string;
  readonly blocks: readonly DraftBlock[];
}

/**
 * A story body block on its way in. A figure may still need its image
 * fetched or decoded (`fetch`): main stores it in the story's assets and the
 * figure gets its `image.src`; when that fails the figure stays without a
 * file (a placeholder that keeps caption, credit and alt and asks for it).
 */
export type ImportFigure = FigureBlock & { readonly fetch?: { readonly url: string } };

export type ImportBlock =
  | ParagraphBlock
  | SubheadBlock
  | ImportFigure
  | PullQuoteBlock
  | ListBlock
  | RuleBlock
  | CreditBlock;

/** What the detection decided a draft block (or part of one) is. */
export type FindingRole =
  | 'headline'
  | 'standfirst'
  | 'byline'
  | 'dateline'
  | 'figure'
  | 'subhead'
  | 'pullquote'
  | 'credit'
  | 'dropped';

/**
 * One decision, shown in the import review: which draft block (`index` into
 * DraftDocument.blocks), what it became, by which named rule, and its text.
 */
export interface ImportFinding {
  readonly index: number;
  readonly role: FindingRole;
  readonly rule: string;
  readonly text: string;
}

/** The header and body of the story an import makes, plus every decision taken. */
export interface ImportedArticle {
  readonly headline: string;
  readonly standfirst: Inline;
  readonly bylines: readonly string[];
  readonly dateline?: Dateline;
  readonly body: readonly ImportBlock[];
  readonly findings: readonly ImportFinding[];
}

export interface DetectOptions {
  /**
   * Draft block indices the user asked to keep as they are (a line wrongly
   * dropped as chrome, a paragraph wrongly taken for a subhead): detection
   * leaves them as body paragraphs.
   */
  readonly keep?: ReadonlySet<number>;
}
