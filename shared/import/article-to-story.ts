/**
 * An imported article becomes a new story. Whatever the reader and the
 * detection produced — a 2 MB line, control characters, a link to
 * javascript:, a list nested forty deep — the story that comes out is valid
 * against StorySchema: import must never hand the editor a story it would
 * refuse to save. Figures lose their `fetch` here (main fetches images
 * before it calls this, or the figure stays a placeholder).
 */
import { z } from 'zod';
import type { ImportBlock, ImportedArticle } from './import-draft';
import { ASSET_SRC } from '../story/block-schema';
import { LIMITS, isSafeHref } from '../story/inline-schema';
import { canonicalStory } from '../story/story-canonical';
import { createEmptyStory } from '../story/story-create';
import { bodyText } from '../story/story-text';
import { guessLanguage } from './guess-language';
import { makeRun, normalizeRuns } from '../story/story-runs';
import {
  MARKS,
  type Block,
  type Dateline,
  type Inline,
  type List,
  type Story,
  type TextRun,
} from '../story/story';

// Control characters a run may not hold (line breaks and tabs are text).
// eslint-disable-next-line no-control-regex -- control characters are what is removed here
const RUN_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;
// eslint-disable-next-line no-control-regex -- control characters are what is removed here
const LINE_CONTROL = /[\u0000-\u001f\u007f]/g;
const IsoDate = z.iso.date();
const MARK_SET = new Set<string>(MARKS);

/** Cuts `text` to at most `max` UTF-16 units without splitting a surrogate pair. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

/** One line of plain text as the schema wants it: no control characters, not too long. */
function cleanLine(text: string): string {
  const flat = text.replace(/[\t\n\r\v\f]+/g, ' ').replace(LINE_CONTROL, '');
  return cut(flat.replace(/\s+/g, ' ').trim(), LIMITS.lineChars).trim();
}

function cleanRunText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(RUN_CONTROL, '');
}

/** Runs with clean text, known marks only and safe links only, in canonical form. */
function cleanRuns(runs: Inline): Inline {
  const cleaned = runs.map((run) =>
    makeRun(
      cleanRunText(String(run.text ?? '')),
      (run.marks ?? []).filter((mark) => MARK_SET.has(mark)),
      run.href !== undefined && isSafeHref(run.href) ? run.href : undefined,
    ),
  );
  return normalizeRuns(cleaned);
}

/** True when inline text has nothing but white space in it. */
function isBlank(runs: Inline): boolean {
  return runs.every((run) => run.text.trim() === '');
}

/** Inline text within the limits, cut where it is too long (captions, subheads, list items). */
function cappedInline(runs: Inline): Inline {
  const clean = cleanRuns(runs);
  if (isBlank(clean)) return [];
  return clean
    .slice(0, LIMITS.runsPerInline)
    .map((run) => ({ ...run, text: cut(run.text, LIMITS.runChars) }));
}

/**
 * A paragraph within the limits. Nothing a reporter pasted is cut: a run too
 * long for one paragraph, or too many runs, continue in the next paragraph.
 */
function splitParagraph(runs: Inline): Block[] {
  const clean = cleanRuns(runs);
  if (isBlank(clean)) return [];
  const paragraphs: TextRun[][] = [[]];
  for (const run of clean) {
    for (let start = 0; start < run.text.length;) {
      const piece = cut(run.text.slice(start), LIMITS.runChars);
      const current = paragraphs.at(-1)!;
      // A second piece of the same run, or a full paragraph, starts a new one.
      if (start > 0 || current.length >= LIMITS.runsPerInline) paragraphs.push([]);
      paragraphs.at(-1)!.push({ ...run, text: piece });
      start += piece.length;
    }
  }
  return paragraphs
    .filter((content) => !isBlank(content))
    .map((content) => ({ type: 'paragraph', content }));
}

