// A disk that really fills up: a 1 MB tmpfs. The replacement does not fit;
// the save must say so and leave the file that was there byte for byte.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStoryLibrary } from '../../electron/library/story-library';
import { AtomicWriteError, writeFileAtomic } from '../../electron/storage/atomic-write';
import { STORY_ID, holdsExactly, storyFileIn, storyOfSize, tempFilesIn } from './story-on-disk';
import { useTmpfs } from './tmpfs';

const disk = useTmpfs('1m', 'The disk-full test');
const mounted = () => disk().dir;
afterEach(async () => {
  for (const name of await fs.readdir(mounted()).catch(() => [])) {
    await fs.rm(path.join(mounted(), name), { recursive: true, force: true });
  }
});

describe('a full disk', () => {
  it('writeFileAtomic rejects with ENOSPC, keeps the original and leaves no temp file', async () => {
    const file = path.join(mounted(), 'story.json');
    await writeFileAtomic(file, 'o'.repeat(400_000));
    const before = await fs.readFile(file);

    const failure = writeFileAtomic(file, 'n'.repeat(1_500_000));
    await expect(failure).rejects.toBeInstanceOf(AtomicWriteError);
    await expect(failure).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(await holdsExactly(file, before)).toBe(true);
    expect(await tempFilesIn(mounted())).toEqual([]);

    // The space the temp file took is free again: a save that fits goes through.
    await writeFileAtomic(file, 'short');
    expect(await fs.readFile(file, 'utf8')).toBe('short');
  });

  it('a library save answers "disk is full" and the story file stays byte for byte', async () => {
    const root = path.join(mounted(), 'Newsdesk');
    const library = openStoryLibrary(root);
    const fits = await library.save(storyOfSize(300_000, 'Fits'));
    expect(fits.ok).toBe(true);
    const before = await fs.readFile(storyFileIn(root));

    const result = await library.save(storyOfSize(1_200_000, 'Does not fit'));
    expect(result).toMatchObject({ ok: false, error: { code: 'io' } });
    if (!result.ok) expect(result.error.message).toContain('disk is full');
    expect(await holdsExactly(storyFileIn(root), before)).toBe(true);
    expect(await tempFilesIn(path.join(root, STORY_ID))).toEqual([]);
    const loaded = await library.load(STORY_ID);
    expect(loaded.ok && loaded.value.headline).toBe('Fits');
  });
});
