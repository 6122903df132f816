// The published JSON Schema (docs/story.schema.json): generated from the zod
// schema, never out of date, and it agrees with the app on real stories.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StoryShapeSchema } from '../../shared/story/story-schema';
import { compilePublishedSchema } from './published-schema';
import { arbitraryStory, france24Story, storyWith } from './story-fixtures';

const root = path.resolve(import.meta.dirname, '../..');
const schemaFile = path.join(root, 'docs', 'story.schema.json');
const committed = readFileSync(schemaFile, 'utf8');
const schema = JSON.parse(committed) as Record<string, unknown>;

const validate = compilePublishedSchema(schema);

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
      $id: 'urn:newsdesk:story:3',
      title: 'Newsdesk story, format 3',
    });
    expect(schema.description).toMatch(/canonical form/);
    expect(schema.description).toMatch(/line break/);
    expect(schema.description).toMatch(/two lists of the same kind/);
  });

  it('accepts the France 24 story, a new story and every generated story', () => {
    expect(validate(france24Story), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(storyWith('', []))).toBe(true);
    fc.assert(
      fc.property(arbitraryStory, (story) => {
        expect(validate(JSON.parse(JSON.stringify(story))), JSON.stringify(validate.errors)).toBe(
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
