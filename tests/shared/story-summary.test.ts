// The library card of a story, and the quick word count behind it, which must
// give exactly the editor's count.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../shared/story/story';
import { countBodyWords, countWords } from '../../shared/story/story-text';
import {
  countWordsQuickly,
  storySearchText,
  summarizeStory,
} from '../../shared/story/story-summary';
import { arbitraryStory, france24Story, storyWith } from './story-fixtures';

// Pieces chosen to sit on every rule of the word count: joiners, quotes,
// brackets, numbers, other scripts, marks, spaces of several kinds.
const PIECES = [
  'tanks',
  'U.S.',
  'U.S',
  '3,000',
  '12.5%',
  'pre-empt',
  'pre',
  '-',
  '--',
  '–',
  '—',
  "'",
  '’',
  '‘',
  '“',
  '”',
  '"',
  '(',
  ')',
  '[',
  ']',
  '.',
  ',',
  ';',
  ':',
  '!',
  '?',
  'don’t',
  "Ankara's",
  '3rd',
  '2016',
  'a',
  'I',
  '_',
  'foo_bar',
  'x:y',
  'e.g.',
  'قوات',
  'Танки',
  'ไทย',
  '日本語',
  '\u0301',
  '\u200d',
  '😀',
  '\u00a0',
  '\t',
  ' ',
  '  ',
  '\n',
  'é',
  'naïve',
  '\u00ad',
  '#',
  '@',
];

describe('countWordsQuickly', () => {
  it('gives exactly countWords for any mix of tricky pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        expect(countWordsQuickly(text)).toBe(countWords(text));
      }),
      { numRuns: 3_000 },
    );
  });

  it('gives exactly countWords on random text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => {
        expect(countWordsQuickly(text)).toBe(countWords(text));
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('summarizeStory', () => {
  it('carries the editor’s body word count and the card fields', () => {
    const story = { ...france24Story, status: 'subbing' as const, desk: 'World' };
    expect(summarizeStory(story)).toEqual({
      id: story.id,
      headline: story.headline,
      status: 'subbing',
      desk: 'World',
      updatedAt: story.updatedAt,
      words: countBodyWords(story),
    });
  });

  it('counts exactly what countBodyWords counts, for any story', () => {
    fc.assert(
      fc.property(arbitraryStory, (story) => {
        expect(summarizeStory(story).words).toBe(countBodyWords(story));
      }),
      { numRuns: 300 },
    );
  });
});

describe('storySearchText', () => {
  it('holds captions, credits, pull quotes, lists and the dateline, field by field', () => {
    const story = storyWith('Headline', []);
    const body: Block[] = [
      { type: 'paragraph', content: [{ text: 'Copy.' }] },
      {
        type: 'figure',
        image: { src: `assets/${'b'.repeat(64)}.png`, alt: 'Alt words', width: 2, height: 1 },
        caption: [{ text: 'Caption words' }],
        credit: 'AFP photo',
      },
      { type: 'pullquote', content: [{ text: 'Quoted' }], attribution: 'A minister' },
      { type: 'list', ordered: false, items: [{ content: [{ text: 'Item' }] }] },
      { type: 'credit', text: '(FRANCE 24)' },
      { type: 'rule' },
    ];
    const text = storySearchText({
      ...story,
      body,
      tags: ['syria', 'turkey'],
      bylines: ['By Jane Doe'],
      authors: ['jdoe'],
      dateline: { place: 'ISTANBUL' },
    });
    expect(text.body.split('\n')).toEqual([
      'ISTANBUL',
      'Copy.',
      'Caption words',
      'AFP photo',
      'Alt words',
      'Quoted',
      'A minister',
      'Item',
      '(FRANCE 24)',
      '',
    ]);
    expect(text.people).toBe('By Jane Doe\njdoe');
    expect(text.tags).toBe('syria\nturkey');
  });
});
