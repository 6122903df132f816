/**
 * The story's header in copied text: headline, standfirst, bylines, and the
 * date lines pages print under them. The header is what comes before the
 * first body paragraph; each part is taken only when its rule is clear, and
 * whatever is not taken stays in the body for the subeditor to see.
 */
import type { DraftBlock } from './import-draft';
import { findDate } from './article-dates';
import { parseDateline } from './article-rules-dateline';
import {
  decide,
  dropPrefix,
  endsSentence,
  isOpenText,
  visible,
  wordCount,
  type ArticleWork,
} from './article-work';
import type { Inline } from '../story/story';

/** Words a date line is made of besides the date ("Published on …, 10.32 BST"). */
const DATE_WORDS = new Set(
  (
    'published|updated|last|modified|first|posted|on|at|am|pm|gmt|bst|utc|cet|cest|eet|eest|' +
    'edt|est|cdt|pdt|pst|et|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|' +
    'wednesday|thursday|friday|saturday|sunday|jan|january|feb|february|mar|march|apr|april|' +
    'may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december|' +
    'time|date|local'
  ).split('|'),
);

/** `meta-date`: a line that is only a date and the words pages put around one. */
function isDateLine(text: string): boolean {
  if (text.length > 100 || !findDate(text)) return false;
  return text
    .toLowerCase()
    .split(/[\s,|·•–—()-]+/)
    .filter((token) => token !== '')
    .every(
      (token) =>
        DATE_WORDS.has(token.replace(/[.:]+$/, '')) ||
        /^\d{1,4}(?:[:.h]\d{2})?(?:st|nd|rd|th|am|pm)?[.:]?$/.test(token) ||
        /^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}(?:t[\d:.z+]+)?$/.test(token),
    );
}

const NAME_PARTICLES = new Set(['in', 'for', 'of', 'the', 'de', 'van', 'von', 'der', 'al', 'el', 'bin', 'da', 'la', 'le', 'du', 'at']); // prettier-ignore
const OUTLET =
  /^(?:Reuters|Associated Press|AP|AFP|Agence France-Presse|Bloomberg|BBC(?: News)?|CNN|Al Jazeera|France 24|(?:The )?Guardian|(?:The )?Observer|DPA|EFE|ANSA|Xinhua|Anadolu(?: Agency)?|Kyodo|Yonhap|PA|Staff|Agencies)$/;
const ROLE = /\b(?:correspondent|editor|reporter|writer|contributor|staff|columnist|bureau)$/i;

/** A name as bylines print them: capitalised words and the usual particles. */
function isName(part: string): boolean {
  const words = part.trim().split(' ');
  return (
    words.length >= 1 &&
    words.length <= 6 &&
    /^\p{Lu}/u.test(words[0]!) &&
    words.every((word) => /^\p{Lu}/u.test(word) || NAME_PARTICLES.has(word))
  );
}

/** `byline-by` ("By Jane Doe and John Roe") or `byline-name-outlet` ("Jane Doe, Reuters"). */
export function bylineRule(text: string): string | null {
  if (text.length > 150 || /[.!?]$/.test(text)) return null;
  const by = /^by\s+(.+)$/i.exec(text);
  if (by) {
    const parts = by[1]!.split(/\s*(?:,|\band\b|&)\s*/).filter((part) => part !== '');
    const [first, ...rest] = parts;
    const restOk = rest.every((part) => isName(part) || OUTLET.test(part) || ROLE.test(part));
    return first && isName(first) && restOk ? 'byline-by' : null;
  }
  const comma = text.lastIndexOf(', ');
  if (comma < 0) return null;
  const who = text.slice(0, comma).split(/\s+(?:and|&)\s+|,\s*/);
  const what = text.slice(comma + 2);
  const named = who.every((name) => isName(name) && name.split(' ').length >= 2);
  return named && (OUTLET.test(what) || ROLE.test(what)) ? 'byline-name-outlet' : null;
}

/** The page title without its outlet: "Story - Outlet", "Story | Outlet", "Story — Outlet". */
export function titleHeadline(title: string): string {
  const clean = title.replace(/\s+/g, ' ').trim();
  const match = /^(.+?)\s+[-|–—:]\s+([^-|–—:]{1,40})$/.exec(clean);
  return match && wordCount(match[2]!) <= 5 ? match[1]!.trim() : clean;
}

/** Records date lines ("Published on 24/08/2016 - 08:21") as dropped, keeping their dates. */
export function takeDateLines(work: ArticleWork): void {
  work.blocks.forEach((_, index) => {
    if (!isOpenText(work, index) || !isDateLine(work.texts[index]!)) return;
    const date = findDate(work.texts[index]!);
    if (date?.year !== undefined) work.pageDates.push({ ...date, year: date.year });
    decide(work, index, 'dropped', 'meta-date');
  });
}

