// Sending a draft: a story and its images out as one .newsdesk file, and in
// again — into another library, or beside itself as a copy, or replacing it.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openPackageTransfer, type ClashChoice } from '../../electron/library/package-transfer';
import { openStoryAssets } from '../../electron/library/story-assets';
import { openStoryLibrary, type StoryLibrary } from '../../electron/library/story-library';
import type { Story } from '../../shared/story/story';
import { makePng } from './image-bytes';

let dir: string;
let answers: { save: string | null; open: string | null; clash: ClashChoice };
let asked: string[];
let kept: Story[];

const transfer = (library: StoryLibrary) =>
  openPackageTransfer({
    library,
    chooseSaveFile: async (name) => (asked.push(name), answers.save),
    choosePackage: async () => answers.open,
    askClash: async (headline) => (asked.push(`clash: ${headline}`), answers.clash),
    keep: async (story) => void kept.push(story),
  });

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'newsdesk-package-'));
  answers = { save: path.join(dir, 'draft.newsdesk'), open: null, clash: 'cancel' };
  asked = [];
  kept = [];
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function storyWithPhoto(library: StoryLibrary): Promise<Story> {
  const created = await library.create();
  if (!created.ok) throw new Error(created.error.message);
  const stored = await openStoryAssets(library.root).addImageBytes(created.value.id, makePng(6, 3));
  if (!stored.ok) throw new Error(stored.error.message);
  const story: Story = {
    ...created.value,
    headline: 'Draft for the desk',
    slug: 'draft-for-the-desk',
    body: [
      {
        type: 'figure',
        image: { src: stored.value.src, alt: 'A photo', width: 6, height: 3 },
        caption: [{ text: 'Caption' }],
        credit: 'AFP',
      },
    ],
  };
  await library.save(story);
  return story;
}

describe('package transfer', () => {
  it('sends a story with its images to another library', async () => {
    const mine = openStoryLibrary(path.join(dir, 'mine'));
    const story = await storyWithPhoto(mine);
    expect(await transfer(mine).exportPackage(story.id)).toEqual({
      ok: true,
      value: { file: answers.save },
    });
    expect(asked).toEqual(['draft-for-the-desk.newsdesk']);

    const theirs = openStoryLibrary(path.join(dir, 'theirs'));
    answers.open = answers.save;
    const opened = await transfer(theirs).openPackage();
    expect(opened).toMatchObject({
      ok: true,
      value: { id: story.id, headline: 'Draft for the desk' },
    });
    const src = (story.body[0] as { image: { src: string } }).image.src;
    expect(await readFile(path.join(theirs.storyDir(story.id)!, src))).toEqual(
      await readFile(path.join(mine.storyDir(story.id)!, src)),
    );
  });

  it('packs the words in the window when they are newer than the disk (Save As…)', async () => {
    const mine = openStoryLibrary(path.join(dir, 'mine'));
    const story = await storyWithPhoto(mine);
    await transfer(mine).exportPackage(story.id, { ...story, headline: 'Not yet saved' });
    answers.open = answers.save;
    const other = openStoryLibrary(path.join(dir, 'other'));
    expect(await transfer(other).openPackage()).toMatchObject({
      ok: true,
      value: { headline: 'Not yet saved' },
    });
  });

  it('asks before a package replaces a story of the library: copy, replace or cancel', async () => {
    const mine = openStoryLibrary(path.join(dir, 'mine'));
    const story = await storyWithPhoto(mine);
    await transfer(mine).exportPackage(story.id);
    answers.open = answers.save;
    await mine.save({ ...story, headline: 'Changed since' });

    answers.clash = 'cancel';
    expect(await transfer(mine).openPackage()).toEqual({ ok: true, value: null });
    expect(asked.at(-1)).toBe('clash: Changed since');

    answers.clash = 'copy';
    const copy = await transfer(mine).openPackage();
    if (!copy.ok || !copy.value) throw new Error('not opened');
    expect(copy.value.id).not.toBe(story.id);
    expect(copy.value.headline).toBe('Draft for the desk');

    answers.clash = 'replace';
    const replaced = await transfer(mine).openPackage();
    expect(replaced).toMatchObject({
      ok: true,
      value: { id: story.id, headline: 'Draft for the desk' },
    });
    expect(kept.map((s) => s.headline)).toEqual(['Changed since']);
  });

  it('writes nothing when the dialog is cancelled, and refuses a damaged package in plain words', async () => {
    const mine = openStoryLibrary(path.join(dir, 'mine'));
    const story = await storyWithPhoto(mine);
    answers.save = null;
    expect(await transfer(mine).exportPackage(story.id)).toEqual({ ok: true, value: null });
    answers.open = path.join(dir, 'not-a-package.newsdesk');
    const { writeFile } = await import('node:fs/promises');
    await writeFile(answers.open, 'hello');
    expect(await transfer(mine).openPackage()).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('not a Newsdesk package') },
    });
  });
});
