// The library on disk: one folder per story, real files in a temp folder.
import { chmod, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStoryLibrary, STORY_FILE } from '../../electron/library/story-library';
import { nodeIo, type AtomicWriteIo } from '../../electron/storage/atomic-write';
import type { Story } from '../../shared/story/story';
import { StorySchema } from '../../shared/story/story-schema';

let dir: string;
let root: string;
let clock: Date;
const ids = [
  '11111111-1111-4111-8111-111111111111',
  '22222222-2222-4222-8222-222222222222',
  '33333333-3333-4333-8333-333333333333',
];

function library(io?: AtomicWriteIo) {
  let next = 0;
  return openStoryLibrary(root, { now: () => clock, newId: () => ids[next++]!, io });
}

function written(story: Story, headline: string, ...paragraphs: string[]): Story {
  return {
    ...story,
    headline,
    body: paragraphs.map((text) => ({ type: 'paragraph', content: [{ text }] })),
  };
}

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'newsdesk-library-'));
  root = path.join(dir, 'Newsdesk');
  clock = new Date('2026-11-24T09:00:00.000Z');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const fileOf = (id: string) => path.join(root, id, STORY_FILE);

async function created(lib: ReturnType<typeof library>): Promise<Story> {
  const result = await lib.create();
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('story library', () => {
  it('creates a story as <root>/<id>/story.json that validates', async () => {
    const story = await created(library());
    expect(story.id).toBe(ids[0]);
    const onDisk = JSON.parse(await readFile(fileOf(story.id), 'utf8'));
    expect(StorySchema.parse(onDisk)).toEqual(story);
  });

  it('saves, stamps the save time and loads the same story back', async () => {
    const lib = library();
    const story = await created(lib);
    clock = new Date('2026-11-24T09:05:00.000Z');
    const saved = await lib.save(written(story, 'Tanks cross border', 'First.', 'Second.'));
    expect(saved).toEqual({ ok: true, value: { updatedAt: '2026-11-24T09:05:00.000Z' } });
    const loaded = await lib.load(story.id);
    expect(loaded).toEqual({
      ok: true,
      value: {
        ...written(story, 'Tanks cross border', 'First.', 'Second.'),
        updatedAt: '2026-11-24T09:05:00.000Z',
      },
    });
  });

  it('lists stories newest first with headline and body words, skipping what is not a story', async () => {
    const lib = library();
    const older = await created(lib);
    await lib.save(written(older, 'Older', 'one two three'));
    clock = new Date('2026-11-24T10:00:00.000Z');
    const newer = await created(lib);
    await lib.save(written(newer, 'Newer', 'a well-known fact'));
    const damaged = await created(lib);
    await writeFile(fileOf(damaged.id), '{"schemaVersion": 1, "id": ');
    await mkdir(path.join(root, 'not-a-story'));
    await writeFile(path.join(root, 'notes.txt'), 'hello');

    expect(await lib.list()).toEqual({
      ok: true,
      value: [
        {
          id: newer.id,
          headline: 'Newer',
          status: 'draft',
          desk: '',
          updatedAt: '2026-11-24T10:00:00.000Z',
          words: 3,
        },
        {
          id: older.id,
          headline: 'Older',
          status: 'draft',
          desk: '',
          updatedAt: '2026-11-24T09:00:00.000Z',
          words: 3,
        },
      ],
    });
  });

  it('lists a missing library as empty', async () => {
    expect(await library().list()).toEqual({ ok: true, value: [] });
  });

  it('says so when the library folder cannot be read, instead of showing it empty', async () => {
    await writeFile(root, 'a file where the library folder should be');
    expect(await library().list()).toEqual({
      ok: false,
      error: {
        code: 'io',
        message: 'The library folder cannot be read: a file stands where a folder should be.',
      },
    });
  });

  it('reads a story file that starts with a byte-order mark', async () => {
    const lib = library();
    const story = await created(lib);
    await writeFile(fileOf(story.id), `\uFEFF${await readFile(fileOf(story.id), 'utf8')}`);
    expect(await lib.load(story.id)).toEqual({ ok: true, value: story });
  });

  it('reports a damaged file in plain words and leaves it untouched', async () => {
    const lib = library();
    const story = await created(lib);
    const garbage = '{"schemaVersion": 1, "headline": "half a fi';
    await writeFile(fileOf(story.id), garbage);
    const loaded = await lib.load(story.id);
    expect(loaded).toMatchObject({ ok: false, error: { code: 'damaged' } });
    if (!loaded.ok) expect(loaded.error.message).toMatch(/^The story file is damaged/);
    expect(await readFile(fileOf(story.id), 'utf8')).toBe(garbage);
  });

  it('reports a file that is JSON but not a story as damaged', async () => {
    const lib = library();
    const story = await created(lib);
    await writeFile(fileOf(story.id), JSON.stringify({ ...story, headline: 42 }));
    expect(await lib.load(story.id)).toMatchObject({ ok: false, error: { code: 'damaged' } });
  });

  it('reports a missing story as not found', async () => {
    expect(await library().load(ids[2]!)).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('runs saves of one story in order, so the last one is what the disk keeps', async () => {
    const lib = library();
    const story = await created(lib);
    const saves = Array.from({ length: 12 }, (_, i) => lib.save(written(story, `Version ${i}`)));
    const results = await Promise.all(saves);
    expect(results.every((result) => result.ok)).toBe(true);
    const onDisk = JSON.parse(await readFile(fileOf(story.id), 'utf8'));
    expect(onDisk.headline).toBe('Version 11');
    expect((await readdir(path.join(root, story.id))).sort()).toEqual([STORY_FILE]);
  });

  it('never turns an id into a path outside the library', async () => {
    const lib = library();
    const story = await created(lib);
    const before = (await readdir(dir)).sort();
    for (const result of [
      await lib.save({ ...story, id: '../escape' }),
      await lib.load('../../etc/passwd'),
      await lib.load(`${story.id}/../../x`),
    ]) {
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    }
    expect((await readdir(dir)).sort()).toEqual(before);
    expect(await readdir(root)).toEqual([story.id]);
  });

  it('on a full disk answers a typed io error and keeps the previous file byte for byte', async () => {
    const story = await created(library());
    const before = await readFile(fileOf(story.id));
    const fullDisk: AtomicWriteIo = { ...nodeIo, write: async () => 0 };
    const result = await library(fullDisk).save(written(story, 'Lost?', 'No.'));
    expect(result).toMatchObject({ ok: false, error: { code: 'io' } });
    if (!result.ok) expect(result.error.message).toMatch(/disk is full.*text is kept/);
    expect(await readFile(fileOf(story.id))).toEqual(before);
  });
});

describe('story library: opening, outside changes, damaged files', () => {
  it('refuses to overwrite a file another program changed since it was opened, unless told to', async () => {
    const lib = library();
    const story = await created(lib);
    expect((await lib.open(story.id)).ok).toBe(true);
    expect(await lib.changedOnDisk(story.id)).toBe(false);
    const theirs = JSON.stringify({ ...story, headline: 'Theirs' });
    await writeFile(fileOf(story.id), theirs);
    expect(await lib.changedOnDisk(story.id)).toBe(true);

    expect(await lib.save(written(story, 'Mine'))).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(await readFile(fileOf(story.id), 'utf8')).toBe(theirs);
    expect((await lib.save(written(story, 'Mine'), { overwrite: true })).ok).toBe(true);
    expect(JSON.parse(await readFile(fileOf(story.id), 'utf8')).headline).toBe('Mine');
    // Its own saves are not outside changes.
    expect((await lib.save(written(story, 'Mine again'))).ok).toBe(true);
    expect(await lib.changedOnDisk(story.id)).toBe(false);
  });

  it('moves a damaged story aside when it is opened, keeps it, and says where', async () => {
    const lib = library();
    const story = await created(lib);
    await writeFile(fileOf(story.id), '{"schemaVersion": 2, "id": "trunc');
    const opened = await lib.open(story.id);
    expect(opened).toMatchObject({
      ok: false,
      error: {
        code: 'damaged',
        message: expect.stringContaining('story.damaged-20261124T090000000Z.json'),
      },
    });
    const files = await readdir(path.join(root, story.id));
    expect(files).toContain('story.damaged-20261124T090000000Z.json');
    expect(files).not.toContain(STORY_FILE);
    expect(
      await readFile(path.join(root, story.id, 'story.damaged-20261124T090000000Z.json'), 'utf8'),
    ).toBe('{"schemaVersion": 2, "id": "trunc');
  });

  it('keeps the file’s permissions when it replaces it', async () => {
    const lib = library();
    const story = await created(lib);
    await chmod(fileOf(story.id), 0o600);
    expect((await lib.save(written(story, 'Private'))).ok).toBe(true);
    expect((await stat(fileOf(story.id))).mode & 0o777).toBe(0o600);
  });
});

describe('story library: folders named for the slug', () => {
  it('renames the folder when the slug is set, taking the images along, and still finds it', async () => {
    const lib = library();
    const story = await created(lib);
    await mkdir(path.join(root, story.id, 'assets'), { recursive: true });
    await writeFile(path.join(root, story.id, 'assets', 'photo.png'), 'png');
    expect((await lib.save({ ...written(story, 'Tanks'), slug: 'turkish-tanks' })).ok).toBe(true);
    const folder = `turkish-tanks--${story.id}`;
    expect(await readdir(root)).toEqual([folder]);
    expect(lib.storyDir(story.id)).toBe(path.join(root, folder));
    expect(await readFile(path.join(root, folder, 'assets', 'photo.png'), 'utf8')).toBe('png');
    expect(await lib.load(story.id)).toMatchObject({ ok: true, value: { headline: 'Tanks' } });
    expect((await lib.list()).ok && (await lib.list())).toMatchObject({
      value: [{ id: story.id }],
    });
    // Another window (another library object) finds it too.
    expect(await library().load(story.id)).toMatchObject({ ok: true });
  });
});

describe('story library: every kind of damaged file is kept, never opened half-way', () => {
  const valid = (story: Story) => JSON.stringify(story, null, 2);
  const kinds: [string, (story: Story) => string | Buffer, string][] = [
    ['truncated', (story) => valid(story).slice(0, 80), 'not readable JSON'],
    ['zero-filled', (story) => Buffer.alloc(valid(story).length), 'not readable JSON'],
    [
      'not UTF-8',
      (story) =>
        Buffer.concat([
          Buffer.from(valid({ ...story, headline: 'Caf' }).split('"Caf"')[0]!),
          Buffer.from('"Caf'),
          Buffer.from([0xe9]),
          Buffer.from('"'),
          Buffer.from(valid({ ...story, headline: 'Caf' }).split('"Caf"')[1]!),
        ]),
      'not UTF-8',
    ],
    ['not JSON', () => 'headline: Tanks cross border', 'not readable JSON'],
    ['not a story', (story) => valid({ ...story, body: 'text' } as unknown as Story), 'body'],
    ['absurdly deep', () => `${'['.repeat(5_000)}${']'.repeat(5_000)}`, 'nested too deeply'],
    [
      'carrying __proto__',
      (story) => valid(story).replace('{', '{"__proto__": {"polluted": true},'),
      'damaged',
    ],
  ];

  for (const [kind, make, says] of kinds) {
    it(`${kind}: reported as damaged, moved aside byte for byte, and never overwritten`, async () => {
      const lib = library();
      const story = await created(lib);
      const bytes = make(written(story, 'Tanks'));
      await writeFile(fileOf(story.id), bytes);
      const opened = await lib.open(story.id);
      expect(opened).toMatchObject({ ok: false, error: { code: 'damaged' } });
      if (!opened.ok) expect(opened.error.message).toContain(says);
      const aside = (await readdir(path.join(root, story.id))).find((name) =>
        name.startsWith('story.damaged-'),
      );
      expect(await readFile(path.join(root, story.id, aside!))).toEqual(Buffer.from(bytes));
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }
});

describe('story library: no way out through a link', () => {
  it('does not take a link in a story folder’s place for the story, nor write through one', async () => {
    const lib = library();
    const outside = path.join(dir, 'outside');
    await mkdir(outside, { recursive: true });
    await mkdir(root, { recursive: true });
    const { symlink } = await import('node:fs/promises');
    await symlink(outside, path.join(root, ids[0]!));
    expect(lib.storyDir(ids[0]!)).toBeNull();
    expect((await lib.list()).ok && (await lib.list())).toMatchObject({ value: [] });
    expect(await lib.load(ids[0]!)).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect(await readdir(outside)).toEqual([]);
  });
});
