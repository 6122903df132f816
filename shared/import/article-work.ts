/**
 * The working state article detection passes from rule to rule: the draft
 * blocks with their plain text, and what has been decided so far for each.
 * Rules only read texts and record decisions here; detect-article.ts builds
 * the article from the decisions at the end. Each block is decided once: a
 * rule never looks at a block another rule (or the user's "keep") settled.
 */
import type { DraftBlock, FindingRole, ImportBlock, ImportFinding } from './import-draft';
import type { Inline, TextRun } from '../story/story';
import { inlineText } from '../story/story-runs';

/** Detection state shared by the rules (see the module comment). */
export interface ArticleWork {
  readonly blocks: readonly DraftBlock[];
  /** Each block's text on one line, white space collapsed ('' for lists, rules). */
  readonly texts: readonly string[];
  readonly keep: ReadonlySet<number>;
  /** The role decided for each block; undefined while undecided. */
  readonly roles: (FindingRole | 'body' | undefined)[];
  /** What a block becomes in the body when a rule changed it (null: nothing). */
  readonly replaced: Map<number, ImportBlock | null>;
  readonly findings: ImportFinding[];
  headline: string;
  standfirst: Inline;
  bylines: string[];
  /** Dates seen in "Published …" lines or a date line: they give a dateline its year. */
  pageDates: { year: number; month: number; day: number }[];
}

/** The plain text of a draft block, as one line. */
export function blockText(block: DraftBlock): string {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
    case 'quote':
      return inlineText(block.content).replace(/\s+/g, ' ').trim();
    case 'figure':
      return inlineText(block.caption).replace(/\s+/g, ' ').trim();
    case 'credit':
      return block.text.replace(/\s+/g, ' ').trim();
    default:
      return '';
  }
}

/** Fresh detection state for a draft. */
export function startWork(blocks: readonly DraftBlock[], keep: ReadonlySet<number>): ArticleWork {
  return {
    blocks,
    texts: blocks.map(blockText),
    keep,
    roles: blocks.map((_, index) => (keep.has(index) ? 'body' : undefined)),
    replaced: new Map(),
    findings: [],
    headline: '',
    standfirst: [],
    bylines: [],
    pageDates: [],
  };
}

/** True while no rule (and no "keep") has settled this block. */
export function isOpen(work: ArticleWork, index: number): boolean {
  return work.roles[index] === undefined;
}

/** Records a decision: the block's role and a finding for the review. */
export function decide(
  work: ArticleWork,
  index: number,
  role: FindingRole,
  rule: string,
  text = work.texts[index] ?? '',
): void {
  work.roles[index] = role;
  work.findings.push({ index, role, rule, text });
}

/** True for a paragraph (or heading) that is still undecided: the only blocks text rules read. */
export function isOpenText(work: ArticleWork, index: number): boolean {
  const type = work.blocks[index]?.type;
  return isOpen(work, index) && (type === 'paragraph' || type === 'heading');
}

/** Indices of blocks not dropped, in order: what a reader of the page would see. */
export function visible(work: ArticleWork): number[] {
  const out: number[] = [];
  work.roles.forEach((role, index) => {
    if (role !== 'dropped') out.push(index);
  });
  return out;
}

/** Inline text without its first `count` characters (a dateline prefix cut off a paragraph). */
export function dropPrefix(content: Inline, count: number): Inline {
  const out: TextRun[] = [];
  let left = count;
  for (const run of content) {
    if (left >= run.text.length) {
      left -= run.text.length;
      continue;
    }
    out.push({ ...run, text: run.text.slice(left) });
    left = 0;
  }
  const first = out[0];
  if (first) out[0] = { ...first, text: first.text.replace(/^\s+/, '') };
  return out.filter((run) => run.text !== '');
}

/** The text ends a sentence (full stop, ?, !, …, colon), closing quotes aside. */
export function endsSentence(text: string): boolean {
  return /[.!?…:;,]["”’'»)\]]*$/.test(text);
}

/** Number of words (runs of non-space). */
export function wordCount(text: string): number {
  return text === '' ? 0 : text.split(' ').length;
}
