import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleToStory } from '../../shared/import/article-to-story';
import { detectArticle } from '../../shared/import/detect-article';
import type { DraftBlock, DraftDocument } from '../../shared/import/import-draft';
import { textToDraft } from '../../shared/import/text-to-draft';
import { StorySchema } from '../../shared/story/story-schema';
import { MARKS } from '../../shared/story/story';
import { readSharedFixture } from './article-helpers';

const SETTINGS = { seed: 20261129, numRuns: Number(process.env.RUNS ?? 1000) };
const init = { id: '6f1c2b7e-4d3a-4b8e-9c1d-2a3b4c5d6e7f', now: new Date('2026-11-29T10:00:00Z') };

/** Lines that set off the rules, so the properties reach them and not only plain prose. */
const RULE_LINES = [
  'Skip to main content',
  'Page not found',
  'The content you requested does not exist or is not available anymore.',
  'AFP photo | The Islamic State group controls a number of areas',
  'Lorries queue at the gate. REUTERS/Deniz Okan',
  '(AP Photo/Laura Benning)',
  'ANKARA, Aug 24 (Reuters) - Turkey will open a crossing.',
  'WASHINGTON (AP) — ',
  'By Jane Doe and John Roe',
  'Jane Doe, Reuters',
  'Published: 12 March 2025',
  '“We did our job.”',
  '— Senator Maria Lopez',
  'Related articles',
  '(FRANCE 24 with AP and REUTERS)',
  'Pre-empting Kurdish forces',
  '- a bullet',
  '1. a number',
  '* * *',
  'Photograph: Andreas Lykos/The Guardian',
  '© 2025 Harbour Gazette',
];

const line = fc.oneof(
  fc.constantFrom(...RULE_LINES),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 120 }),
  fc.constantFrom('', ' ', '\t', '\u00a0', '\r', '\u0000', '\u2028', '\ud800', '\u200f'),
);
const text = fc.oneof(
  fc.array(line, { maxLength: 40 }).map((lines) => lines.join('\n')),
  fc.array(line, { maxLength: 20 }).map((lines) => lines.join('\n\n')),
  fc.string({ unit: 'binary', maxLength: 2_000 }),
  fc.nat({ max: 20 }).map((n) => 'x'.repeat(n * 6_000)),
);

const inline = fc.array(
  fc.record(
    {
      text: fc.oneof(fc.constantFrom(...RULE_LINES), fc.string({ unit: 'binary', maxLength: 60 })),
      marks: fc.array(fc.constantFrom(...MARKS), { maxLength: 3 }),
      href: fc.constantFrom('https://example.com/', 'javascript:alert(1)', ''),
    },
    { requiredKeys: ['text'] },
  ),
  { maxLength: 4 },
);

const block: fc.Arbitrary<DraftBlock> = fc.oneof(
  inline.map((content) => ({ type: 'paragraph' as const, content })),
  fc.record({
    type: fc.constant('heading' as const),
    level: fc.constantFrom(1, 2, 3, 4, 5, 6 as const),
    content: inline,
  }),
  fc.record({ type: fc.constant('quote' as const), content: inline, attribution: fc.string() }),
  fc.record({
    type: fc.constant('figure' as const),
    url: fc.constantFrom('', 'https://example.com/a.jpg', 'data:image/png;base64,AAAA'),
    alt: fc.string(),
    caption: inline,
    credit: fc.oneof(fc.constant(''), fc.string()),
  }),
  fc.record({
    type: fc.constant('list' as const),
    ordered: fc.boolean(),
    items: fc.array(fc.record({ content: inline }), { maxLength: 3 }),
  }),
  fc.constant({ type: 'rule' as const }),
  fc.record({ type: fc.constant('credit' as const), text: fc.string() }),
);
const draft: fc.Arbitrary<DraftDocument> = fc.record({
  title: fc.string(),
  blocks: fc.array(block, { maxLength: 30 }),
});

describe('import properties', () => {
  it('text → draft → article → story never throws and is always a valid story', () => {
    fc.assert(
      fc.property(text, (input) => {
        const story = articleToStory(detectArticle(textToDraft(input)), init);
        const parsed = StorySchema.safeParse(story);
        expect(parsed.error?.issues).toBeUndefined();
      }),
      SETTINGS,
    );
  });

  it('detectArticle never throws for any draft, keeps indices in range, and its story is valid', () => {
    fc.assert(
      fc.property(draft, fc.array(fc.nat({ max: 30 }), { maxLength: 5 }), (doc, keep) => {
        const article = detectArticle(doc, { keep: new Set(keep) });
        for (const finding of article.findings) {
          expect(finding.index).toBeGreaterThanOrEqual(-1);
          expect(finding.index).toBeLessThan(doc.blocks.length);
        }
        const story = articleToStory(article, init);
        expect(StorySchema.safeParse(story).error?.issues).toBeUndefined();
      }),
      SETTINGS,
    );
  });

  it('textToDraft + detectArticle take well under a second for 2 MB of text', () => {
    const fixture = readSharedFixture('france24-turkish-tanks.txt');
    const big = fixture.repeat(Math.ceil(2_000_000 / fixture.length));
    const noBlankLines = big.replace(/\n+/g, '\n');
    const oneLine = big.replace(/\s+/g, ' ');
    const times: Record<string, number> = {};
    for (const [name, input] of Object.entries({ big, noBlankLines, oneLine })) {
      detectArticle(textToDraft(input));
      const start = performance.now();
      const article = detectArticle(textToDraft(input));
      times[name] = performance.now() - start;
      const convert = performance.now();
      expect(StorySchema.safeParse(articleToStory(article, init)).success).toBe(true);
      times[`${name} + articleToStory + schema`] = performance.now() - convert;
    }
    console.log(
      '2 MB import times (ms):',
      JSON.stringify(times, (_, v: unknown) => (typeof v === 'number' ? Math.round(v) : v)),
    );
    expect(times.big).toBeLessThan(1_000);
    expect(times.noBlankLines).toBeLessThan(1_000);
    expect(times.oneLine).toBeLessThan(1_000);
  });
});
