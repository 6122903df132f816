// Counting in pieces (so long copy takes linear time on Node 20) gives exactly
// the counts of one pass over the whole text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countingPieces } from '../../shared/story/counting-pieces';
import type { Block, Story } from '../../shared/story/story';
import { bodyCounts, countGraphemes, countGraphemesWhole } from '../../shared/story/story-stats';
import { bodyText, countWords, countWordsWhole } from '../../shared/story/story-text';
import { arbitraryStory, france24Story, storyWith } from './story-fixtures';

const RUNS = { seed: 20261126, numRuns: 200 };

// Words and the characters around cut points that could join or split them.
const unit = fc.constantFrom(
  'word',
  'Ankara',
  'U.S.',
  "don't",
  'pre-empt',
  '2,000',
  '1.5',
  'é',
  'e\u0301',
  ' \u0301',
  ' ',
  ' ',
  ' ',
  '  ',
  '\n',
  '-',
  '.',
  "'",
  '’',
  '\u00a0',
  '\t',
  '😀',
  '👩‍👩‍👧',
  '🇹🇷',
  'ไทย',
  '戦車',
  'قوات',
);

/** Text long enough to be cut into several pieces. */
const longText = fc.string({ unit, minLength: 300, maxLength: 1_500 });

const paragraph = (text: string): Block => ({ type: 'paragraph', content: [{ text }] });

describe('countingPieces', () => {
  it('cuts long text only before a letter or digit after a space, into pieces of 1,000 or more', () => {
    let cut = 0;
    fc.assert(
      fc.property(longText, (text) => {
        const pieces = countingPieces(text);
        if (pieces.length > 1) cut += 1;
        expect(pieces.join('')).toBe(text);
        pieces.slice(0, -1).forEach((piece, i) => {
          expect(piece.length).toBeGreaterThanOrEqual(1_000);
          expect(piece).toMatch(/[ \n]$/);
          expect(pieces[i + 1]).toMatch(/^[A-Za-z0-9]/);
        });
      }),
      RUNS,
    );
    expect(cut).toBeGreaterThan(RUNS.numRuns / 2);
    expect(countingPieces('')).toEqual(['']);
    expect(countingPieces('x'.repeat(5_000))).toHaveLength(1);
  });
});

/** The counts of one pass over the whole body: quadratic on Node 20, the reference. */
const counts = (story: Story) => {
  const text = bodyText(story);
  return {
    words: countWordsWhole(text),
    characters: countGraphemesWhole(text.replace(/\n/g, '')),
  };
};

describe('counting in pieces', () => {
  it('counts words and characters of long text exactly as one pass does', () => {
    fc.assert(
      fc.property(longText, (text) => {
        expect(countWords(text)).toBe(countWordsWhole(text));
        expect(countGraphemes(text)).toBe(countGraphemesWhole(text));
      }),
      RUNS,
    );
  });
});

describe('bodyCounts', () => {
  it('equals one pass over the whole body for the France 24 story and for any generated story', () => {
    expect(bodyCounts(france24Story)).toEqual(counts(france24Story));
    fc.assert(
      fc.property(arbitraryStory, (story) => {
        expect(bodyCounts(story)).toEqual(counts(story));
      }),
      { ...RUNS, numRuns: 500 },
    );
  });

  it('equals one pass for long paragraphs, where the pieces are cut', () => {
    let cut = 0;
    fc.assert(
      fc.property(fc.array(longText, { minLength: 1, maxLength: 3 }), (texts) => {
        const story = { ...storyWith('Headline', []), body: texts.map(paragraph) };
        if (countingPieces(texts.join('\n')).length > 1) cut += 1;
        expect(bodyCounts(story)).toEqual(counts(story));
      }),
      RUNS,
    );
    expect(cut).toBeGreaterThan(RUNS.numRuns / 2);
  });

  it('counts a paragraph of a million characters', () => {
    const text = 'Words of copy for the desk to cut, '.repeat(30_000);
    expect(bodyCounts({ ...storyWith('Headline', []), body: [paragraph(text)] })).toEqual({
      words: 8 * 30_000,
      characters: text.length,
    });
  });
});
