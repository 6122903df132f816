// Reading story files of every version: v1 foundation files come up to v2,
/* eslint-disable no-control-regex -- control characters are what these tests are about */
// newer ones are refused plainly, and hand-written files are canonicalized.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STORY_SCHEMA_VERSION, type Story } from '../../shared/story/story';
import {
  MIGRATIONS,
  migrateStoryJson,
  readStoryJson,
  type MigrationStep,
} from '../../shared/story/story-migrate';
import { inlineText } from '../../shared/story/story-runs';
import { StorySchema, StoryShapeSchema } from '../../shared/story/story-schema';
import { arbitraryStory, france24Story } from './story-fixtures';
import { denormalize } from './story-denormalize';

const ID = '0b6f6c4e-8d1a-4f4e-9a57-3c2d7e5b9a10';

/** A story.json as the foundation (format 1) app wrote it. */
const V1_FILE = {
  schemaVersion: 1,
  id: ID,
  headline: 'Turkish tanks cross Syrian border to free IS-group held town',
  body: [
    {
      type: 'paragraph',
      content: [{ text: 'Turkish tanks ', marks: ['bold'] }, { text: 'have crossed into Syria.' }],
    },
    { type: 'paragraph', content: [] },
    { type: 'paragraph', content: [{ text: 'Line one\nline two' }] },
  ],
  createdAt: '2026-11-20T08:00:00.000Z',
  updatedAt: '2026-11-20T09:30:00.000Z',
};

function read(raw: unknown): Story {
  const reading = readStoryJson(raw);
  if (!reading.ok) throw new Error(reading.message);
  return reading.story;
}

describe('readStoryJson: format 2 → 3', () => {
  it('reads a format 2 file as it was, in format 3', () => {
    const v2 = { ...france24Story, schemaVersion: 2 };
    expect(readStoryJson(structuredClone(v2))).toEqual({
      ok: true,
      migratedFrom: 2,
      story: france24Story,
    });
  });
});

describe('readStoryJson: format 1 → 2', () => {
  it('migrates a foundation file, filling the new fields with their defaults', () => {
    const reading = readStoryJson(structuredClone(V1_FILE));
    expect(reading).toEqual({
      ok: true,
      migratedFrom: 1,
      story: {
        schemaVersion: 3,
        id: ID,
        headline: 'Turkish tanks cross Syrian border to free IS-group held town',
        standfirst: [],
        bylines: [],
        body: V1_FILE.body,
        slug: '',
        status: 'draft',
        desk: '',
        tags: [],
        language: 'en',
        authors: [],
        createdAt: '2026-11-20T08:00:00.000Z',
        updatedAt: '2026-11-20T09:30:00.000Z',
      },
    });
  });

  it('does not change the JSON it was given', () => {
    const raw = structuredClone(V1_FILE);
    readStoryJson(raw);
    expect(raw).toEqual(V1_FILE);
  });

  it('opens what format 1 accepted but format 2 is stricter about', () => {
    const story = read({
      ...V1_FILE,
      headline: 'Tanks\tcross\u0007the border',
      body: [
        {
          type: 'paragraph',
          content: [
            { text: '', marks: ['bold'] },
            { text: 'Pasted', marks: [] },
            { text: ' from Windows\r\n', marks: [] },
            { text: 'with a form\ffeed', marks: ['italic', 'bold', 'bold'] },
            { text: ' and more', marks: ['bold', 'italic'] },
          ],
        },
      ],
    });
    expect(story.headline).toBe('Tanks cross the border');
    expect(story.body).toEqual([
      {
        type: 'paragraph',
        content: [
          { text: 'Pasted from Windows\n' },
          { text: 'with a form feed and more', marks: ['bold', 'italic'] },
        ],
      },
    ]);
  });

  it('opens every file format 1 accepted, keeping its words', () => {
    // Format 1's schema: a headline without line breaks, runs of any text with
    // the four marks of the time in any order (repeats and empty lists allowed).
    const anyText = fc.string({
      unit: fc.oneof(
        fc.constantFrom('\r\n', '\r', '\n', '\t', '\u0000', '\u001b', '\u007f', ' ', 'ت', '🇹🇷'),
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
      ),
      maxLength: 8,
    });
    const v1Marks = fc.array(fc.constantFrom('bold', 'italic', 'underline', 'strikethrough'), {
      maxLength: 4,
    });
    const v1Run = fc.record({ text: anyText, marks: v1Marks }, { requiredKeys: ['text'] });
    const v1File = fc.record({
      headline: anyText.map((text) => text.replace(/[\r\n]/g, '')),
      body: fc.array(
        fc.record({ type: fc.constant('paragraph'), content: fc.array(v1Run, { maxLength: 5 }) }),
        { maxLength: 5 },
      ),
    });
    fc.assert(
      fc.property(v1File, ({ headline, body }) => {
        const story = read({ ...V1_FILE, headline, body });
        expect(StorySchema.parse(story)).toEqual(story);
        expect(story.headline).toBe(headline.replace(/[\u0000-\u001f\u007f]+/g, ' '));
        expect(
          story.body.map((block) => inlineText(block.type === 'paragraph' ? block.content : [])),
        ).toEqual(
          body.map((block) =>
            block.content
              .map((run) =>
                run.text
                  .replace(/\r\n?/g, '\n')
                  .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' '),
              )
              .join(''),
          ),
        );
      }),
      { numRuns: 300, seed: 20261125 },
    );
  });
});

