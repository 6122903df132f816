import { isSafeHref } from '../story/inline-schema';
import { hasImageFile, type Block, type Inline, type List, type Story } from '../story/story';
import { inlineText } from '../story/story-runs';
import { bodyCounts } from '../story/story-stats';

/**
 * Where a check points, so the inspector can take the reporter there: a
 * header field, or a body block by its index (and which part of a figure).
 */
export type CheckPlace =
  | { readonly field: 'headline' | 'standfirst' | 'bylines' | 'dateline' | 'metadata' }
  | { readonly block: number; readonly part?: 'caption' | 'credit' | 'alt' };

export interface ExportCheck {
  /** Stable name of the rule, e.g. "figure-credit". */
  readonly rule: string;
  /** Errors block every export; warnings are shown and asked about once. */
  readonly severity: 'error' | 'warning';
  readonly message: string;
  readonly place: CheckPlace;
}

export interface CheckSettings {
  /** Characters; the inspector's headline limit (70 unless the desk set another). */
  readonly headlineLimit: number;
}

export const DEFAULT_CHECK_SETTINGS: CheckSettings = { headlineLimit: 70 };

/** How far from the target length the body may be before it is flagged: 10 %. */
export const TARGET_TOLERANCE = 0.1;

// "TK" (to come) and "TKTK" as whole words, in capitals as desks write them.
const TK_MARKER = /(?<![\p{L}\p{N}])(?:TK)+(?![\p{L}\p{N}])/u;
// Characters that reorder text invisibly (the "Trojan Source" family): rarely meant in copy.
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/;

function listInlines(list: List): Inline[] {
  return list.items.flatMap((item) => [
    item.content,
    ...(item.sublist ? listInlines(item.sublist) : []),
  ]);
}

/** Every piece of text a block shows, with the figure part it belongs to. */
function blockTexts(block: Block): { text: string; part?: 'caption' | 'credit' | 'alt' }[] {
  switch (block.type) {
    case 'paragraph':
    case 'subhead':
      return [{ text: inlineText(block.content) }];
    case 'figure':
      return [
        { text: inlineText(block.caption), part: 'caption' },
        { text: block.credit, part: 'credit' },
        { text: block.image.alt, part: 'alt' },
      ];
    case 'pullquote':
      return [{ text: inlineText(block.content) }, { text: block.attribution }];
    case 'list':
      return listInlines(block).map((inline) => ({ text: inlineText(inline) }));
    case 'rule':
      return [];
    case 'credit':
      return [{ text: block.text }];
  }
}

/** The inline texts of a block (those can hold links), with the figure part they belong to. */
function blockInlines(block: Block): { inline: Inline; part?: 'caption' }[] {
  switch (block.type) {
    case 'paragraph':
    case 'subhead':
    case 'pullquote':
      return [{ inline: block.content }];
    case 'figure':
      return [{ inline: block.caption, part: 'caption' }];
    case 'list':
      return listInlines(block).map((inline) => ({ inline }));
    default:
      return [];
  }
}

const BLOCK_NAMES: Record<Block['type'], string> = {
  paragraph: 'A paragraph',
  subhead: 'A subhead',
  figure: 'A photo',
  pullquote: 'A pull quote',
  list: 'A list',
  rule: 'A rule',
  credit: 'The credit block',
};

/**
 * The pre-export checks: one list, used by every export format and shown live
 * in the inspector. Ordered as the story reads, so the first is the first to fix.
 */
