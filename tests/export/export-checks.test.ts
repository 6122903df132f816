// The pre-export checks, rule by rule: what each flags, what it leaves alone,
// and that its place points at the field, block and photo part to fix.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CHECK_SETTINGS,
  TARGET_TOLERANCE,
  exportChecks,
  hasBlockingChecks,
  type ExportCheck,
} from '../../shared/export/export-checks';
import type { Block, FigureBlock, Story } from '../../shared/story/story';
import { france24Story, storyWith } from '../shared/story-fixtures';
import { france24ExportStory } from './france24-export-story';

/** A story that passes every check: headline, one paragraph, a complete photo. */
function cleanStory(body: Block[] = [], patch: Partial<Story> = {}): Story {
  return {
    ...storyWith('Talks resume in Geneva', ['The talks resumed on Monday.']),
    ...patch,
    body: [{ type: 'paragraph', content: [{ text: 'The talks resumed on Monday.' }] }, ...body],
  };
}

const photo = (patch: Partial<FigureBlock> = {}, alt = 'Delegates at the table'): FigureBlock => ({
  type: 'figure',
  image: { src: `assets/${'ab'.repeat(32)}.jpg`, alt, width: 800, height: 600 },
  caption: [{ text: 'Delegates in Geneva' }],
  credit: 'AFP photo',
  ...patch,
});

const paragraph = (text: string): Block => ({ type: 'paragraph', content: text ? [{ text }] : [] });

/** The checks as rule, severity and place: what a test needs to say. */
const summary = (checks: ExportCheck[]) =>
  checks.map(({ rule, severity, place }) => ({ rule, severity, place }));

