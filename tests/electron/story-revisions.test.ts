// Revisions of a story on real files in a temp folder: snapshots, the list,
// reading back, damaged files, retention, the 5-minute rhythm and a full disk.
import {
  mkdir,
  mkdtemp,
  readFile,
  readdir,
  rm,
  symlink,
  truncate,
  writeFile,
} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { revisionFileText } from '../../electron/library/revision-file';
import { openStoryLibrary } from '../../electron/library/story-library';
import {
  HISTORY_FOLDER,
  TIMED_SNAPSHOT_MS,
  openStoryRevisions,
  restoreStoryRevision,
} from '../../electron/library/story-revisions';
import { nodeIo, type AtomicWriteIo } from '../../electron/storage/atomic-write';
import {
  DAY_MS,
  REVISION_ID_PATTERN,
  type RevisionReason,
  revisionTime,
  revisionsToKeep,
} from '../../shared/storage/revision-retention';
import type { Story } from '../../shared/story/story';
import { storyWith } from '../shared/story-fixtures';

let dir: string;
let storyDir: string;
let clock: Date;
let suffixes: number;

const history = () => path.join(storyDir, HISTORY_FOLDER);
const filesInHistory = async () => (await readdir(history()).catch(() => [])).sort();
const tick = (ms: number) => (clock = new Date(clock.getTime() + ms));

function revisions(io?: AtomicWriteIo) {
  return openStoryRevisions({
    now: () => clock,
    suffix: () => (suffixes++).toString(16).padStart(6, '0'),
    io,
  });
}

function draft(...paragraphs: string[]): Story {
  return storyWith('Tanks cross Syrian border', paragraphs);
}

async function taken(
  service: ReturnType<typeof revisions>,
  story: Story,
  reason: RevisionReason = 'save',
) {
  const result = await service.snapshot(storyDir, story, reason);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'newsdesk-revisions-'));
  storyDir = path.join(dir, draft().id);
  await mkdir(storyDir);
  clock = new Date('2026-11-12T14:02:03.123Z');
  suffixes = 0xa1b2c3;
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('snapshot', () => {
  it('writes history/<id>.json: the story with why and when, as one JSON object', async () => {
    const story = draft('Turkish tanks crossed into Syria on Wednesday.');
    const summary = await taken(revisions(), story);
    expect(summary).toEqual({
      id: '20261112T140203123Z-a1b2c3',
      savedAt: '2026-11-12T14:02:03.123Z',
      words: 7,
      headline: 'Tanks cross Syrian border',
      reason: 'save',
    });
    expect(summary.id).toMatch(REVISION_ID_PATTERN);
    expect(await filesInHistory()).toEqual([`${summary.id}.json`]);
    const file = JSON.parse(await readFile(path.join(history(), `${summary.id}.json`), 'utf8'));
    expect(file.revision).toMatchObject({ reason: 'save', savedAt: summary.savedAt, words: 7 });
    expect(file.story).toEqual(story);
  });

  it('keeps the same words once: a second Ctrl+S on unchanged text answers the newest revision', async () => {
    const service = revisions();
    const first = await taken(service, draft('One.'));
    tick(60_000);
    const again = await taken(service, { ...draft('One.'), updatedAt: clock.toISOString() });
    expect(again).toEqual(first);
    tick(60_000);
    const changed = await taken(service, draft('One. Two.'));
    expect(changed.id).not.toBe(first.id);
    expect(await filesInHistory()).toHaveLength(2);
  });

  it('takes snapshots of one story in order, none lost, when they race', async () => {
    const service = revisions();
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        service.snapshot(storyDir, draft(`Take ${i}.`), 'timed'),
      ),
    );
    expect(results.every((result) => result.ok)).toBe(true);
    const listed = await service.list(storyDir);
    expect(listed.ok && listed.value.map((r) => r.id)).toEqual(
      results.map((r) => (r.ok ? r.value.id : '')).reverse(),
    );
  });

  it('thins out old revisions by the retention policy, keeping the newest', async () => {
    const service = revisions();
    const start = clock.getTime();
    const ids: string[] = [];
    // Ten days of a revision every 40 minutes.
    for (let i = 0; i < 10 * 36; i += 1) {
      clock = new Date(start + i * 40 * 60_000);
      ids.push((await taken(service, draft(`Take ${i}.`), 'timed')).id);
    }
    const times = ids.map((id) => revisionTime(id)!);
    const expected = revisionsToKeep(times, clock.getTime()).map((i) => `${ids[i]}.json`);
    expect(await filesInHistory()).toEqual(expected.sort());
    expect(await filesInHistory()).toContain(`${ids.at(-1)}.json`);
    const ages = expected.map((file) => clock.getTime() - revisionTime(file.slice(0, -5))!);
    expect(ages.filter((ms) => ms < DAY_MS)).toHaveLength(36);
    expect(ages.filter((ms) => ms >= 7 * DAY_MS).length).toBeLessThanOrEqual(3);
  });

  it('reports a full disk in plain words and leaves the other revisions whole', async () => {
    const kept = await taken(revisions(), draft('Kept.'));
    const before = await readFile(path.join(history(), `${kept.id}.json`));
    const diskFull: AtomicWriteIo = { ...nodeIo, write: async () => 0 };
    tick(1000);
    const result = await revisions(diskFull).snapshot(storyDir, draft('Lost?'), 'save');
    expect(result).toEqual({
      ok: false,
      error: { code: 'io', message: 'No revision was kept: the disk is full.' },
    });
    expect(await filesInHistory()).toEqual([`${kept.id}.json`]);
    expect(await readFile(path.join(history(), `${kept.id}.json`))).toEqual(before);
  });

  it('does not bring back a story folder that has gone', async () => {
    await rm(storyDir, { recursive: true });
    const result = await revisions().snapshot(storyDir, draft('Gone.'), 'save');
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await readdir(dir)).toEqual([]);
  });

  it('does not follow a history folder that is a link to elsewhere', async () => {
    const elsewhere = path.join(dir, 'elsewhere');
    await mkdir(elsewhere);
    await symlink(elsewhere, history());
    const result = await revisions().snapshot(storyDir, draft('Where?'), 'save');
    expect(result).toMatchObject({ ok: false, error: { code: 'io' } });
    expect(await readdir(elsewhere)).toEqual([]);
    expect(await revisions().list(storyDir)).toMatchObject({ ok: false, error: { code: 'io' } });
  });
});

