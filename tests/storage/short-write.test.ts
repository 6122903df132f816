// Short writes, through the write module's seam (AtomicWriteIo), not a global
// fs mock: any mix of writes that take fewer bytes than asked, take none, or
// fail for lack of space ends in the complete new file, or in ENOSPC with the
// original intact. A model says which of the two each schedule must give.
import fc from 'fast-check';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStoryLibrary } from '../../electron/library/story-library';
import {
  AtomicWriteError,
  nodeIo,
  writeFileAtomic,
  type AtomicWriteIo,
} from '../../electron/storage/atomic-write';
import type { Story } from '../../shared/story/story';
import { createEmptyStory } from '../../shared/story/story-create';
import { STORY_ID, storyFileIn, tempFilesIn } from './story-on-disk';

type Step =
  | { readonly kind: 'short'; readonly bytes: number }
  | { readonly kind: 'zero' }
  | { readonly kind: 'enospc' };

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({ kind: fc.constant('short'), bytes: fc.integer({ min: 1, max: 6000 }) }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'zero' }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'enospc' }) },
) as fc.Arbitrary<Step>;
const schedule = fc.array(step, { maxLength: 12 });

/** An io whose writes follow `steps` one call each, then write in full. */
function scheduledIo(steps: readonly Step[]): AtomicWriteIo {
  let call = 0;
  return {
    ...nodeIo,
    write: async (file, data, position) => {
      const next = steps[call++];
      if (!next) return nodeIo.write(file, data, position);
      if (next.kind === 'zero') return 0;
      if (next.kind === 'enospc') {
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      }
      return nodeIo.write(file, data.subarray(0, next.bytes), position);
    },
  };
}

/** What the schedule must end in for `length` bytes: every byte down, or a full disk. */
function expectedOutcome(steps: readonly Step[], length: number): 'complete' | 'ENOSPC' {
  let left = length;
  for (const next of steps) {
    if (left === 0) break;
    if (next.kind !== 'short') return 'ENOSPC';
    left -= Math.min(next.bytes, left);
  }
  return 'complete';
}

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsdesk-short-'));
});
afterEach(() => fs.rm(dir, { recursive: true, force: true }));

describe('short writes through the AtomicWriteIo seam', () => {
  it('any schedule of short, empty and failed writes: the whole new file or ENOSPC and the original', async () => {
    const file = path.join(dir, 'story.json');
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(
        fc.option(fc.uint8Array({ maxLength: 4000 }), { nil: undefined }),
        fc.uint8Array({ maxLength: 20_000 }),
        schedule,
        async (original, content, steps) => {
          await fs.rm(file, { force: true });
          if (original) await fs.writeFile(file, original);
          const outcome = await writeFileAtomic(file, content, scheduledIo(steps)).then(
            () => 'complete',
            (error: unknown) => {
              expect(error).toBeInstanceOf(AtomicWriteError);
              return (error as AtomicWriteError).code;
            },
          );
          expect(outcome).toBe(expectedOutcome(steps, content.length));
          seen.add(outcome);
          const kept = outcome === 'complete' ? content : original;
          const onDisk = await fs.readFile(file).catch(() => null);
          if (kept) expect(onDisk && Buffer.from(kept).equals(onDisk)).toBe(true);
          else expect(onDisk).toBeNull();
          expect(await tempFilesIn(dir)).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
    expect([...seen].sort()).toEqual(['ENOSPC', 'complete']);
  });

  it('a library save under short writes: saved whole, or "disk is full" and the story kept', async () => {
    const root = path.join(dir, 'Newsdesk');
    const story = (copy: number): Story => ({
      ...createEmptyStory(STORY_ID, new Date('2026-11-24T09:00:00.000Z')),
      headline: `Version ${copy}`,
      body: [
        {
          type: 'paragraph',
          content: [{ text: 'Turkish tanks cross the border — «ünïcödé» ✓ '.repeat(copy).trim() }],
        },
      ],
    });
    const seen = new Set<string>();
    let version = 0;
    const first = await openStoryLibrary(root).save(story(++version));
    expect(first.ok).toBe(true);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 400 }), schedule, async (copies, steps) => {
        const before = await fs.readFile(storyFileIn(root));
        const library = openStoryLibrary(root, { io: scheduledIo(steps) });
        const next = { ...story(copies), headline: `Version ${++version}` };
        const bytes = Buffer.byteLength(`${JSON.stringify(next, null, 2)}\n`);
        const result = await library.save(next);
        const loaded = await openStoryLibrary(root).load(STORY_ID);
        const outcome = expectedOutcome(steps, bytes);
        seen.add(outcome);
        if (outcome === 'complete') {
          expect(result.ok).toBe(true);
          expect(loaded.ok && loaded.value.headline).toBe(next.headline);
        } else {
          expect(result).toMatchObject({ ok: false, error: { code: 'io' } });
          if (!result.ok) expect(result.error.message).toContain('disk is full');
          expect((await fs.readFile(storyFileIn(root))).equals(before)).toBe(true);
        }
        expect(await tempFilesIn(path.dirname(storyFileIn(root)))).toEqual([]);
      }),
      { numRuns: 60 },
    );
    expect([...seen].sort()).toEqual(['ENOSPC', 'complete']);
  });
});
