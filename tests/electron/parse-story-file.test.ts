// Reading story.json text: a good file becomes a Story, a damaged one a plain-worded 'damaged' error.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseStoryFile } from '../../electron/library/parse-story-file';
import { openStoryLibrary, STORY_FILE } from '../../electron/library/story-library';
import { STORY_SCHEMA_VERSION, type Story } from '../../shared/story/story';
import { StorySchema } from '../../shared/story/story-schema';

const ID = '0b6f6c4e-8d1a-4f4e-9a57-3c2d7e5b9a10';
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'newsdesk-parse-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** The text of a story.json the library itself wrote, with a headline and one paragraph. */
async function writtenByLibrary(): Promise<{ story: Story; text: string }> {
  const library = openStoryLibrary(dir, {
    newId: () => ID,
    now: () => new Date('2026-11-24T09:00:00.000Z'),
  });
  const created = await library.create();
  if (!created.ok) throw new Error(created.error.message);
  const story: Story = {
    ...created.value,
    headline: 'Turkish tanks cross Syrian border',
    body: [
      {
        type: 'paragraph',
        content: [{ text: 'Pre-empting ' }, { text: 'Kurdish', marks: ['bold'] }],
      },
    ],
  };
  const saved = await library.save(story);
  if (!saved.ok) throw new Error(saved.error.message);
  const text = await readFile(path.join(dir, ID, STORY_FILE), 'utf8');
  return { story: { ...story, updatedAt: saved.value.updatedAt }, text };
}

function damagedMessage(text: string): string {
  const result = parseStoryFile(text);
  expect(result).toMatchObject({ ok: false, error: { code: 'damaged' } });
  return result.ok ? '' : result.error.message;
}

describe('parseStoryFile', () => {
  it('reads back exactly the story the library wrote', async () => {
    const { story, text } = await writtenByLibrary();
    const result = parseStoryFile(text);
    expect(result).toEqual({ ok: true, value: story });
    if (result.ok) expect(StorySchema.parse(result.value)).toEqual(story);
  });

  it.each([
    ['an empty file', ''],
    ['a torn file', '{"schemaVersion": 1, "id": "0b6f'],
    ['binary noise', '\u0000\u0001\u0002PK\u0003\u0004'],
  ])('says %s is not readable JSON, without the parser’s jargon', (_name, text) => {
    const message = damagedMessage(text);
    expect(message).toBe('The story file is damaged: it is not readable JSON.');
    expect(message).not.toMatch(/SyntaxError|Unexpected|position/);
  });

  it('names the field that is wrong when the JSON is not a story', async () => {
    const { story } = await writtenByLibrary();
    expect(damagedMessage(JSON.stringify({ ...story, headline: 42 }))).toMatch(
      /^The story file is damaged: headline: .+\.$/,
    );
    expect(damagedMessage(JSON.stringify({ ...story, headline: 'Two\nlines' }))).toMatch(
      /^The story file is damaged: headline: one line of plain text\.$/,
    );
    expect(damagedMessage(JSON.stringify({ ...story, id: '../escape' }))).toMatch(
      /^The story file is damaged: id: not a story id\.$/,
    );
    expect(
      damagedMessage(JSON.stringify({ ...story, body: [{ type: 'video', content: [] }] })),
    ).toMatch(/^The story file is damaged: body\.0\.type: /);
  });

  it('refuses a story from a newer version, an unknown key, or something that is not an object', async () => {
    const { story } = await writtenByLibrary();
    expect(
      damagedMessage(JSON.stringify({ ...story, schemaVersion: STORY_SCHEMA_VERSION + 1 })),
    ).toMatch(/^The story file is damaged: it was saved by a newer Newsdesk/);
    expect(damagedMessage(JSON.stringify({ ...story, comments: [] }))).toMatch(/comments/);
    for (const text of ['null', '[]', '"story"', '42']) {
      expect(damagedMessage(text)).toBe('The story file is damaged: not a story object.');
    }
  });
});