describe('list and load', () => {
  it('lists newest first and reads each revision back as it was', async () => {
    const service = revisions();
    const stories = [draft('First.'), draft('First. Second.'), draft('First. Second. Third.')];
    const reasons = ['save', 'timed', 'before-restore'] as const;
    for (const [i, story] of stories.entries()) {
      await service.snapshot(storyDir, story, reasons[i]!);
      tick(3 * 60_000);
    }
    const listed = await service.list(storyDir);
    if (!listed.ok) throw new Error(listed.error.message);
    expect(listed.value.map(({ words, reason }) => ({ words, reason }))).toEqual([
      { words: 3, reason: 'before-restore' },
      { words: 2, reason: 'timed' },
      { words: 1, reason: 'save' },
    ]);
    for (const [i, revision] of [...listed.value].reverse().entries()) {
      expect(await service.load(storyDir, revision.id)).toEqual({ ok: true, value: stories[i] });
    }
  });

  it('lists nothing for a story that has no history yet', async () => {
    expect(await revisions().list(storyDir)).toEqual({ ok: true, value: [] });
    expect(await revisions().newestGood(storyDir)).toBeNull();
  });

  it.each([
    ['a path', '../story'],
    ['a path inside the id', '20261112T140203123Z-a1b2c3/../../story'],
    ['the file name', '20261112T140203123Z-a1b2c3.json'],
    ['an empty id', ''],
  ])('refuses %s as a revision id', async (_name, id) => {
    expect(await revisions().load(storyDir, id)).toEqual({
      ok: false,
      error: { code: 'invalid-request', message: 'That is not a revision of this story.' },
    });
  });

  it('says plainly when a revision has been thinned out', async () => {
    expect(await revisions().load(storyDir, '20261112T140203123Z-a1b2c3')).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: expect.stringMatching(/no longer kept/) },
    });
  });

  it('ignores files in history/ that are not revisions', async () => {
    const kept = await taken(revisions(), draft('Kept.'));
    await writeFile(path.join(history(), 'notes.txt'), 'hello');
    await writeFile(path.join(history(), `.${kept.id}.json.0a1b2c.newsdesk-tmp`), '{"revi');
    await writeFile(path.join(history(), '20261399T000000000Z-ffffff.json'), '{}');
    await symlink(
      path.join(history(), `${kept.id}.json`),
      path.join(history(), '20261112T150000000Z-ffffff.json'),
    );
    const listed = await revisions().list(storyDir);
    expect(listed.ok && listed.value.map((r) => r.id)).toEqual([kept.id]);
  });
});

