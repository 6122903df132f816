// Stories for tests: a hand-made one, and fast-check arbitraries for any valid story.
/* eslint-disable no-control-regex -- control characters are what these tests are about */
import fc from 'fast-check';
import {
  MARKS,
  STORY_SCHEMA_VERSION,
  STORY_STATUSES,
  type Block,
  type Inline,
  type List,
  type ListItem,
  type Story,
  type TextRun,
} from '../../shared/story/story';
import { canonicalStory } from '../../shared/story/story-canonical';
import { makeRun, normalizeRuns } from '../../shared/story/story-runs';

/** A valid story with the given headline and paragraphs of plain text. */
export function storyWith(headline: string, paragraphs: string[]): Story {
  return {
    schemaVersion: STORY_SCHEMA_VERSION,
    id: '0b6f6c4e-8d1a-4f4e-9a57-3c2d7e5b9a10',
    headline,
    standfirst: [],
    bylines: [],
    body: paragraphs.map((text) => ({ type: 'paragraph', content: text ? [{ text }] : [] })),
    slug: '',
    status: 'draft',
    desk: '',
    tags: [],
    language: 'en',
    authors: [],
    createdAt: '2026-11-24T08:00:00.000Z',
    updatedAt: '2026-11-24T09:30:00.000Z',
  };
}

const FRANCE24_IMAGE = `assets/${'3f5a9c0e'.repeat(8)}.jpg`;

/**
 * The France 24 story (../shared/fixtures/france24-turkish-tanks.txt),
 * shortened, as the desk files it: every part a story has except a list.
 */
export const france24Story: Story = {
  ...storyWith('Turkish tanks cross Syrian border to free IS-group held town', []),
  id: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
  standfirst: [
    {
      text: 'Turkish tanks have crossed into Syria as part of a military operation to free a border town held by the Islamic State (IS) group.',
    },
  ],
  bylines: ['FRANCE 24'],
  dateline: { place: 'Karkamis, Turkey', date: '2016-08-24' },
  body: [
    {
      type: 'figure',
      image: {
        src: FRANCE24_IMAGE,
        alt: 'Turkish army tanks near the Syrian border',
        width: 1024,
        height: 576,
      },
      caption: [
        {
          text: 'The Islamic State group controls a number of areas along the Turkey-Syria border',
        },
      ],
      credit: 'AFP photo',
    },
    {
      type: 'paragraph',
      content: [
        { text: 'The incursion is Turkey’s ' },
        { text: 'first', marks: ['italic'] },
        {
          text: ' into Syria since February 2015 and its largest military effort yet in the Syrian conflict.',
        },
      ],
    },
    {
      type: 'pullquote',
      content: [
        {
          text: 'The aim of the operation is to ensure border security and Syria’s territorial integrity.',
        },
      ],
      attribution: 'A Turkish military source',
    },
    {
      type: 'subhead',
      level: 2,
      content: [{ text: "Turkey to 'cleanse' border of IS militants" }],
    },
    {
      type: 'paragraph',
      content: [
        {
          text: 'Turkey had vowed on Monday to “completely cleanse” IS group militants from its border region after a suicide bomber killed 54 people at a Kurdish wedding in ',
        },
        { text: 'Gaziantep', href: 'https://en.wikipedia.org/wiki/Gaziantep' },
        { text: '.' },
      ],
    },
    { type: 'subhead', level: 2, content: [{ text: 'Pre-empting Kurdish forces' }] },
    {
      type: 'paragraph',
      content: [
        { text: 'The Kurdish YPG militia took near complete control of Hasaka city on Tuesday.' },
      ],
    },
    { type: 'credit', text: '(FRANCE 24 with AP and REUTERS)' },
  ],
  slug: 'turkish-tanks-cross-syrian-border',
  status: 'ready',
  desk: 'International',
  tags: ['Turkey', 'Syria', 'Islamic State group'],
  targetWords: 600,
  authors: ['FRANCE 24'],
  createdAt: '2016-08-24T06:12:00.000Z',
  updatedAt: '2016-08-24T07:45:30.000Z',
};

// Characters that break naive code: right-to-left scripts, emoji made of
// several code points, combining accents, line breaks and tabs, spaces at the edges.
const TRICKY = [
  'a',
  'Z',
  ' ',
  '  ',
  '.',
  '-',
  '’',
  'é',
  'e\u0301',
  'ت',
  'قوات',
  'ש',
  'שלום',
  '\u200f',
  '😀',
  '🇹🇷',
  '👩‍👩‍👧',
  'ไทย',
  '戦車',
  '<b>',
  '&amp;',
  '\u00a0',
  '\u2028',
];

/** Any printable grapheme except the control characters (C0 and DEL). */
const grapheme = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 1 })
  .filter((g) => !/[\u0000-\u001f\u007f]/.test(g));

const lineUnit = fc.oneof({ arbitrary: fc.constantFrom(...TRICKY), weight: 3 }, grapheme);

/** One line of plain text (a headline, a credit, an alt text). */
export const arbitraryLine = fc.string({ unit: lineUnit, maxLength: 12 });

/** A non-empty line (a byline, a tag). */
const nonEmptyLine = fc.string({ unit: lineUnit, minLength: 1, maxLength: 6 });