describe('exportChecks', () => {
  it('finds nothing in a clean story, nor in the France 24 story as the desk files it', () => {
    expect(exportChecks(cleanStory([photo()]))).toEqual([]);
    expect(exportChecks(france24ExportStory())).toEqual([]);
  });

  it('headline-empty: an empty or blank headline is an error', () => {
    for (const headline of ['', '   ']) {
      expect(summary(exportChecks(cleanStory([], { headline })))).toEqual([
        { rule: 'headline-empty', severity: 'error', place: { field: 'headline' } },
      ]);
    }
  });

  it('headline-long: over the limit in characters as readers see them (a flag is one)', () => {
    const at = (headline: string, limit = 70) =>
      summary(exportChecks(cleanStory([], { headline }), { headlineLimit: limit }));
    expect(DEFAULT_CHECK_SETTINGS.headlineLimit).toBe(70);
    expect(at('x'.repeat(70))).toEqual([]);
    expect(at('🇹🇷'.repeat(70))).toEqual([]);
    expect(at('x'.repeat(71))).toEqual([
      { rule: 'headline-long', severity: 'warning', place: { field: 'headline' } },
    ]);
    expect(at('x'.repeat(41), 40)).toHaveLength(1);
    expect(exportChecks(cleanStory([], { headline: 'x'.repeat(71) }))[0]!.message).toBe(
      'The headline is 71 characters; the limit is 70.',
    );
  });

  it('tk-marker: TK or TKTK as a word, in capitals, is an error; other words are not', () => {
    for (const text of ['TK', 'Casualties: TK.', 'TKTK quote', 'the (TK) figure']) {
      expect(summary(exportChecks(cleanStory([paragraph(text)]))), text).toEqual([
        { rule: 'tk-marker', severity: 'error', place: { block: 1 } },
      ]);
    }
    for (const text of ['TKO in round three', 'ATKINS', 'tk', 'TKT', 'Turkmen TKs2']) {
      expect(exportChecks(cleanStory([paragraph(text)])), text).toEqual([]);
    }
  });

  it('bidi-control: embedding, override and isolate characters warn; the RTL mark does not', () => {
    for (const char of ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2069']) {
      expect(summary(exportChecks(cleanStory([paragraph(`copy${char}copy`)])))).toEqual([
        { rule: 'bidi-control', severity: 'warning', place: { block: 1 } },
      ]);
    }
    expect(exportChecks(cleanStory([paragraph('שלום\u200f copy')]))).toEqual([]);
  });

  it('points each text of the header at its field, tags at the metadata', () => {
    const story = cleanStory([], {
      headline: 'TK headline',
      standfirst: [{ text: 'TK' }],
      bylines: ['By Jane Doe', 'By TK'],
      dateline: { place: 'TK' },
      tags: ['Geneva', 'TK'],
    });
    expect(summary(exportChecks(story)).map(({ place }) => place)).toEqual([
      { field: 'headline' },
      { field: 'standfirst' },
      { field: 'bylines' },
      { field: 'dateline' },
      { field: 'metadata' },
    ]);
  });

  it('points each part of a photo at the part, and names the photo by its number', () => {
    const story = cleanStory([
      photo(),
      paragraph('More copy.'),
      photo({ caption: [{ text: 'Caption TK' }], credit: 'TK' }, 'Alt TK'),
    ]);
    const checks = exportChecks(story);
    expect(summary(checks)).toEqual([
      { rule: 'tk-marker', severity: 'error', place: { block: 3, part: 'caption' } },
      { rule: 'tk-marker', severity: 'error', place: { block: 3, part: 'credit' } },
      { rule: 'tk-marker', severity: 'error', place: { block: 3, part: 'alt' } },
    ]);
    expect(checks.map((check) => check.message)).toEqual([
      'The caption of photo 2 still has a TK marker.',
      'The credit of photo 2 still has a TK marker.',
      'The alt text of photo 2 still has a TK marker.',
    ]);
  });

  it('reads every block: subhead, pull quote and its attribution, nested list items, credit', () => {
    const story = cleanStory([
      { type: 'subhead', level: 3, content: [{ text: 'TK' }] },
      { type: 'pullquote', content: [{ text: 'Fine.' }], attribution: 'TK' },
      {
        type: 'list',
        ordered: false,
        items: [
          {
            content: [{ text: 'one' }],
            sublist: { ordered: true, items: [{ content: [{ text: 'TK' }] }] },
          },
        ],
      },
      { type: 'rule' },
      { type: 'credit', text: '(TK with AP)' },
    ]);
    expect(summary(exportChecks(story)).map(({ place }) => place)).toEqual([
      { block: 1 },
      { block: 2 },
      { block: 3 },
      { block: 5 },
    ]);
  });

  it('empty-paragraph warns of a paragraph with no text but spaces', () => {
    const story = cleanStory([
      paragraph(''),
      paragraph('  '),
      { type: 'subhead', level: 2, content: [] },
    ]);
    expect(summary(exportChecks(story))).toEqual([
      { rule: 'empty-paragraph', severity: 'warning', place: { block: 1 } },
      { rule: 'empty-paragraph', severity: 'warning', place: { block: 2 } },
    ]);
  });

  it('figure-credit is an error; figure-alt and figure-caption warn; blanks count as missing', () => {
    const story = cleanStory([photo({ caption: [{ text: ' ' }], credit: '  ' }, '')]);
    expect(summary(exportChecks(story))).toEqual([
      { rule: 'figure-credit', severity: 'error', place: { block: 1, part: 'credit' } },
      { rule: 'figure-alt', severity: 'warning', place: { block: 1, part: 'alt' } },
      { rule: 'figure-caption', severity: 'warning', place: { block: 1, part: 'caption' } },
    ]);
  });

  it('figure-file: a photo without its file is an error that points at the photo', () => {
    const story = cleanStory([
      { type: 'figure', image: { alt: 'Smoke' }, caption: [{ text: 'Jarablus' }], credit: 'AFP' },
    ]);
    const checks = exportChecks(story);
    expect(summary(checks)).toEqual([
      { rule: 'figure-file', severity: 'error', place: { block: 1 } },
    ]);
    expect(checks[0]!.message).toBe('Photo 1 has no image file yet: choose one.');
  });

  it('link-scheme: a link the model refuses is an error where it is; a web link is fine', () => {
    const linked = (href: string): Block => ({
      type: 'paragraph',
      content: [{ text: 'see ' }, { text: 'this', href }],
    });
    expect(exportChecks(cleanStory([linked('https://example.org/')]))).toEqual([]);
    expect(exportChecks(cleanStory([linked('mailto:desk@example.org')]))).toEqual([]);
    const checks = exportChecks(cleanStory([linked('javascript:alert(1)')]));
    expect(summary(checks)).toEqual([
      { rule: 'link-scheme', severity: 'error', place: { block: 1 } },
    ]);
    expect(checks[0]!.message).toBe(
      'A paragraph links to "javascript:alert(1)", not a web or e-mail address.',
    );
  });

  it(`under-target / over-target: more than ${TARGET_TOLERANCE * 100} % off the target warns`, () => {
    const withWords = (words: number) =>
      summary(
        exportChecks({
          ...cleanStory(),
          body: [paragraph(Array.from({ length: words }, () => 'word').join(' '))],
          targetWords: 100,
        }),
      ).map(({ rule }) => rule);
    expect(withWords(89)).toEqual(['under-target']);
    expect(withWords(90)).toEqual([]);
    expect(withWords(100)).toEqual([]);
    expect(withWords(110)).toEqual([]);
    expect(withWords(111)).toEqual(['over-target']);
    // Captions and the credit line are not body copy: the five words of the paragraph meet 5.
    const padded = { ...cleanStory([photo(), { type: 'credit', text: 'AFP' }]), targetWords: 5 };
    expect(exportChecks(padded)).toEqual([]);
    expect(summary(exportChecks({ ...padded, targetWords: 4 }))).toEqual([
      { rule: 'over-target', severity: 'warning', place: { field: 'metadata' } },
    ]);
    // 20 + 7 + 28 + 3 + 13 words, counted by hand: the subheads count, the pull quote does not.
    expect(exportChecks(france24Story).map((check) => check.message)).toEqual([
      'The body is 71 words; the desk asked for 600.',
    ]);
  });

  it('hasBlockingChecks: errors block, warnings do not', () => {
    expect(hasBlockingChecks(exportChecks(cleanStory([paragraph('')])))).toBe(false);
    expect(hasBlockingChecks(exportChecks(cleanStory([photo({ credit: '' })])))).toBe(true);
    expect(hasBlockingChecks([])).toBe(false);
  });

  it('lists the checks in reading order, header first, metadata last', () => {
    const story = cleanStory([paragraph('TK'), photo({ credit: '' })], {
      headline: '',
      tags: ['\u202e'],
      targetWords: 1_000,
    });
    expect(summary(exportChecks(story)).map(({ rule }) => rule)).toEqual([
      'headline-empty',
      'tk-marker',
      'figure-credit',
      'bidi-control',
      'under-target',
    ]);
  });
});
