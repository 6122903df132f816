// The canonical form: one representation for the same words, formatting and structure.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Block, Story } from '../../shared/story/story';
import { bodyProblem, canonicalStory, inlineProblem } from '../../shared/story/story-canonical';
import { canonicalMarks, inlineText, makeRun, normalizeRuns } from '../../shared/story/story-runs';
import { StorySchema } from '../../shared/story/story-schema';
import { denormalize } from './story-denormalize';
import { arbitraryInline, arbitraryStory, storyWith } from './story-fixtures';

const LINK = 'https://www.france24.com/';

describe('runs', () => {
  it('makeRun leaves out empty marks and a missing link, and orders marks', () => {
    expect(makeRun('a')).toEqual({ text: 'a' });
    expect(Object.keys(makeRun('a', [], undefined))).toEqual(['text']);
    expect(makeRun('a', ['code', 'bold', 'code'], LINK)).toEqual({
      text: 'a',
      marks: ['bold', 'code'],
      href: LINK,
    });
  });

  it('canonicalMarks keeps the order of MARKS, each once', () => {
    expect(canonicalMarks(['code', 'subscript', 'bold', 'superscript', 'italic', 'bold'])).toEqual([
      'bold',
      'italic',
      'superscript',
      'subscript',
      'code',
    ]);
  });

  it('normalizeRuns drops empty runs and merges neighbours with the same marks and link', () => {
    expect(
      normalizeRuns([
        { text: '' },
        { text: 'Turkish ' },
        { text: 'tanks', marks: [] },
        { text: ' cross', marks: ['italic', 'bold'] },
        { text: '', marks: ['underline'] },
        { text: ' the', marks: ['bold', 'italic'] },
        { text: ' border', href: LINK },
        { text: ' today', href: LINK },
        { text: '.', href: 'mailto:desk@example.org' },
      ]),
    ).toEqual([
      { text: 'Turkish tanks' },
      { text: ' cross the', marks: ['bold', 'italic'] },
      { text: ' border today', href: LINK },
      { text: '.', href: 'mailto:desk@example.org' },
    ]);
  });

  it('normalizeRuns takes the marks off line breaks, keeping their link', () => {
    expect(
      normalizeRuns([
        { text: 'One\ntwo', marks: ['bold'], href: LINK },
        { text: '\n\n', marks: ['italic'] },
        { text: 'three' },
      ]),
    ).toEqual([
      { text: 'One', marks: ['bold'], href: LINK },
      { text: '\n', href: LINK },
      { text: 'two', marks: ['bold'], href: LINK },
      { text: '\n\nthree' },
    ]);
  });

  it('normalizeRuns keeps marks on tabs (the editor keeps them)', () => {
    expect(normalizeRuns([{ text: 'a\tb', marks: ['bold'] }])).toEqual([
      { text: 'a\tb', marks: ['bold'] },
    ]);
  });

  it('normalizeRuns leaves canonical runs as they are', () => {
    fc.assert(
      fc.property(arbitraryInline, (runs) => {
        expect(normalizeRuns(runs)).toEqual(runs);
        expect(inlineProblem(runs)).toBeNull();
      }),
      { numRuns: 300, seed: 20261125 },
    );
  });
});

describe('inlineProblem', () => {
  it.each([
    [
      [{ text: 'x', marks: ['italic', 'bold'] }],
      'marks must be listed once each, in the order of MARKS',
    ],
    [
      [{ text: 'x', marks: ['bold', 'bold'] }],
      'marks must be listed once each, in the order of MARKS',
    ],
    [[{ text: 'a\n', marks: ['bold'] }], 'a line break carries no marks: it is a run of its own'],
    [
      [{ text: 'a' }, { text: 'b' }],
      'neighbouring runs with the same marks and link must be one run',
    ],
    [
      [
        { text: 'a', href: LINK },
        { text: 'b', href: LINK },
      ],
      'neighbouring runs with the same marks and link must be one run',
    ],
  ] as const)('finds %j', (runs, problem) => {
    expect(inlineProblem(runs)).toBe(problem);
  });
});

describe('canonicalStory', () => {
  const bullets = (...texts: string[]): Block => ({
    type: 'list',
    ordered: false,
    items: texts.map((text) => ({ content: [{ text }] })),
  });
  const numbers = (...texts: string[]): Block => ({ ...bullets(...texts), ordered: true }) as Block;

  it('merges lists of the same kind that follow each other, not lists of different kinds', () => {
    const story: Story = {
      ...storyWith('', []),
      body: [
        bullets('a'),
        bullets('b'),
        bullets('c'),
        numbers('1'),
        bullets('d'),
        { type: 'rule' },
        bullets('e'),
      ],
    };
    expect(bodyProblem(story.body)).toEqual([
      1,
      'two lists of the same kind in a row are one list',
    ]);
    const canonical = canonicalStory(story);
    expect(canonical.body).toEqual([
      bullets('a', 'b', 'c'),
      numbers('1'),
      bullets('d'),
      { type: 'rule' },
      bullets('e'),
    ]);
    expect(bodyProblem(canonical.body)).toBeNull();
  });

  it('normalizes the standfirst, captions, quotes and list items at every depth', () => {
    const split = [{ text: 'a' }, { text: 'b', marks: [] }];
    const story = {
      ...storyWith('', []),
      standfirst: split,
      body: [
        { type: 'subhead', level: 3, content: split },
        {
          type: 'figure',
          image: { src: `assets/${'1'.repeat(64)}.gif`, alt: '', width: 1, height: 1 },
          caption: split,
          credit: '',
        },
        { type: 'pullquote', content: split, attribution: '' },
        {
          type: 'list',
          ordered: true,
          items: [{ content: split, sublist: { ordered: false, items: [{ content: split }] } }],
        },
      ],
    } as Story;
    const ab = [{ text: 'ab' }];
    expect(canonicalStory(story)).toEqual({
      ...story,
      standfirst: ab,
      body: [
        { type: 'subhead', level: 3, content: ab },
        { ...story.body[1], caption: ab },
        { type: 'pullquote', content: ab, attribution: '' },
        {
          type: 'list',
          ordered: true,
          items: [{ content: ab, sublist: { ordered: false, items: [{ content: ab }] } }],
        },
      ],
    });
  });

  it('leaves a canonical story as it is', () => {
    fc.assert(
      fc.property(arbitraryStory, (story) => {
        expect(canonicalStory(story)).toEqual(story);
      }),
      { numRuns: 300, seed: 20261125 },
    );
  });

  it('gives every way of writing a story the same canonical form', () => {
    fc.assert(
      fc.property(arbitraryStory, fc.infiniteStream(fc.nat()), (story, choices) => {
        const messy = denormalize(story, () => choices.next().value as number);
        const canonical = canonicalStory(messy);
        expect(canonical).toEqual(story);
        expect(StorySchema.safeParse(canonical).success).toBe(true);
        expect(canonicalStory(canonical)).toEqual(canonical);
      }),
      { numRuns: 300, seed: 20261125 },
    );
  });

  it('changes no words', () => {
    fc.assert(
      fc.property(arbitraryInline, fc.infiniteStream(fc.nat()), (runs, choices) => {
        const { standfirst } = denormalize(
          { ...storyWith('', []), standfirst: runs },
          () => choices.next().value as number,
        );
        expect(inlineText(normalizeRuns(standfirst))).toBe(inlineText(standfirst));
      }),
      { numRuns: 300, seed: 20261125 },
    );
  });
});