describe('damaged revisions', () => {
  /** Three revisions, oldest first; the newest two get damaged by the tests. */
  async function threeRevisions() {
    const service = revisions();
    const ids: string[] = [];
    for (const text of ['Good old words.', 'Middle.', 'Newest.']) {
      ids.push((await taken(service, draft(text))).id);
      tick(60_000);
    }
    return { service, ids, file: (id: string) => path.join(history(), `${id}.json`) };
  }

  it.each([
    ['truncated', (file: string) => truncate(file, 120)],
    [
      'zero-filled',
      async (file: string) => writeFile(file, Buffer.alloc((await readFile(file)).length)),
    ],
    ['not JSON', (file: string) => writeFile(file, 'PK\u0003\u0004 a zip, not a revision')],
    ['empty', (file: string) => writeFile(file, '')],
    ['with bytes appended', (file: string) => writeFile(file, '\n{"more": true}', { flag: 'a' })],
  ])('leaves a %s revision out of the list, and the others in', async (_name, damage) => {
    const { service, ids, file } = await threeRevisions();
    await damage(file(ids[2]!));
    const listed = await service.list(storyDir);
    expect(listed.ok && listed.value.map((r) => r.id)).toEqual([ids[1], ids[0]]);
    expect(await service.load(storyDir, ids[2]!)).toMatchObject({
      ok: false,
      error: { code: 'damaged', message: expect.stringMatching(/^This revision is damaged: /) },
    });
    expect((await service.newestGood(storyDir))?.revision.id).toBe(ids[1]);
  });

  it('refuses a revision whose story is not valid, with the story file’s reader, and offers an older one', async () => {
    const { service, ids, file } = await threeRevisions();
    const bad = { ...draft('Fine.'), headline: 'Two\nlines' };
    await writeFile(file(ids[2]!), revisionFileText(bad, 'save', clock.toISOString()).text);
    const invalidUtf8 = revisionFileText(draft('Caf\u00e9.'), 'save', clock.toISOString()).text;
    const bytes = Buffer.from(invalidUtf8);
    bytes[bytes.indexOf(0xc3)] = 0xff;
    await writeFile(file(ids[1]!), bytes);
    // Their first lines are sound, so the list shows them; opening one says why it cannot.
    const listed = await service.list(storyDir);
    expect(listed.ok && listed.value).toHaveLength(3);
    expect(await service.load(storyDir, ids[2]!)).toEqual({
      ok: false,
      error: {
        code: 'damaged',
        message: 'This revision is damaged: headline: one line of plain text.',
      },
    });
    expect(await service.load(storyDir, ids[1]!)).toEqual({
      ok: false,
      error: { code: 'damaged', message: 'This revision is damaged: it is not UTF-8 text.' },
    });
    const good = await service.newestGood(storyDir);
    expect(good?.revision.id).toBe(ids[0]);
    expect(good?.story).toEqual(draft('Good old words.'));
  });

  it('migrates a revision of an older format, as story.json is', async () => {
    const { headline, id, createdAt, updatedAt } = draft();
    const v1 = {
      schemaVersion: 1,
      id,
      headline,
      body: [{ type: 'paragraph', content: [{ text: 'Old.' }] }],
      createdAt,
      updatedAt,
    };
    const { text } = revisionFileText(v1 as unknown as Story, 'save', clock.toISOString());
    await mkdir(history());
    await writeFile(path.join(history(), '20261112T140203123Z-0000aa.json'), text);
    const loaded = await revisions().load(storyDir, '20261112T140203123Z-0000aa');
    expect(loaded).toEqual({ ok: true, value: draft('Old.') });
  });

  it('answers null when no revision loads', async () => {
    const { service, ids, file } = await threeRevisions();
    for (const id of ids) await writeFile(file(id), 'garbage');
    expect(await service.newestGood(storyDir)).toBeNull();
  });
});

