/**
 * The wire dateline at the start of the first body paragraph:
 *
 *   ANKARA, Aug 24 (Reuters) - Turkish tanks …
 *   WASHINGTON (AP) — The Senate …
 *   Paris (AFP) - France said …
 *   SAN JUAN, Puerto Rico (AP) — …
 *   ATHENS, March 4 — The strike …
 *
 * becomes the story's dateline {place, date} and is cut from the paragraph.
 * A place in Title Case counts only with an agency in parentheses after it
 * ("Paris (AFP) -"); without one the place must be in capitals, as wires
 * write it — a sentence beginning "Officials - …" is not a dateline. The
 * date is given only when a year is known: written in the dateline, or from
 * a "Published …" line of the same page with the same month.
 */
import type { Dateline } from '../story/story';
import { findDate, isoDate, type LooseDate } from './article-dates';
import { decide, dropPrefix, isOpen, type ArticleWork } from './article-work';
import { inlineText } from '../story/story-runs';

const WORD = "\\p{Lu}[\\p{L}\\p{M}.'’-]*";
const DATELINE = new RegExp(
  `^(${WORD}(?:\\s+${WORD}){0,3})` + // place
    `((?:,\\s*[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}.'’ ]{0,29}?){0,2})` + // ", Aug 24" / ", Puerto Rico"
    `\\s*(?:\\(([\\p{L}\\p{N} .&/-]{1,30})\\))?` + // (Reuters)
    `\\s*(?:-{1,2}|–|—)\\s+(?=\\S)`,
  'u',
);

interface ParsedDateline {
  readonly prefix: string;
  /** Characters the prefix takes in the text, with the space after it. */
  readonly length: number;
  readonly dateline: Dateline;
}

function yearFromPage(date: LooseDate, work: ArticleWork): LooseDate {
  if (date.year !== undefined) return date;
  const page = work.pageDates.find((seen) => seen.month === date.month);
  return page ? { ...date, year: page.year } : date;
}

/** Reads a dateline at the start of `text`, or null. */
export function parseDateline(text: string, work: ArticleWork): ParsedDateline | null {
  const match = DATELINE.exec(text);
  if (!match) return null;
  const [prefix, placeWords, segments, agency] = match;
  if (agency === undefined && (/\p{Ll}/u.test(placeWords!) || placeWords!.length < 3)) return null;
  const places = [placeWords!];
  let date: LooseDate | null = null;
  for (const segment of segments!
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const found = findDate(segment);
    if (found && !date) date = found;
    else if (date && date.year === undefined && /^\d{4}$/.test(segment))
      date = { month: date.month, day: date.day, year: +segment };
    else if (/^\p{Lu}/u.test(segment) && !/\d/.test(segment)) places.push(segment);
    else return null; // neither a date nor a region: not a dateline
  }
  const day = date ? isoDate(yearFromPage(date, work)) : undefined;
  return {
    prefix: prefix!.trim(),
    length: prefix!.length,
    dateline: { place: places.join(', '), ...(day ? { date: day } : {}) },
  };
}

/** Finds the dateline on the first body paragraph; returns it, cutting it from the paragraph. */
export function takeDateline(work: ArticleWork, firstBody: number): Dateline | undefined {
  const block = work.blocks[firstBody];
  if (!block || block.type !== 'paragraph' || !isOpen(work, firstBody)) return undefined;
  const raw = inlineText(block.content);
  const lead = raw.length - raw.trimStart().length;
  const parsed = parseDateline(raw.slice(lead, lead + 200), work);
  if (!parsed) return undefined;
  const rest = dropPrefix(block.content, lead + parsed.length);
  decide(work, firstBody, 'dateline', 'dateline-wire', parsed.prefix);
  // The paragraph stays in the body without its prefix.
  work.roles[firstBody] = 'body';
  work.replaced.set(firstBody, rest.length ? { type: 'paragraph', content: rest } : null);
  return parsed.dateline;
}
