// Images stored with a story: real files in a temp library, checked by their bytes.
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, readdir, rm, truncate, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStoryAssets } from '../../electron/library/story-assets';
import { nodeIo, type AtomicWriteIo } from '../../electron/storage/atomic-write';
import { MAX_IMAGE_BYTES, StoredImageSchema } from '../../shared/ipc/stored-image';
import { makeJpeg, makePng } from './image-bytes';

const storyId = '11111111-1111-4111-8111-111111111111';
let dir: string;
let root: string;
let storyDir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'newsdesk-assets-'));
  root = path.join(dir, 'library');
  storyDir = path.join(root, storyId);
  await mkdir(storyDir, { recursive: true });
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const assetsOnDisk = () => readdir(path.join(storyDir, 'assets')).catch(() => []);

/** A file outside the library, as the user would choose it. */
async function fileOnDesktop(name: string, bytes: Uint8Array | string): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, bytes);
  return file;
}

/** Counts the files atomic writes open, to see whether a store wrote anything. */
function countingIo(): AtomicWriteIo & { opened: number } {
  const io = {
    ...nodeIo,
    opened: 0,
    open: ((...args: Parameters<typeof nodeIo.open>) => {
      io.opened += 1;
      return nodeIo.open(...args);
    }) as typeof nodeIo.open,
  };
  return io;
}

describe('story assets', () => {
  it('stores a chosen PNG as assets/<sha256>.png and answers its size', async () => {
    const png = makePng(64, 48);
    const answer = await openStoryAssets(root).addImageFile(
      storyId,
      await fileOnDesktop('photo.png', png),
    );
    const name = `${sha256(png)}.png`;
    expect(answer).toEqual({
      ok: true,
      value: {
        src: `assets/${name}`,
        mediaType: 'image/png',
        width: 64,
        height: 48,
        bytes: png.length,
      },
    });
    if (answer.ok) StoredImageSchema.parse(answer.value);
    expect(await readFile(path.join(storyDir, 'assets', name))).toEqual(png);
  });

  it('names a JPEG by what it is, whatever the file is called', async () => {
    const jpeg = makeJpeg(300, 200);
    const answer = await openStoryAssets(root).addImageFile(
      storyId,
      await fileOnDesktop('holiday.PNG', jpeg),
    );
    expect(answer).toMatchObject({
      ok: true,
      value: {
        src: `assets/${sha256(jpeg)}.jpg`,
        mediaType: 'image/jpeg',
        width: 300,
        height: 200,
      },
    });
  });

  it('stores the same image once, and does not write it again', async () => {
    const io = countingIo();
    const assets = openStoryAssets(root, { io });
    const png = makePng(10, 10);
    const first = await assets.addImageFile(storyId, await fileOnDesktop('a.png', png));
    const opensAfterFirst = io.opened;
    const second = await assets.addImageBytes(storyId, png, 'pasted.png');
    expect(second).toEqual(first);
    expect(io.opened).toBe(opensAfterFirst);
    expect(await assetsOnDisk()).toEqual([`${sha256(png)}.png`]);
  });

  it('rewrites a stored file whose size does not match its name', async () => {
    const png = makePng(10, 10);
    await mkdir(path.join(storyDir, 'assets'));
    const target = path.join(storyDir, 'assets', `${sha256(png)}.png`);
    await writeFile(target, png.subarray(0, 20));
    await openStoryAssets(root).addImageBytes(storyId, png);
    expect(await readFile(target)).toEqual(png);
  });

  it('refuses a text file renamed .png, and stores nothing', async () => {
    const file = await fileOnDesktop('notes.png', 'Call the mayor back at 4pm.\n');
    const answer = await openStoryAssets(root).addImageFile(storyId, file);
    expect(answer).toEqual({
      ok: false,
      error: {
        code: 'not-an-image',
        message:
          '“notes.png” is not a picture Newsdesk can use. Choose a PNG, JPEG, GIF or WebP image.',
      },
    });
    expect(await assetsOnDisk()).toEqual([]);
  });

  it('refuses pasted bytes that are not an image', async () => {
    const answer = await openStoryAssets(root).addImageBytes(storyId, Buffer.from('<svg/>'));
    expect(answer).toMatchObject({
      ok: false,
      error: {
        code: 'not-an-image',
        message: expect.stringMatching(/^This image is not a picture/),
      },
    });
  });

  it('refuses a file over 25 MB without reading it', async () => {
    const file = await fileOnDesktop('huge.png', makePng(4, 4));
    await truncate(file, MAX_IMAGE_BYTES + 1);
    const answer = await openStoryAssets(root).addImageFile(storyId, file);
    expect(answer).toMatchObject({
      ok: false,
      error: {
        code: 'too-large',
        message: expect.stringContaining('“huge.png” is larger than 25 MB'),
      },
    });
    const bytes = new Uint8Array(MAX_IMAGE_BYTES + 1);
    bytes.set(makePng(4, 4));
    expect(await openStoryAssets(root).addImageBytes(storyId, bytes)).toMatchObject({
      error: { code: 'too-large' },
    });
    expect(await assetsOnDisk()).toEqual([]);
  });

  it('answers not-found when the story folder is gone, and does not recreate it', async () => {
    await rm(storyDir, { recursive: true });
    const answer = await openStoryAssets(root).addImageBytes(storyId, makePng(2, 2));
    expect(answer).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'This story is no longer in the library.' },
    });
    expect(await readdir(root)).toEqual([]);
  });

  it('refuses an id that is a path', async () => {
    const answer = await openStoryAssets(root).addImageBytes('../../etc', makePng(2, 2));
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('says plainly when the chosen file is gone or is a folder', async () => {
    const assets = openStoryAssets(root);
    expect(await assets.addImageFile(storyId, path.join(dir, 'gone.jpg'))).toEqual({
      ok: false,
      error: { code: 'io', message: '“gone.jpg” could not be read: the file is no longer there.' },
    });
    expect(await assets.addImageFile(storyId, dir)).toMatchObject({
      error: { code: 'not-an-image' },
    });
  });

  it('reports a full disk in plain words and leaves no partial file', async () => {
    const full: AtomicWriteIo = { ...nodeIo, write: async () => 0 };
    const answer = await openStoryAssets(root, { io: full }).addImageBytes(storyId, makePng(8, 8));
    expect(answer).toEqual({
      ok: false,
      error: { code: 'io', message: 'The image was not added: the disk is full.' },
    });
    expect(await assetsOnDisk()).toEqual([]);
  });
});