/** A short line that could be a headline: no final full stop, not a byline. */
function headlineShaped(work: ArticleWork, index: number): boolean {
  const text = work.texts[index]!;
  return (
    isOpenText(work, index) &&
    text.length <= 200 &&
    !/[.,;:]["”’']?$/.test(text) &&
    bylineRule(text) === null
  );
}

/** Body-like: a paragraph that reads as prose (ends a sentence, or is long). */
function bodyLike(work: ArticleWork, index: number): boolean {
  const text = work.texts[index]!;
  return isOpenText(work, index) && (text.length > 200 || /[.!?]["”’']?$/.test(text));
}

/** Picks the headline (h1, title match, first headline-shaped line, page title), recording it. */
function takeHeadline(work: ArticleWork, title: string): number {
  const shown = visible(work);
  const h1 = shown.find(
    (i) =>
      work.blocks[i]!.type === 'heading' &&
      isOpenText(work, i) &&
      (work.blocks[i] as { level: number }).level === 1,
  );
  const fromTitle = titleHeadline(title);
  const titled = fromTitle
    ? shown.slice(0, 20).find((i) => isOpenText(work, i) && work.texts[i] === fromTitle)
    : undefined;
  let chosen = h1 ?? titled;
  let rule = h1 !== undefined ? 'headline-h1' : 'headline-title-match';
  if (chosen === undefined) {
    // Short lines before the first prose paragraph; a headline has four words or more.
    const before: number[] = [];
    for (const i of shown) {
      if (bodyLike(work, i)) break;
      if (headlineShaped(work, i)) before.push(i);
    }
    chosen = before.find((i) => wordCount(work.texts[i]!) >= 4) ?? before[0];
    rule = 'headline-first-line';
  }
  if (chosen === undefined) {
    work.headline = fromTitle;
    if (fromTitle)
      work.findings.push({ index: -1, role: 'headline', rule: 'headline-title', text: fromTitle });
    return -1;
  }
  work.headline = work.texts[chosen]!;
  decide(work, chosen, 'headline', rule);
  // Nothing comes above a headline in a story: short lines there are the site's.
  for (const i of shown) {
    if (i >= chosen) break;
    if (isOpenText(work, i) && work.texts[i]!.length <= 150)
      decide(work, i, 'dropped', 'before-headline');
  }
  return chosen;
}

/** Next block after `from` that is not dropped and not a figure (captions sit anywhere). */
function nextShown(work: ArticleWork, from: number): number {
  for (let i = from + 1; i < work.blocks.length; i += 1) {
    if (
      work.roles[i] !== 'dropped' &&
      work.roles[i] !== 'figure' &&
      work.blocks[i]!.type !== 'figure'
    )
      return i;
  }
  return -1;
}

function contentOf(block: DraftBlock): Inline {
  return block.type === 'paragraph' || block.type === 'heading' ? block.content : [];
}

/** The standfirst right after the headline, when one of its rules is clear. */
function takeStandfirst(work: ArticleWork, headline: number): void {
  const index = nextShown(work, headline);
  if (index < 0 || !isOpenText(work, index)) return;
  const block = work.blocks[index]!;
  const text = work.texts[index]!;
  const words = wordCount(text);
  const marker = /^(?:standfirst|summary|dek)\s*:\s*/i.exec(text);
  let rule: string | null = null;
  if (marker) rule = 'standfirst-marker';
  else if (block.type === 'heading' && block.level > 1 && words >= 6) rule = 'standfirst-heading';
  else if (block.type !== 'paragraph' || words < 6 || text.length > 400) return;
  else if (parseDateline(text, work) || bylineRule(text)) return;
  else if (bylineRule(work.texts[nextShown(work, index)] ?? '')) rule = 'standfirst-before-byline';
  else if (!endsSentence(text) && text.length >= 40 && words >= 8) rule = 'standfirst-no-stop';
  if (!rule) return;
  const content = contentOf(block);
  work.standfirst = marker ? dropPrefix(content, content.length ? marker[0].length : 0) : content;
  decide(work, index, 'standfirst', rule);
}

/**
 * Takes the header; returns the index of the first body paragraph (the one
 * a dateline may start), or -1.
 */
export function takeHeader(work: ArticleWork, title: string): number {
  const headline = takeHeadline(work, title);
  if (headline >= 0) takeStandfirst(work, headline);
  let index = nextShown(work, Math.max(headline, -1));
  // Bylines follow the headline (and standfirst), before the body.
  while (index >= 0 && (work.roles[index] === 'standfirst' || work.roles[index] === 'headline'))
    index = nextShown(work, index);
  while (index >= 0 && isOpenText(work, index) && work.bylines.length < 5) {
    const rule = bylineRule(work.texts[index]!);
    if (!rule) break;
    work.bylines.push(work.texts[index]!);
    decide(work, index, 'byline', rule);
    index = nextShown(work, index);
  }
  return index;
}
