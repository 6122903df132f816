// The start-up sweep: stale temp files from a crash go, everything else stays.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEMP_SUFFIX, writeFileAtomic } from '../../electron/storage/atomic-write';
import { SWEEP_MIN_AGE_MS, sweepTempFiles } from '../../electron/storage/sweep-temp-files';

let dir: string;
let root: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsdesk-sweep-'));
  root = path.join(dir, 'Newsdesk');
  await fs.mkdir(root);
});
afterEach(() => fs.rm(dir, { recursive: true, force: true }));

const story = 'a1b2c3d4-0000-4000-8000-000000000001';
const tempName = (target: string) => `.${target}.0123456789ab${TEMP_SUFFIX}`;
const twoMinutesAgo = () => new Date(Date.now() - 2 * 60_000);

/** Writes `relative` under the root, last modified at `mtime` (two minutes ago unless told). */
async function put(relative: string, mtime = twoMinutesAgo()): Promise<string> {
  const file = path.join(root, relative);
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, 'half a story');
  await fs.utimes(file, mtime, mtime);
  return file;
}

const exists = (file: string) =>
  fs.lstat(file).then(
    () => true,
    () => false,
  );

describe('sweepTempFiles', () => {
  it('removes stale temp files in the library, a story, its history and its assets', async () => {
    const strays = [
      await put(tempName('library-index.json')),
      await put(path.join(story, tempName('story.json'))),
      await put(path.join(story, 'history', tempName('2026-11-24T09-00-00Z.json'))),
      await put(path.join(story, 'assets', tempName('9f86d081884c7d65.jpg'))),
    ];
    expect(await sweepTempFiles(root)).toBe(4);
    for (const file of strays) expect(await exists(file)).toBe(false);
  });

  it('keeps files that are not temp files, and temp files deeper than 3 levels', async () => {
    const kept = [
      await put(path.join(story, 'story.json')),
      await put(path.join(story, 'history', 'notes.newsdesk-tmp.bak')),
      await put(path.join(story, 'assets', 'newsdesk-tmp')),
      await put(path.join(story, 'assets', 'deeper', tempName('x.jpg'))),
    ];
    expect(await sweepTempFiles(root)).toBe(0);
    for (const file of kept) expect(await exists(file)).toBe(true);
  });

  it('keeps a temp file younger than a minute: a save may be writing it', async () => {
    const fresh = await put(path.join(story, tempName('story.json')), new Date());
    const almost = await put(
      path.join(story, tempName('other.json')),
      new Date(Date.now() - SWEEP_MIN_AGE_MS + 5_000),
    );
    expect(await sweepTempFiles(root)).toBe(0);
    expect(await exists(fresh)).toBe(true);
    expect(await exists(almost)).toBe(true);
  });

  it('never sweeps the temp file of a save in flight', async () => {
    const target = path.join(root, story, 'story.json');
    await fs.mkdir(path.dirname(target));
    const big = 'x'.repeat(4 << 20);
    // Sweeps run while saves go on; every save still lands whole.
    const saves = Array.from({ length: 5 }, (_, i) => writeFileAtomic(target, `${i}${big}`));
    const sweeps = Array.from({ length: 5 }, () => sweepTempFiles(root));
    await Promise.all(saves);
    expect(await Promise.all(sweeps)).toEqual([0, 0, 0, 0, 0]);
    expect((await fs.readFile(target, 'utf8')).length).toBe(big.length + 1);
  });

  it('does not follow symlinks, to folders or to files', async () => {
    const outside = path.join(dir, 'outside');
    await fs.mkdir(outside);
    const outsideTemp = path.join(outside, tempName('story.json'));
    await fs.writeFile(outsideTemp, 'not ours');
    await fs.utimes(outsideTemp, twoMinutesAgo(), twoMinutesAgo());
    await fs.mkdir(path.join(root, story));
    await fs.symlink(outside, path.join(root, story, 'history'));
    const link = path.join(root, story, tempName('linked.json'));
    await fs.symlink(outsideTemp, link);
    await fs.lutimes(link, twoMinutesAgo(), twoMinutesAgo());

    expect(await sweepTempFiles(root)).toBe(0);
    expect(await exists(outsideTemp)).toBe(true);
    expect(await exists(link)).toBe(true);
  });

  it('goes on past a file it cannot remove, and reports it', async () => {
    const stuck = await put(path.join(story, tempName('a.json')));
    const others = [
      await put(path.join(story, tempName('b.json'))),
      await put(path.join(story, 'history', tempName('c.json'))),
    ];
    const errors: string[] = [];
    const removed = await sweepTempFiles(root, {
      unlink: async (file) => {
        if (file === stuck) throw Object.assign(new Error('busy'), { code: 'EBUSY' });
        await fs.unlink(file);
      },
      onError: (file, error) => errors.push(`${file}: ${(error as NodeJS.ErrnoException).code}`),
    });
    expect(removed).toBe(2);
    expect(errors).toEqual([`${stuck}: EBUSY`]);
    expect(await exists(stuck)).toBe(true);
    for (const file of others) expect(await exists(file)).toBe(false);
  });

  it('does not count a file that vanished before it could be removed', async () => {
    const gone = await put(path.join(story, tempName('a.json')));
    const errors: unknown[] = [];
    const removed = await sweepTempFiles(root, {
      unlink: async (file) => {
        await fs.unlink(file);
        if (file === gone) await fs.unlink(file); // a second unlink: ENOENT
      },
      onError: (_file, error) => errors.push(error),
    });
    expect(removed).toBe(0);
    expect(errors).toEqual([]);
  });

  it('answers 0 for a library that does not exist yet', async () => {
    expect(await sweepTempFiles(path.join(dir, 'nowhere'))).toBe(0);
  });
});