/** Items without text and without a sublist are dropped; nesting past the limit is flattened. */
function cleanList(list: List, depth: number): List | null {
  const items: { content: Inline; sublist?: List }[] = [];
  for (const item of list.items ?? []) {
    const content = cappedInline(item.content ?? []);
    const sublist = item.sublist ? cleanList(item.sublist, depth + 1) : null;
    if (sublist && depth >= LIMITS.listDepth) {
      // Too deep to nest: its items follow as siblings, so no words are lost.
      if (!isBlank(content)) items.push({ content });
      items.push(...sublist.items);
    } else if (!isBlank(content) || sublist) {
      items.push({ content, ...(sublist ? { sublist } : {}) });
    }
  }
  if (items.length === 0) return null;
  return { ordered: Boolean(list.ordered), items: items.slice(0, LIMITS.listItems) };
}

/** The story blocks an import block becomes: none when it is empty, several for a huge paragraph. */
function storyBlocks(block: ImportBlock): Block[] {
  switch (block.type) {
    case 'paragraph':
      return splitParagraph(block.content);
    case 'subhead': {
      const content = cappedInline(block.content);
      return content.length ? [{ type: 'subhead', level: block.level === 3 ? 3 : 2, content }] : [];
    }
    case 'pullquote': {
      const content = cappedInline(block.content);
      const attribution = cleanLine(block.attribution ?? '');
      return content.length ? [{ type: 'pullquote', content, attribution }] : [];
    }
    case 'figure': {
      // The file is never carried over from an import block: only main stores
      // assets, and an asset path it did not write must not enter a story.
      const image = block.image ?? { alt: '' };
      const alt = cleanLine(image.alt ?? '');
      const caption = cappedInline(block.caption ?? []);
      const credit = cleanLine(block.credit ?? '');
      const keepFile = image.src !== undefined && ASSET_SRC.test(image.src);
      if (!keepFile && !alt && !caption.length && !credit && !block.fetch) return [];
      const stored =
        keepFile && validPixels(image.width) && validPixels(image.height)
          ? { src: image.src!, alt, width: image.width!, height: image.height! }
          : { alt };
      return [{ type: 'figure', image: stored, caption, credit }];
    }
    case 'list': {
      const list = cleanList(block, 1);
      return list ? [{ type: 'list', ...list }] : [];
    }
    case 'rule':
      return [{ type: 'rule' }];
    case 'credit': {
      const text = cleanLine(block.text ?? '');
      return text ? [{ type: 'credit', text }] : [];
    }
    default:
      return [];
  }
}

function validPixels(value: number | undefined): boolean {
  return Number.isInteger(value) && value! >= 1 && value! <= 100_000;
}

function cleanDateline(dateline: Dateline | undefined): Dateline | undefined {
  if (!dateline) return undefined;
  const place = cleanLine(dateline.place ?? '');
  if (!place) return undefined;
  const date =
    dateline.date && IsoDate.safeParse(dateline.date).success ? dateline.date : undefined;
  return date ? { place, date } : { place };
}

/** Lists longer than the limit after merging (canonical form joins neighbours) are cut. */
function capMergedLists(body: readonly Block[]): Block[] {
  return body
    .slice(0, LIMITS.blocks)
    .map((block) =>
      block.type === 'list' && block.items.length > LIMITS.listItems
        ? { ...block, items: block.items.slice(0, LIMITS.listItems) }
        : block,
    );
}

/** Builds a new, valid, canonical story from an imported article. */
export function articleToStory(article: ImportedArticle, init: { id: string; now: Date }): Story {
  const empty = createEmptyStory(init.id, init.now);
  const bylines = (article.bylines ?? [])
    .map(cleanLine)
    .filter((line) => line !== '')
    .slice(0, LIMITS.listEntries);
  const dateline = cleanDateline(article.dateline);
  const story: Story = {
    ...empty,
    headline: cleanLine(article.headline ?? ''),
    standfirst: cappedInline(article.standfirst ?? []),
    bylines,
    ...(dateline ? { dateline } : {}),
    body: (article.body ?? []).flatMap(storyBlocks),
  };
  const language = guessLanguage(bodyText(story));
  const canonical = canonicalStory({ ...story, language });
  return { ...canonical, body: capMergedLists(canonical.body) };
}