describe('readStoryJson: the current format', () => {
  it('reads every valid story as it is, not as a migration', () => {
    fc.assert(
      fc.property(arbitraryStory, (story) => {
        expect(readStoryJson(JSON.parse(JSON.stringify(story)))).toEqual({
          ok: true,
          story,
          migratedFrom: null,
        });
      }),
      { numRuns: 200, seed: 20261125 },
    );
  });

  it('brings a hand-written file to canonical form', () => {
    const story = read({
      ...france24Story,
      standfirst: [{ text: 'Split ' }, { text: 'runs' }],
      body: [
        {
          type: 'paragraph',
          content: [
            { text: 'Marks in any order', marks: ['italic', 'bold', 'italic'] },
            { text: '\n', marks: ['bold'] },
          ],
        },
        { type: 'list', ordered: false, items: [{ content: [{ text: 'one' }] }] },
        { type: 'list', ordered: false, items: [{ content: [{ text: 't' }, { text: 'wo' }] }] },
      ],
    });
    expect(story.standfirst).toEqual([{ text: 'Split runs' }]);
    expect(story.body).toEqual([
      {
        type: 'paragraph',
        content: [{ text: 'Marks in any order', marks: ['bold', 'italic'] }, { text: '\n' }],
      },
      {
        type: 'list',
        ordered: false,
        items: [{ content: [{ text: 'one' }] }, { content: [{ text: 'two' }] }],
      },
    ]);
  });

  it('brings any file that matches the published shape to canonical form (split runs, shuffled marks, split lists)', () => {
    fc.assert(
      fc.property(arbitraryStory, fc.infiniteStream(fc.nat()), (story, choices) => {
        const choice = () => choices.next().value as number;
        const messy = denormalize(story, choice);
        expect(StoryShapeSchema.safeParse(messy).success).toBe(true);
        expect(readStoryJson(messy)).toEqual({ ok: true, story, migratedFrom: null });
      }),
      { numRuns: 300, seed: 20261125 },
    );
  });

  it.each([
    [
      'a newer format',
      { schemaVersion: 4 },
      'it was saved by a newer Newsdesk (format 4; this one reads up to 3)',
    ],
    ['no format', { schemaVersion: undefined }, 'schemaVersion is missing or not a version number'],
    [
      'a format in words',
      { schemaVersion: '2' },
      'schemaVersion is missing or not a version number',
    ],
    ['format 0', { schemaVersion: 0 }, 'schemaVersion is missing or not a version number'],
    ['format 1.5', { schemaVersion: 1.5 }, 'schemaVersion is missing or not a version number'],
  ])('refuses a file with %s, saying so', (_name, change, message) => {
    expect(readStoryJson({ ...france24Story, ...change })).toEqual({ ok: false, message });
  });

  it.each([[[france24Story]], [null], ['story'], [42]])('refuses %j: not a story object', (raw) => {
    expect(readStoryJson(raw)).toEqual({ ok: false, message: 'not a story object' });
  });

  it('says where a file is wrong', () => {
    const href = { type: 'paragraph', content: [{ text: 'x', href: 'javascript:alert(1)' }] };
    expect(readStoryJson({ ...france24Story, body: [href] })).toEqual({
      ok: false,
      message: 'body.0.content.0.href: links must be http:, https: or mailto:',
    });
    const { headline, ...headless } = france24Story;
    void headline;
    expect(readStoryJson(headless)).toMatchObject({ ok: false, message: /^headline: / });
  });

  it('reads lists nested 8 deep, refuses 9, and refuses absurd nesting without running out of stack', () => {
    const nested = (extra: number): object => {
      let list: object = { ordered: true, items: [{ content: [{ text: 'deepest' }] }] };
      for (let i = 0; i < extra; i += 1)
        list = { ordered: true, items: [{ content: [], sublist: list }] };
      return { ...france24Story, body: [{ type: 'list', ...list }] };
    };
    expect(readStoryJson(nested(7))).toMatchObject({ ok: true });
    expect(readStoryJson(nested(8))).toEqual({
      ok: false,
      message: 'body.0: lists nest at most 8 deep',
    });
    // Once a list nested 1,000 deep made the validator throw RangeError: every
    // depth gets a plain answer, the deepest ones before any validation runs.
    for (let extra = 8; extra <= 30; extra += 1) {
      expect(readStoryJson(nested(extra))).toMatchObject({
        ok: false,
        message: expect.stringMatching(
          /^(body\.0: lists nest at most 8 deep|it is nested too deeply to be a story)$/,
        ),
      });
    }
    for (const extra of [30, 1_000, 100_000]) {
      expect(readStoryJson(nested(extra))).toEqual({
        ok: false,
        message: 'it is nested too deeply to be a story',
      });
    }
  });
});

