/**
 * Structure inside the body of copied text: the closing credit block,
 * pull quotes and subheads. Copy pasted as text has lost its <h2> and
 * <blockquote>; these rules find them again from the shape of the lines,
 * and hold back whenever a line could as well be a sentence of the story.
 */
import type { ImportBlock } from './import-draft';
import { decide, endsSentence, isOpenText, wordCount, type ArticleWork } from './article-work';

/** Words that make a closing line a credit: who reported, edited, compiled. */
const CREDIT_WORDS =
  /\b(?:reporting|reported|editing|edited|writing|written|compiled|contributed|contributing|translated|with agencies)\b/i;

/**
 * `credit-closing`: "(FRANCE 24 with AP and REUTERS)", "(Reporting by …;
 * Editing by …)", "Compiled by …", "Additional reporting by …". Wholly in
 * parentheses with a credit word or in capitals, or beginning with one.
 */
export function isClosingCredit(text: string): boolean {
  if (text.length > 400 || text === '') return false;
  const inner = /^\((.+)\)\.?$/.exec(text)?.[1];
  if (inner !== undefined && !inner.includes('(')) {
    return CREDIT_WORDS.test(inner) || !/\p{Ll}/u.test(inner.replace(/\bwith\b|\band\b/g, ''));
  }
  // AP closes with a sentence: "Associated Press writer Jo Lee contributed to this report."
  if (text.length <= 250 && /\bcontributed to this (?:report|story|article)\.?$/i.test(text))
    return true;
  return /^(?:compiled|reporting|additional reporting|editing|written|translated|with additional reporting)(?: and [a-z]+)? by\s+\p{Lu}/iu.test(
    text,
  );
}

/** Closing credits: credit-shaped lines at the very end of the body, read backwards. */
export function takeClosingCredits(work: ArticleWork): void {
  for (let index = work.blocks.length - 1; index >= 0; index -= 1) {
    const role = work.roles[index];
    if (role === 'dropped') continue;
    const block = work.blocks[index]!;
    if (block.type === 'credit' && role === undefined) {
      decide(work, index, 'credit', 'credit-source');
      continue;
    }
    if (!isOpenText(work, index) || !isClosingCredit(work.texts[index]!)) return;
    decide(work, index, 'credit', 'credit-closing');
    work.replaced.set(index, { type: 'credit', text: work.texts[index]! });
  }
}

const OPEN_QUOTE = '"“„«‘\'';
const CLOSE_QUOTE = '"”»’\'';
/** "— Jane Doe", "- Jane Doe, mayor of Piraeus": a dash and who said it. */
const ATTRIBUTION = /^[—–-]{1,2}\s*(\p{Lu}[^.!?]{0,79})$/u;

/** The quote without its marks when the whole text is one quotation, else null. */
function wholeQuote(text: string): string | null {
  if (text.length < 3 || text.length > 400) return null;
  if (!OPEN_QUOTE.includes(text[0]!) || !CLOSE_QUOTE.includes(text.at(-1)!)) return null;
  const inner = text.slice(1, -1).trim();
  // A second quotation inside ("A," he said, "B") means this is a sentence, not one quote.
  return inner && !/["“”«»]/.test(inner) ? inner : null;
}

/**
 * `pullquote-attributed`: a line wholly in quotation marks followed by a
 * line "— Name" (or "“…” — Name" on one line). A quote alone is left in the
 * body: stories quote people all the time.
 */
export function takePullQuotes(work: ArticleWork): void {
  for (let index = 0; index < work.blocks.length; index += 1) {
    if (!isOpenText(work, index)) continue;
    const text = work.texts[index]!;
    const oneLine = /^(.+?)\s+[—–]\s*(\p{Lu}[^.!?]{0,79})$/u.exec(text);
    const inline = oneLine ? wholeQuote(oneLine[1]!) : null;
    if (inline && oneLine) {
      decide(work, index, 'pullquote', 'pullquote-attributed');
      work.replaced.set(index, pullquote(inline, oneLine[2]!));
      continue;
    }
    const quote = wholeQuote(text);
    const next = index + 1;
    const by = isOpenText(work, next) ? ATTRIBUTION.exec(work.texts[next]!) : null;
    if (!quote || !by) continue;
    decide(work, index, 'pullquote', 'pullquote-attributed');
    decide(work, next, 'pullquote', 'pullquote-attributed');
    work.replaced.set(index, pullquote(quote, by[1]!));
    work.replaced.set(next, null);
  }
}

function pullquote(text: string, attribution: string): ImportBlock {
  return { type: 'pullquote', content: [{ text }], attribution: attribution.trim() };
}

/** Body blocks a subhead may sit between: text, not chrome, not the header. */
function isBodyText(work: ArticleWork, index: number): boolean {
  const role = work.roles[index];
  const type = work.blocks[index]?.type;
  return (role === undefined || role === 'body' || role === 'dateline') && type === 'paragraph';
}

function neighbour(work: ArticleWork, index: number, step: 1 | -1): number {
  for (let i = index + step; i >= 0 && i < work.blocks.length; i += step) {
    if (work.roles[i] !== 'dropped') return i;
  }
  return -1;
}

/**
 * `subhead-short-line`: a short line (≤ 12 words, ≤ 90 characters) with no
 * final punctuation, starting with a capital, not wholly quoted, with the
 * story's text before it and a paragraph or another subhead after it.
 * Story paragraphs end with punctuation; crossheads do not.
 */
function isSubheadLine(work: ArticleWork, index: number): boolean {
  const text = work.texts[index]!;
  const block = work.blocks[index]!;
  if (block.type !== 'paragraph' || text.length > 90 || wordCount(text) > 12) return false;
  if (endsSentence(text) || !/^[\p{Lu}\p{Lo}\d]/u.test(text) || wholeQuote(text) !== null)
    return false;
  if (
    /\n/.test(
      block.content
        .map((run) => run.text)
        .join('')
        .trim(),
    )
  )
    return false;
  const before = neighbour(work, index, -1);
  const after = neighbour(work, index, 1);
  const beforeOk =
    before >= 0 &&
    (isBodyText(work, before) ||
      work.roles[before] === 'subhead' ||
      work.roles[before] === 'pullquote');
  const afterOk = after >= 0 && (isBodyText(work, after) || isSubheadLineShape(work, after));
  return beforeOk && afterOk;
}

/** The line after could itself be a subhead (two crossheads in a row, as in the France 24 copy). */
function isSubheadLineShape(work: ArticleWork, index: number): boolean {
  const text = work.texts[index]!;
  return (
    isOpenText(work, index) &&
    text.length <= 90 &&
    !endsSentence(text) &&
    neighbour(work, index, 1) >= 0
  );
}

/** Subheads: headings from the source, and short lines between paragraphs. */
export function takeSubheads(work: ArticleWork): void {
  for (let index = 0; index < work.blocks.length; index += 1) {
    if (!isOpenText(work, index)) continue;
    const block = work.blocks[index]!;
    if (block.type === 'heading') {
      decide(work, index, 'subhead', `subhead-h${block.level}`);
      work.replaced.set(index, {
        type: 'subhead',
        level: block.level <= 2 ? 2 : 3,
        content: block.content,
      });
    } else if (isSubheadLine(work, index)) {
      decide(work, index, 'subhead', 'subhead-short-line');
      work.replaced.set(index, {
        type: 'subhead',
        level: 2,
        content: [{ text: work.texts[index]! }],
      });
    }
  }
}