export function exportChecks(
  story: Story,
  settings: CheckSettings = DEFAULT_CHECK_SETTINGS,
): ExportCheck[] {
  const checks: ExportCheck[] = [];
  const add = (
    rule: string,
    severity: ExportCheck['severity'],
    message: string,
    place: CheckPlace,
  ) => checks.push({ rule, severity, message, place });
  const scan = (text: string, where: string, place: CheckPlace) => {
    if (TK_MARKER.test(text)) add('tk-marker', 'error', `${where} still has a TK marker.`, place);
    if (BIDI_CONTROLS.test(text)) {
      add('bidi-control', 'warning', `${where} has invisible text-direction characters.`, place);
    }
  };
  // The model refuses other schemes already; this catches a file edited by hand.
  const checkLinks = (inline: Inline, where: string, place: CheckPlace) => {
    for (const run of inline) {
      if (run.href !== undefined && !isSafeHref(run.href)) {
        const target = run.href.slice(0, 60);
        add(
          'link-scheme',
          'error',
          `${where} links to "${target}", not a web or e-mail address.`,
          place,
        );
      }
    }
  };

  const headline = story.headline.trim();
  if (headline === '')
    add('headline-empty', 'error', 'The headline is empty.', { field: 'headline' });
  const length = [...new Intl.Segmenter().segment(story.headline)].length;
  if (length > settings.headlineLimit) {
    add(
      'headline-long',
      'warning',
      `The headline is ${length} characters; the limit is ${settings.headlineLimit}.`,
      {
        field: 'headline',
      },
    );
  }
  scan(story.headline, 'The headline', { field: 'headline' });
  scan(inlineText(story.standfirst), 'The standfirst', { field: 'standfirst' });
  checkLinks(story.standfirst, 'The standfirst', { field: 'standfirst' });
  story.bylines.forEach((byline) => scan(byline, 'A byline', { field: 'bylines' }));
  if (story.dateline) scan(story.dateline.place, 'The dateline', { field: 'dateline' });

  // Photos are named by their number among the photos ("photo 2"), as the reporter counts them.
  let photo = 0;
  story.body.forEach((block, index) => {
    const name = BLOCK_NAMES[block.type];
    if (block.type === 'figure') photo += 1;
    for (const { text, part } of blockTexts(block)) {
      const where = part ? `The ${part === 'alt' ? 'alt text' : part} of photo ${photo}` : name;
      scan(text, where, part ? { block: index, part } : { block: index });
    }
    if (block.type === 'paragraph' && inlineText(block.content).trim() === '') {
      add('empty-paragraph', 'warning', 'An empty paragraph.', { block: index });
    }
    if (block.type === 'figure') {
      if (!hasImageFile(block.image)) {
        // Imported copy named a photo that could not be had: a CMS cannot publish it as it is.
        add('figure-file', 'error', `Photo ${photo} has no image file yet: choose one.`, {
          block: index,
        });
      }
      if (block.credit.trim() === '') {
        add('figure-credit', 'error', 'A photo has no credit.', { block: index, part: 'credit' });
      }
      if (block.image.alt.trim() === '') {
        add('figure-alt', 'warning', 'A photo has no alt text.', { block: index, part: 'alt' });
      }
      if (inlineText(block.caption).trim() === '') {
        add('figure-caption', 'warning', 'A photo has no caption.', {
          block: index,
          part: 'caption',
        });
      }
    }
    for (const { inline, part } of blockInlines(block)) {
      // A link in a caption points at the caption, as the caption's other checks do.
      const where = part ? `The caption of photo ${photo}` : name;
      checkLinks(inline, where, part ? { block: index, part } : { block: index });
    }
  });

  // Tags leave with the story too (ninjs subjects), so they are read like copy.
  story.tags.forEach((tag) => scan(tag, 'A tag', { field: 'metadata' }));

  if (story.targetWords !== undefined && story.targetWords > 0) {
    const { words } = bodyCounts(story);
    const target = story.targetWords;
    if (words < target * (1 - TARGET_TOLERANCE)) {
      add('under-target', 'warning', `The body is ${words} words; the desk asked for ${target}.`, {
        field: 'metadata',
      });
    } else if (words > target * (1 + TARGET_TOLERANCE)) {
      add('over-target', 'warning', `The body is ${words} words; the desk asked for ${target}.`, {
        field: 'metadata',
      });
    }
  }
  return checks;
}

/** Whether checks stop an export. */
export function hasBlockingChecks(checks: readonly ExportCheck[]): boolean {
  return checks.some((check) => check.severity === 'error');
}