describe('migrateStoryJson: migrations are a table of steps', () => {
  const steps: Record<number, MigrationStep> = {
    1: (json) => ({ ...json, schemaVersion: 2, trail: ['1→2'] }),
    2: (json) => ({ ...json, schemaVersion: 3, trail: [...(json.trail as string[]), '2→3'] }),
  };

  it('applies each step from the file’s version up to the current one, in order', () => {
    expect(migrateStoryJson({ schemaVersion: 1 }, steps, 3)).toEqual({
      from: 1,
      json: { schemaVersion: 3, trail: ['1→2', '2→3'] },
    });
    expect(migrateStoryJson({ schemaVersion: 2, trail: [] }, steps, 3)).toEqual({
      from: 2,
      json: { schemaVersion: 3, trail: ['2→3'] },
    });
    expect(migrateStoryJson({ schemaVersion: 3 }, steps, 3)).toEqual({
      from: 3,
      json: { schemaVersion: 3 },
    });
  });

  it('says which step is missing, and refuses versions newer than the current one', () => {
    expect(migrateStoryJson({ schemaVersion: 1 }, { 1: steps[1]! }, 3)).toBe(
      'no migration from format 2',
    );
    expect(migrateStoryJson({ schemaVersion: 4 }, steps, 3)).toBe(
      'it was saved by a newer Newsdesk (format 4; this one reads up to 3)',
    );
  });

  it('has a step for every format before the current one', () => {
    for (let version = 1; version < STORY_SCHEMA_VERSION; version += 1) {
      expect(MIGRATIONS[version], `migration from format ${version}`).toBeTypeOf('function');
      expect(MIGRATIONS[version]!({ schemaVersion: version }).schemaVersion).toBe(version + 1);
    }
    expect(MIGRATIONS[STORY_SCHEMA_VERSION]).toBeUndefined();
  });
});
