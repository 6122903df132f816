// The crash journal: written while there are unsaved words, dropped by a newer
// save, and brought back at the next start when the app died first.
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStoryLibrary, type StoryLibrary } from '../../electron/library/story-library';
import { RECOVERY_FOLDER, openRecoveryJournal } from '../../electron/library/story-recovery';
import type { Story } from '../../shared/story/story';

let dir: string;
let clock: Date;
let library: StoryLibrary;
let kept: Story[];

const journal = () =>
  openRecoveryJournal(library, { now: () => clock, keep: async (story) => void kept.push(story) });
const tick = (seconds: number) => (clock = new Date(clock.getTime() + seconds * 1000));
const withText = (story: Story, text: string): Story => ({
  ...story,
  body: [{ type: 'paragraph', content: [{ text }] }],
});

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'newsdesk-recovery-'));
  clock = new Date('2026-11-25T09:00:00.000Z');
  library = openStoryLibrary(dir, { now: () => clock });
  kept = [];
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function newStory(): Promise<Story> {
  const created = await library.create();
  if (!created.ok) throw new Error(created.error.message);
  return created.value;
}

describe('recovery journal', () => {
  it('brings back words journalled after the last save, keeping the saved version', async () => {
    const story = await newStory();
    tick(5);
    expect(await journal().write(withText(story, 'typed but never saved'))).toEqual({
      ok: true,
      value: null,
    });
    // The app dies here. Next start:
    tick(60);
    library = openStoryLibrary(dir, { now: () => clock });
    const recovered = await journal().takeAll();
    expect(recovered).toEqual([
      { id: story.id, headline: '', writtenAt: '2026-11-25T09:00:05.000Z' },
    ]);
    const loaded = await library.load(story.id);
    expect(loaded.ok && loaded.value.body).toEqual(withText(story, 'typed but never saved').body);
    expect(kept.map((s) => s.body)).toEqual([[]]);
    expect(await readdir(path.join(dir, RECOVERY_FOLDER))).toEqual([]);
  });

  it('drops a journal that a later save made stale, and keeps one written after the save began', async () => {
    const story = await newStory();
    const j = journal();
    tick(1);
    await j.write(withText(story, 'older words'));
    tick(1);
    const saved = await library.save(withText(story, 'older words and newer'));
    if (!saved.ok) throw new Error(saved.error.message);
    tick(1);
    await j.write(withText(story, 'older words and newer and newest'));
    // The save's own clearing comes after the newer journal: it must not drop it.
    await j.clear(story.id, saved.value.updatedAt);
    expect(await readdir(path.join(dir, RECOVERY_FOLDER))).toEqual([`${story.id}.json`]);
    expect((await journal().takeAll()).map((r) => r.id)).toEqual([story.id]);
    const loaded = await library.load(story.id);
    expect(loaded.ok && loaded.value.body).toEqual(
      withText(story, 'older words and newer and newest').body,
    );

    // A journal older than the story on disk is stale: nothing changes.
    await j.write(withText(story, 'stale'));
    tick(1);
    await library.save(withText(story, 'saved after the journal'));
    expect(await journal().takeAll()).toEqual([]);
    const after = await library.load(story.id);
    expect(after.ok && after.value.body).toEqual(withText(story, 'saved after the journal').body);
  });

  it('keeps a torn journal aside instead of trusting it', async () => {
    const story = await newStory();
    await journal().write(withText(story, 'words'));
    const file = path.join(dir, RECOVERY_FOLDER, `${story.id}.json`);
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.slice(0, text.length / 2));
    expect(await journal().takeAll()).toEqual([]);
    const names = await readdir(path.join(dir, RECOVERY_FOLDER));
    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(/\.damaged-\d{8}T\d{9}Z\.json$/);
    const loaded = await library.load(story.id);
    expect(loaded.ok && loaded.value.body).toEqual([]);
  });

  it('refuses a journal for a story id that is not one', async () => {
    const story = await newStory();
    expect(await journal().write({ ...story, id: '../etc' })).toMatchObject({ ok: false });
  });
});