describe('shouldSnapshotTimed', () => {
  it('is due at most every 5 minutes of editing, per story', () => {
    const service = revisions();
    const at = (ms: number) => new Date(clock.getTime() + ms);
    expect(service.shouldSnapshotTimed('story-a', at(0))).toBe(true);
    expect(service.shouldSnapshotTimed('story-a', at(1000))).toBe(false);
    expect(service.shouldSnapshotTimed('story-b', at(1000))).toBe(true);
    expect(service.shouldSnapshotTimed('story-a', at(TIMED_SNAPSHOT_MS - 1))).toBe(false);
    expect(service.shouldSnapshotTimed('story-a', at(TIMED_SNAPSHOT_MS))).toBe(true);
    expect(service.shouldSnapshotTimed('story-a', at(TIMED_SNAPSHOT_MS + 1000))).toBe(false);
  });

  it('counts an explicit save as the latest revision', async () => {
    const service = revisions();
    const story = draft('Saved by hand.');
    await taken(service, story);
    expect(service.shouldSnapshotTimed(story.id, clock)).toBe(false);
    tick(TIMED_SNAPSHOT_MS);
    expect(service.shouldSnapshotTimed(story.id, clock)).toBe(true);
  });

  it('is due when the clock has been set back', () => {
    const service = revisions();
    expect(service.shouldSnapshotTimed('story-a', clock)).toBe(true);
    expect(service.shouldSnapshotTimed('story-a', new Date(clock.getTime() - DAY_MS))).toBe(true);
  });
});

describe('restoreStoryRevision', () => {
  async function storyWithHistory(service = revisions()) {
    const library = openStoryLibrary(dir, { now: () => clock });
    const story = draft('The first words.');
    const first = await library.save(story);
    if (!first.ok) throw new Error(first.error.message);
    const older = await taken(service, { ...story, updatedAt: first.value.updatedAt });
    tick(60_000);
    const current = draft('The words on disk now.');
    await library.save(current);
    return { library, older, storyFile: path.join(storyDir, 'story.json') };
  }

  it('keeps a version changed by another program before replacing it', async () => {
    const service = revisions();
    const { library, older, storyFile } = await storyWithHistory(service);
    await library.open(draft().id);
    const outside = { ...draft('Edited in another window.'), updatedAt: clock.toISOString() };
    await writeFile(storyFile, JSON.stringify(outside));
    tick(60_000);
    const restored = await restoreStoryRevision(library, service, draft().id, older.id);
    expect(restored).toMatchObject({ ok: true, value: { body: draft('The first words.').body } });
    const listed = await service.list(storyDir);
    const newest = listed.ok ? listed.value[0]! : null;
    expect(newest?.reason).toBe('before-restore');
    expect(await service.load(storyDir, newest!.id)).toEqual({ ok: true, value: outside });
  });

  it('restores nothing when the current version cannot be kept first', async () => {
    const { library, older, storyFile } = await storyWithHistory();
    const before = await readFile(storyFile);
    tick(60_000);
    const diskFull = revisions({ ...nodeIo, write: async () => 0 });
    expect(await restoreStoryRevision(library, diskFull, draft().id, older.id)).toEqual({
      ok: false,
      error: {
        code: 'io',
        message:
          'Not restored: the current version could not be kept first, because the disk is full.',
      },
    });
    expect(await readFile(storyFile)).toEqual(before);
  });

  it('never writes over a damaged story file', async () => {
    const { library, older, storyFile } = await storyWithHistory();
    await writeFile(storyFile, '{"schemaVersion": 2, "id": "0b6f');
    const result = await restoreStoryRevision(library, revisions(), draft().id, older.id);
    expect(result).toMatchObject({ ok: false, error: { code: 'damaged' } });
    if (!result.ok)
      expect(result.error.message).toMatch(/^Not restored: The story file is damaged/);
    expect(await readFile(storyFile, 'utf8')).toBe('{"schemaVersion": 2, "id": "0b6f');
  });

  it('restores into a story whose file was set aside, under the folder’s id', async () => {
    const service = revisions();
    const { library, older, storyFile } = await storyWithHistory(service);
    await rm(storyFile);
    // A revision that came in a package imported under a new id still carries the old one.
    const otherId = '22222222-2222-4222-8222-222222222222';
    const imported = await taken(service, { ...draft('Imported words.'), id: otherId });
    const restored = await restoreStoryRevision(library, service, draft().id, imported.id);
    expect(restored).toMatchObject({ ok: true, value: { id: draft().id } });
    expect(JSON.parse(await readFile(storyFile, 'utf8')).id).toBe(draft().id);
    expect(older.id).not.toBe(imported.id);
  });

  it('refuses an id that is not a story', async () => {
    const library = openStoryLibrary(dir);
    expect(await restoreStoryRevision(library, revisions(), '../etc', 'x')).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
  });
});