describe('copyImage (a figure pasted into another story)', () => {
  const otherId = '22222222-2222-4222-8222-222222222222';

  it('copies the image into the other story under the same content name', async () => {
    const assets = openStoryAssets(root);
    const png = makePng(30, 20);
    const stored = await assets.addImageBytes(storyId, png);
    if (!stored.ok) throw new Error(stored.error.message);
    await mkdir(path.join(root, otherId));
    const copied = await assets.copyImage(storyId, otherId, stored.value.src);
    expect(copied).toEqual(stored);
    expect(sha256(await readFile(path.join(root, otherId, stored.value.src)))).toBe(sha256(png));
  });

  it('refuses a path that is not an asset name, and a story id that is not one', async () => {
    const assets = openStoryAssets(root);
    await mkdir(path.join(root, otherId));
    for (const [from, src] of [
      [storyId, '../../etc/passwd'],
      [storyId, `assets/../${'a'.repeat(64)}.png`],
      ['../outside', `assets/${'a'.repeat(64)}.png`],
    ] as const) {
      const answer = await assets.copyImage(from, otherId, src);
      expect(answer.ok ? null : answer.error.code).toBe('invalid-request');
    }
  });

  it('says so when the source image is gone', async () => {
    await mkdir(path.join(root, otherId));
    const answer = await openStoryAssets(root).copyImage(
      storyId,
      otherId,
      `assets/${'b'.repeat(64)}.png`,
    );
    expect(answer.ok ? null : answer.error.code).toBe('io');
  });
});
