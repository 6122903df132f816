/**
 * Plain text (a paste without HTML, a .txt file) read into draft blocks.
 *
 * Plain text carries its structure in line breaks, and copy arrives in three
 * shapes that use them differently:
 *
 *  - paragraphs separated by blank lines (most e-mail and wire copy), where a
 *    paragraph may be hard-wrapped at ~70 columns;
 *  - one paragraph per line with no blank lines at all (text scraped from a
 *    web page, copied from a PDF viewer or a chat);
 *  - short lines that belong together: an address, a verse, a sign-off.
 *
 * The rules, in order, for each chunk of lines between blank lines:
 *
 *  1. `rule`: a line of only *, -, _ or = (three or more) is a horizontal rule.
 *  2. `list`: every line starts with a bullet (-, *, •, –) or a number ("1." /
 *     "1)") → a list, ordered when numbered.
 *  3. `hard-wrap`: lines of similar length (each but the last at least 55% of
 *     the longest, the longest ≥ 40 characters) that mostly do not end a
 *     sentence → one paragraph, lines joined with a space ("well-\nknown"
 *     joins as "well-known").
 *  4. `line-breaks`: a few short lines (≤ 8 lines of ≤ 50 characters) in a
 *     text that has blank lines → one paragraph keeping its '\n' breaks.
 *  5. otherwise every line is a paragraph of its own.
 *
 * When the text has no blank line at all, rule 3 applies to the whole text
 * but a paragraph also ends at a clearly short line that ends a sentence
 * (the last line of a wrapped paragraph); rule 4 does not apply, so
 * line-per-paragraph copy stays one paragraph per line.
 *
 * Before that the text is cleaned: \r\n and \r become \n, tabs and runs of
 * spaces or no-break spaces become one space, control characters and a
 * byte-order mark are removed, lines are trimmed. Everything is one pass
 * over the lines: linear in the length of the text.
 */
import type { DraftBlock, DraftDocument } from './import-draft';
import type { ListBlock } from '../story/story';

const BULLET = /^(?:[-*•–]\s+|\d{1,3}[.)]\s+)/;
const NUMBERED = /^\d{1,3}[.)]\s+/;
const RULE_LINE = /^(?:[*_=-]\s*){3,}$/;
const SENTENCE_END = /[.!?…:;]["”’»)\]]*$/;

/** The text cleaned as the module comment says, as trimmed lines ('' for a blank line). */
function cleanLines(text: string): string[] {
  const normal = text
    .replace(/\r\n?|\u2028/g, '\n')
    .replace(/\u2029/g, '\n\n')
    .replace(/\t/g, ' ')
    // eslint-disable-next-line no-control-regex -- control characters are what is removed here
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\ufeff]/g, '')
    .replace(/[ \u00a0\u2007\u202f]{2,}|[\u00a0\u2007\u202f]/g, ' ');
  return normal.split('\n').map((line) => line.trim());
}

/** Groups lines into chunks separated by blank lines. */
function chunksOf(lines: readonly string[]): string[][] {
  const chunks: string[][] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line === '') {
      if (current.length) chunks.push(current);
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length) chunks.push(current);
  return chunks;
}

function paragraph(text: string): DraftBlock {
  return { type: 'paragraph', content: [{ text }] };
}

/** Joins wrapped lines into one text; a line ending in "letter-" joins without a space. */
function joinWrapped(lines: readonly string[]): string {
  let text = '';
  for (const line of lines) {
    if (text === '') text = line;
    else if (/\p{L}-$/u.test(text)) text += line;
    else text += ' ' + line;
  }
  return text;
}

function longestOf(lines: readonly string[]): number {
  let longest = 0;
  for (const line of lines) longest = Math.max(longest, line.length);
  return longest;
}

/** Rule 3: do these lines look like one paragraph wrapped at a fixed width? */
function isHardWrapped(lines: readonly string[]): boolean {
  const longest = longestOf(lines);
  if (lines.length < 2 || longest < 40) return false;
  const nonLast = lines.slice(0, -1);
  if (!nonLast.every((line) => line.length >= longest * 0.55)) return false;
  const ending = nonLast.filter((line) => SENTENCE_END.test(line)).length;
  return ending * 2 <= nonLast.length;
}

/**
 * Rule 3 for a text without blank lines: most lines are near the wrap width
 * (the short ones end paragraphs), and most of those long lines do not end
 * a sentence — one-paragraph-per-line copy ends nearly every line with one.
 */
function isWrappedText(lines: readonly string[]): boolean {
  const longest = longestOf(lines);
  if (lines.length < 2 || longest < 40 || longest > 200) return false;
  const long = lines.filter((line) => line.length >= longest * 0.55);
  const ending = long.filter((line) => SENTENCE_END.test(line)).length;
  return long.length * 5 >= lines.length * 3 && ending * 2 <= long.length;
}

/** Rule 2: a chunk whose every line starts with a bullet or a number. */
function asList(lines: readonly string[]): ListBlock | null {
  if (!lines.every((line) => BULLET.test(line))) return null;
  const ordered = lines.every((line) => NUMBERED.test(line));
  const items = lines
    .map((line) => line.replace(BULLET, '').trim())
    .filter((text) => text !== '')
    .map((text) => ({ content: [{ text }] }));
  return items.length ? { type: 'list', ordered, items } : null;
}

/** The paragraphs of a text without blank lines: wrapped runs joined, one paragraph per line otherwise. */
function readWithoutBlankLines(lines: readonly string[]): DraftBlock[] {
  if (!isWrappedText(lines)) return lines.map(paragraph);
  const longest = longestOf(lines);
  const blocks: DraftBlock[] = [];
  let current: string[] = [];
  for (const line of lines) {
    current.push(line);
    // The short last line of a wrapped paragraph ends it.
    if (line.length < longest * 0.75 && SENTENCE_END.test(line)) {
      blocks.push(paragraph(joinWrapped(current)));
      current = [];
    }
  }
  if (current.length) blocks.push(paragraph(joinWrapped(current)));
  return blocks;
}

/** The blocks of one chunk between blank lines (rules 1–5). */
function readChunk(lines: readonly string[]): DraftBlock[] {
  if (lines.length === 1 && RULE_LINE.test(lines[0]!)) return [{ type: 'rule' }];
  const list = asList(lines);
  if (list) return [list];
  if (lines.length === 1) return [paragraph(lines[0]!)];
  if (isHardWrapped(lines)) return [paragraph(joinWrapped(lines))];
  if (lines.length <= 8 && lines.every((line) => line.length <= 50)) {
    return [paragraph(lines.join('\n'))];
  }
  return lines.map(paragraph);
}

/** Reads plain text into draft blocks (paragraphs, lists, rules); the title is always ''. */
export function textToDraft(text: string): DraftDocument {
  const chunks = chunksOf(cleanLines(text));
  const only = chunks.length === 1 ? chunks[0]! : null;
  if (only && only.length > 1 && !asList(only)) {
    return { title: '', blocks: readWithoutBlankLines(only) };
  }
  return { title: '', blocks: chunks.flatMap(readChunk) };
}
