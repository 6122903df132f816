// Stories of a chosen size for the storage tests, and a look at what is on disk.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { TEMP_SUFFIX } from '../../electron/storage/atomic-write';
import type { Story } from '../../shared/story/story';
import { createEmptyStory } from '../../shared/story/story-create';

export const STORY_ID = '0f0e0d0c-0b0a-4908-8706-050403020100';

/** A valid story whose body is about `bytes` of text, headlined `headline`. */
export function storyOfSize(bytes: number, headline = 'Storage test'): Story {
  // Paragraphs of about 50 KB: a text run holds at most 100,000 characters.
  const paragraph = (n: number) =>
    Array.from({ length: 8_000 }, (_, i) => `w${n}-${i % 1000}`).join(' ');
  const count = Math.max(1, Math.round(bytes / paragraph(0).length));
  return {
    ...createEmptyStory(STORY_ID, new Date('2026-11-24T09:00:00.000Z')),
    headline,
    body: Array.from({ length: count }, (_, n) => ({
      type: 'paragraph' as const,
      content: [{ text: paragraph(n) }],
    })),
  };
}

/** Temp files of atomic writes left in `folder`. */
export async function tempFilesIn(folder: string): Promise<string[]> {
  return (await fs.readdir(folder)).filter((name) => name.endsWith(TEMP_SUFFIX));
}

/** The story file of `STORY_ID` under the library `root`. */
export const storyFileIn = (root: string) => path.join(root, STORY_ID, 'story.json');

/** True when `file` holds exactly `before` (Buffer#equals: a deep toEqual is slow on MBs). */
export async function holdsExactly(file: string, before: Buffer): Promise<boolean> {
  return (await fs.readFile(file)).equals(before);
}
