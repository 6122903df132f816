/**
 * From a draft (blocks as the source marked them) to the parts of a story:
 * headline, standfirst, bylines, dateline and a body of story blocks.
 *
 * Detection is a fixed sequence of passes over the blocks; each rule is
 * named, lives in an article-rules-*.ts file with the reason for it, and
 * records every decision as an ImportFinding the review shows (with "Keep
 * this line" for a line dropped or reshaped by mistake). A block is decided
 * once; blocks the user asked to keep (`options.keep`) are never touched
 * and stay body paragraphs. Every pass is one walk over the blocks, and
 * rules read at most a few hundred characters of a line, so detection is
 * linear in the size of the copy.
 *
 *   1. empty blocks dropped            4. header: headline, standfirst, bylines
 *   2. site chrome dropped             5. dateline cut from the first paragraph
 *   3. date lines; figures, captions   6. closing credits, pull quotes, subheads
 */
import type {
  DetectOptions,
  DraftBlock,
  DraftDocument,
  ImportBlock,
  ImportedArticle,
} from './import-draft';
import { decide, startWork, type ArticleWork } from './article-work';
import { dropChrome } from './article-rules-chrome';
import { takeFigures } from './article-rules-figure';
import { takeDateLines, takeHeader } from './article-rules-header';
import { takeDateline } from './article-rules-dateline';
import { takeClosingCredits, takePullQuotes, takeSubheads } from './article-rules-body';
import type { Inline } from '../story/story';

/** `empty-block`: paragraphs, headings and quotes with no text, and empty lists, go. */
function dropEmpty(work: ArticleWork): void {
  work.blocks.forEach((block, index) => {
    const empty =
      block.type === 'list'
        ? block.items.length === 0
        : block.type !== 'rule' && block.type !== 'figure' && work.texts[index] === '';
    if (empty && work.roles[index] === undefined) decide(work, index, 'dropped', 'empty-block');
  });
}

/** A kept block as a body paragraph with its text as it was (figures, lists, rules stay as they are). */
function keptBlock(block: DraftBlock): ImportBlock | null {
  const content: Inline | null =
    block.type === 'paragraph' || block.type === 'heading' || block.type === 'quote'
      ? block.content
      : block.type === 'credit'
        ? [{ text: block.text }]
        : null;
  if (content) return { type: 'paragraph', content };
  return block.type === 'figure' ? null : defaultBlock(block);
}

/** What an undecided block is in the body: the source's own structure. */
function defaultBlock(block: DraftBlock): ImportBlock | null {
  switch (block.type) {
    case 'paragraph':
    case 'list':
    case 'rule':
    case 'credit':
      return block;
    case 'heading':
      return { type: 'subhead', level: block.level <= 2 ? 2 : 3, content: block.content };
    case 'quote':
      return { type: 'pullquote', content: block.content, attribution: block.attribution };
    case 'figure':
      return null; // figures are always decided by takeFigures
  }
}

/** Turns blockquotes into pull quotes, recording each (the source marked them). */
function takeBlockquotes(work: ArticleWork): void {
  work.blocks.forEach((block, index) => {
    if (block.type === 'quote' && work.roles[index] === undefined) {
      decide(work, index, 'pullquote', 'pullquote-blockquote');
    }
  });
}

function bodyOf(work: ArticleWork): ImportBlock[] {
  const body: ImportBlock[] = [];
  work.blocks.forEach((block, index) => {
    const role = work.roles[index];
    if (role === 'dropped' || role === 'headline' || role === 'standfirst' || role === 'byline') {
      return;
    }
    const replaced = work.replaced.get(index);
    const out =
      replaced !== undefined
        ? replaced
        : work.keep.has(index)
          ? keptBlock(block)
          : defaultBlock(block);
    if (out) body.push(out);
  });
  return body;
}

/** Finds the story's parts in a draft, recording every decision as a finding. */
export function detectArticle(doc: DraftDocument, options: DetectOptions = {}): ImportedArticle {
  const work = startWork(doc.blocks, options.keep ?? new Set());
  dropEmpty(work);
  dropChrome(work);
  takeDateLines(work);
  takeFigures(work);
  const firstBody = takeHeader(work, doc.title);
  const dateline = firstBody >= 0 ? takeDateline(work, firstBody) : undefined;
  takeClosingCredits(work);
  takeBlockquotes(work);
  takePullQuotes(work);
  takeSubheads(work);
  return {
    headline: work.headline,
    standfirst: work.standfirst,
    bylines: work.bylines,
    ...(dateline ? { dateline } : {}),
    body: bodyOf(work),
    findings: [...work.findings].sort((a, b) => a.index - b.index),
  };
}