/** Text of a run: a line's characters plus line breaks and tabs. */
const runText = fc.string({
  unit: fc.oneof(
    { arbitrary: lineUnit, weight: 6 },
    { arbitrary: fc.constantFrom('\n', '\t'), weight: 1 },
  ),
  minLength: 1,
  maxLength: 10,
});

/** A link target the model accepts. */
export const arbitraryHref = fc.oneof(
  fc.constantFrom(
    'https://www.france24.com/en/20160824-turkey-tanks-syria-jarabulus',
    'http://example.org/a?b=c&d=e#f',
    'HTTPS://EXAMPLE.ORG/',
    'mailto:desk@example.org',
    'mailto:desk@example.org?subject=Jarabulus%20copy',
  ),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
);

const run: fc.Arbitrary<TextRun> = fc
  .record(
    { text: runText, marks: fc.subarray([...MARKS]), href: arbitraryHref },
    { requiredKeys: ['text', 'marks'] },
  )
  .map(({ text, marks, href }) => makeRun(text, marks, href));

/** Inline text in canonical form (possibly empty). */
export const arbitraryInline: fc.Arbitrary<Inline> = fc
  .array(run, { maxLength: 5 })
  .map(normalizeRuns);

/** A list nested at most `depth` levels (1 = no sublists). */
function arbitraryList(depth: number): fc.Arbitrary<List> {
  const item: fc.Arbitrary<ListItem> =
    depth <= 1
      ? arbitraryInline.map((content) => ({ content }))
      : fc
          .record(
            { content: arbitraryInline, sublist: arbitraryList(depth - 1) },
            { requiredKeys: ['content'] },
          )
          .map(({ content, sublist }) => (sublist ? { content, sublist } : { content }));
  return fc.record({
    ordered: fc.boolean(),
    items: fc.array(item, { minLength: 1, maxLength: 3 }),
  });
}

const hex64 = fc.stringMatching(/^[0-9a-f]{64}$/);
const pixels = fc.integer({ min: 1, max: 100_000 });

/** Any body block (lists nest up to three deep). */
export const arbitraryBlock: fc.Arbitrary<Block> = fc.oneof(
  arbitraryInline.map((content): Block => ({ type: 'paragraph', content })),
  fc
    .record({ level: fc.constantFrom(2 as const, 3 as const), content: arbitraryInline })
    .map((subhead): Block => ({ type: 'subhead', ...subhead })),
  fc
    .record({
      hash: hex64,
      ext: fc.constantFrom('png', 'jpg', 'gif', 'webp'),
      alt: arbitraryLine,
      width: pixels,
      height: pixels,
      caption: arbitraryInline,
      credit: arbitraryLine,
      // One photo in ten has no file yet (imported copy): only its alt text.
      missing: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
    })
    .map(({ hash, ext, alt, width, height, caption, credit, missing }): Block => ({
      type: 'figure',
      image: missing ? { alt } : { src: `assets/${hash}.${ext}`, alt, width, height },
      caption,
      credit,
    })),
  fc
    .record({ content: arbitraryInline, attribution: arbitraryLine })
    .map((quote): Block => ({ type: 'pullquote', ...quote })),
  arbitraryList(3).map((list): Block => ({ type: 'list', ...list })),
  fc.constant<Block>({ type: 'rule' }),
  arbitraryLine.map((text): Block => ({ type: 'credit', text })),
);

// Instants and dates well inside the range JSON and zod agree on.
const instant = fc
  .date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2099-12-31T23:59:59Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString());

const slug = fc
  .array(fc.stringMatching(/^[a-z0-9]{1,8}$/), { maxLength: 4 })
  .map((words) => words.join('-'));

/** Any valid story in canonical form (the shape the app saves). */
export const arbitraryStory: fc.Arbitrary<Story> = fc
  .record(
    {
      id: fc.uuid({ version: [1, 4, 7] }),
      headline: arbitraryLine,
      standfirst: arbitraryInline,
      bylines: fc.array(nonEmptyLine, { maxLength: 3 }),
      dateline: fc.record(
        { place: nonEmptyLine, date: instant.map((at) => at.slice(0, 10)) },
        { requiredKeys: ['place'] },
      ),
      body: fc.array(arbitraryBlock, { maxLength: 8 }),
      slug,
      status: fc.constantFrom(...STORY_STATUSES),
      desk: arbitraryLine,
      tags: fc.array(nonEmptyLine, { maxLength: 3 }),
      language: fc.constantFrom('en', 'fr', 'ar', 'he', 'ja', 'th', 'pt-BR', 'zh-Hant'),
      embargo: instant,
      targetWords: fc.integer({ min: 1, max: 1_000_000 }),
      authors: fc.array(nonEmptyLine, { maxLength: 3 }),
      createdAt: instant,
      updatedAt: instant,
    },
    {
      requiredKeys: [
        'id',
        'headline',
        'standfirst',
        'bylines',
        'body',
        'slug',
        'status',
        'desk',
        'tags',
        'language',
        'authors',
        'createdAt',
        'updatedAt',
      ],
    },
  )
  .map((fields) => canonicalStory({ schemaVersion: STORY_SCHEMA_VERSION, ...fields }));
