// The published JSON Schema (docs/story.schema.json): generated from the zod
// schema, never out of date, and it agrees with the app on real stories.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StoryShapeSchema } from '../../shared/story/story-schema';
import { arbitraryStory, france24Story, storyWith } from './story-fixtures';

const root = path.resolve(import.meta.dirname, '../..');
const schemaFile = path.join(root, 'docs', 'story.schema.json');
const committed = readFileSync(schemaFile, 'utf8');
const schema = JSON.parse(committed) as Record<string, unknown>;

// ajv-formats is not a dependency; these are the two formats the schema uses,
// checked as RFC 3339 says (the schema's own patterns check them too).
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
function isDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}
function isDateTime(text: string): boolean {
  const [date, time] = text.split(/[Tt]/);
  return (
    date !== undefined &&
    time !== undefined &&
    isDate(date) &&
    /^([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?([Zz]|[+-]([01]\d|2[0-3]):[0-5]\d)$/.test(time)
  );
}

const ajv = new Ajv2020({ allErrors: true, strict: true });
ajv.addFormat('date', isDate);
ajv.addFormat('date-time', isDateTime);
const validate = ajv.compile(schema);

describe('docs/story.schema.json', () => {
  it('is what scripts/story-schema.mjs generates now (run it after changing the model)', () => {
    const fresh = execFileSync(
      process.execPath,
      [path.join(root, 'scripts/story-schema.mjs'), '--stdout'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    expect(committed).toBe(fresh);
  });

  it('names itself and says what JSON Schema cannot', () => {
    expect(schema).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: 'urn:newsdesk:story:2',
      title: 'Newsdesk story, format 2',
    });
    expect(schema.description).toMatch(/canonical form/);
    expect(schema.description).toMatch(/line break/);
    expect(schema.description).toMatch(/two lists of the same kind/);
  });

  it('accepts the France 24 story, a new story and every generated story', () => {
    expect(validate(france24Story), ajv.errorsText(validate.errors)).toBe(true);
    expect(validate(storyWith('', []))).toBe(true);
    fc.assert(
      fc.property(arbitraryStory, (story) => {
        expect(validate(JSON.parse(JSON.stringify(story))), ajv.errorsText(validate.errors)).toBe(
          true,
        );
      }),
      { numRuns: 200, seed: 20261125 },
    );
  });

  it.each([
    [
      'a javascript: link',
      { body: [{ type: 'paragraph', content: [{ text: 'x', href: 'javascript:alert(1)' }] }] },
    ],
    ['a data: link in the standfirst', { standfirst: [{ text: 'x', href: 'data:text/html,x' }] }],
    ['a missing headline', { headline: undefined }],
    ['a headline on two lines', { headline: 'one\ntwo' }],
    ['an unknown key', { colour: 'red' }],
    ['an unknown block', { body: [{ type: 'video' }] }],
    [
      'an image outside the story folder',
      {
        body: [
          { ...france24Story.body[0], image: { src: '../x.png', alt: '', width: 1, height: 1 } },
        ],
      },
    ],
    ['a bad slug', { slug: 'Not A Slug' }],
    ['an impossible date', { dateline: { place: 'Ankara', date: '2016-02-30' } }],
    ['a time with an offset', { updatedAt: '2016-08-24T07:45:30+02:00' }],
    ['format 1', { schemaVersion: 1 }],
  ])('refuses %s, as the app does', (_name, change) => {
    const story = JSON.parse(JSON.stringify({ ...france24Story, ...change })) as unknown;
    expect(validate(story)).toBe(false);
    expect(StoryShapeSchema.safeParse(story).success).toBe(false);
  });

  it('checks the shape only: non-canonical runs pass it (the app canonicalizes them on reading)', () => {
    const split = { ...france24Story, standfirst: [{ text: 'a' }, { text: 'b' }] };
    expect(validate(split)).toBe(true);
  });
});
