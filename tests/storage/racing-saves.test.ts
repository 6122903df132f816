// Saves racing to one story: the renderer may fire a save before the last one
// has finished. The library runs them one after another, so the disk ends with
// the last one issued, and a reader never sees a torn file or an older version.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseStoryFile } from '../../electron/library/parse-story-file';
import { openStoryLibrary } from '../../electron/library/story-library';
import { nodeIo, type AtomicWriteIo } from '../../electron/storage/atomic-write';
import { STORY_ID, storyFileIn, storyOfSize, tempFilesIn } from './story-on-disk';

const SAVES = 50;

let root: string;
beforeEach(async () => {
  root = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'newsdesk-race-')), 'Newsdesk');
});
afterEach(() => fs.rm(path.dirname(root), { recursive: true, force: true }));

/** Version `n`: its number in the headline, and a body that grows with it. */
const version = (n: number) => storyOfSize(60_000 + n * 8_000, `Version ${n}`);

/** Reads the story file over and over until `until` settles; answers the versions seen. */
async function readWhile(until: Promise<unknown>): Promise<number[]> {
  let settled = false;
  void until.finally(() => (settled = true));
  const seen: number[] = [];
  while (!settled) {
    const parsed = parseStoryFile(await fs.readFile(storyFileIn(root), 'utf8'));
    if (!parsed.ok) throw new Error(`read ${seen.length + 1} found ${parsed.error.message}`);
    seen.push(Number(parsed.value.headline.replace('Version ', '')));
  }
  return seen;
}

const isSorted = (numbers: number[]) => numbers.every((n, i) => i === 0 || numbers[i - 1]! <= n);

describe('saves racing to one story', () => {
  it(`${SAVES} saves fired without waiting: the last one issued stays, every read in between parses`, async () => {
    const library = openStoryLibrary(root);
    expect((await library.save(version(0))).ok).toBe(true);

    const saves = Promise.all(
      Array.from({ length: SAVES }, (_, i) => library.save(version(i + 1))),
    );
    const seen = await readWhile(saves);
    expect((await saves).every((result) => result.ok)).toBe(true);

    const last = parseStoryFile(await fs.readFile(storyFileIn(root), 'utf8'));
    expect(last.ok && last.value).toMatchObject({ headline: `Version ${SAVES}` });
    // The reads ran while the saves did: they saw many versions come and go, in order.
    expect(new Set(seen).size).toBeGreaterThan(10);
    expect(isSorted(seen)).toBe(true);
    expect(await tempFilesIn(path.join(root, STORY_ID))).toEqual([]);
  });

  it('a save that fails in the middle of the race does not hold up the ones after it', async () => {
    let temps = 0;
    const io: AtomicWriteIo = {
      ...nodeIo,
      open: (async (file: string, flags: string, mode?: number) => {
        // The 26th temp file: the disk is full just then.
        if (flags === 'wx' && ++temps === 26) {
          throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
        }
        return nodeIo.open(file, flags, mode);
      }) as AtomicWriteIo['open'],
    };
    const library = openStoryLibrary(root, { io });
    const results = await Promise.all(
      Array.from({ length: SAVES }, (_, i) => library.save(version(i + 1))),
    );
    expect(results.map((result, i) => (result.ok ? null : i + 1)).filter(Boolean)).toEqual([26]);
    const last = parseStoryFile(await fs.readFile(storyFileIn(root), 'utf8'));
    expect(last.ok && last.value.headline).toBe(`Version ${SAVES}`);
  });
});
