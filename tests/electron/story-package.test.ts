// Story packages (.newsdesk) on real bytes: the app's own zips round-trip, and
// zips built here by hand (names, sizes and headers that lie) are refused.
import { unzipSync } from 'fflate';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  PACKAGE_LIMITS,
  readStoryPackage,
  readStoryPackageFile,
  type PackageLimits,
} from '../../electron/library/story-package';
import { writeStoryPackage } from '../../electron/library/story-package-write';
import type { Story } from '../../shared/story/story';
import { createEmptyStory } from '../../shared/story/story-create';
import { makeJpeg, makePng } from './image-bytes';

const PNG = makePng(4, 3);
const JPEG = makeJpeg(16, 8);
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const PNG_NAME = `${sha256(PNG)}.png`;
const JPEG_NAME = `${sha256(JPEG)}.jpg`;
const MB = 1024 * 1024;

function storyShowing(...images: string[]): Story {
  return {
    ...createEmptyStory('2f1c7a9e-1d2b-4c3d-8e4f-5a6b7c8d9e0f', new Date('2026-11-25T09:00:00Z')),
    headline: 'Council approves the new bridge',
    body: images.map((name) => ({
      type: 'figure' as const,
      image: { src: `assets/${name}`, alt: 'The bridge', width: 4, height: 3 },
      caption: [{ text: 'The bridge at dusk' }],
      credit: 'Photo: Desk',
    })),
  };
}

// --- A zip writer that can lie: names, sizes, counts, methods as the test says. ---

interface RawEntry {
  readonly name: string;
  /** The content before compression. */
  readonly content?: Uint8Array;
  /** Deflate (8, the default), store (0) or anything else. */
  readonly method?: number;
  /** The uncompressed size the headers declare (default: the real one). */
  readonly declaredSize?: number;
  /** Sizes in a data descriptor after the data, none in the headers (as streaming zippers do). */
  readonly descriptor?: boolean;
  /** The bytes as stored, when they are not the content compressed. */
  readonly stored?: Uint8Array;
  /** The name in the entry's own header, when it differs from the table of contents. */
  readonly localName?: string;
}

const u16 = (value: number) => [value & 0xff, (value >>> 8) & 0xff];
const u32 = (value: number) => [...u16(value & 0xffff), ...u16(value >>> 16)];

function rawZip(entries: RawEntry[], options: { declaredCount?: number } = {}): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const content = entry.content ?? new Uint8Array();
    const method = entry.method ?? 8;
    const data = entry.stored ?? (method === 8 ? deflateRawSync(content) : content);
    const name = Buffer.from(entry.name, 'utf8');
    const localName = Buffer.from(entry.localName ?? entry.name, 'utf8');
    const crc = crc32(content);
    const size = entry.declaredSize ?? content.length;
    const flags = 0x800 | (entry.descriptor ? 8 : 0);
    const sizes = entry.descriptor
      ? [...u32(0), ...u32(0), ...u32(0)]
      : [...u32(crc), ...u32(data.length), ...u32(size)];
    const common = [...u16(20), ...u16(flags), ...u16(method), ...u16(0), ...u16(0x5b79)];
    const local = Uint8Array.from([
      ...u32(0x04034b50),
      ...common,
      ...sizes,
      ...u16(localName.length),
      ...u16(0),
      ...localName,
    ]);
    const descriptor = entry.descriptor
      ? Uint8Array.from([...u32(0x08074b50), ...u32(crc), ...u32(data.length), ...u32(size)])
      : new Uint8Array();
    central.push(
      Uint8Array.from([
        ...u32(0x02014b50),
        ...u16(20),
        ...common,
        ...u32(crc),
        ...u32(data.length),
        ...u32(size),
        ...u16(name.length),
        ...u16(0),
        ...u16(0),
        ...u16(0),
        ...u16(0),
        ...u32(0),
        ...u32(offset),
        ...name,
      ]),
    );
    parts.push(local, data, descriptor);
    offset += local.length + data.length + descriptor.length;
  }
  const directory = Buffer.concat(central);
  const count = options.declaredCount ?? entries.length;
  const end = Uint8Array.from([
    ...u32(0x06054b50),
    ...u16(0),
    ...u16(0),
    ...u16(count),
    ...u16(count),
    ...u32(directory.length),
    ...u32(offset),
    ...u16(0),
  ]);
  return Buffer.concat([...parts, directory, end]);
}

const STORY_TEXT = `${JSON.stringify(storyShowing(PNG_NAME), null, 2)}\n`;
const storyEntry: RawEntry = { name: 'story.json', content: Buffer.from(STORY_TEXT) };
const pngEntry: RawEntry = { name: `assets/${PNG_NAME}`, content: PNG, method: 0 };

function refusal(bytes: Uint8Array, limits?: PackageLimits) {
  const result = readStoryPackage(bytes, limits);
  if (result.ok) throw new Error('the package was accepted');
  return result.error;
}

describe('writeStoryPackage', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'newsdesk-package-'));
    await mkdir(path.join(dir, 'assets'));
    await mkdir(path.join(dir, 'history'));
    await writeFile(path.join(dir, 'assets', PNG_NAME), PNG);
    await writeFile(path.join(dir, 'assets', JPEG_NAME), JPEG);
    await writeFile(path.join(dir, 'assets', `${'0'.repeat(64)}.png`), PNG); // not shown
    await writeFile(path.join(dir, 'history', 'old.json'), '{}');
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it("zips story.json and the images the figures show, at the zip's root", async () => {
    const text = `${JSON.stringify(storyShowing(PNG_NAME, JPEG_NAME, PNG_NAME), null, 2)}\n`;
    await writeFile(path.join(dir, 'story.json'), text);
    const packed = await writeStoryPackage(dir);
    if (!packed.ok) throw new Error(packed.error.message);
    const files = unzipSync(packed.value);
    expect(Object.keys(files).sort()).toEqual(
      ['story.json', `assets/${PNG_NAME}`, `assets/${JPEG_NAME}`].sort(),
    );
    expect(Buffer.from(files['story.json'] ?? []).toString()).toBe(text);

    const read = readStoryPackage(packed.value);
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.storyText).toBe(text);
    expect([...read.value.assets.keys()].sort()).toEqual([JPEG_NAME, PNG_NAME].sort());
    expect(Buffer.from(read.value.assets.get(PNG_NAME) ?? [])).toEqual(PNG);
    expect(Buffer.from(read.value.assets.get(JPEG_NAME) ?? [])).toEqual(JPEG);
  });

  it('reads back a package written to disk', async () => {
    await writeFile(path.join(dir, 'story.json'), STORY_TEXT);
    const packed = await writeStoryPackage(dir);
    if (!packed.ok) throw new Error(packed.error.message);
    const file = path.join(dir, 'draft.newsdesk');
    await writeFile(file, packed.value);
    const read = await readStoryPackageFile(file);
    expect(read.ok && read.value.storyText).toBe(STORY_TEXT);
  });

  it('refuses a folder without story.json, a damaged story and a missing image', async () => {
    expect(await writeStoryPackage(dir)).toMatchObject({ ok: false, error: { code: 'not-found' } });
    await writeFile(path.join(dir, 'story.json'), '{"headline": ');
    expect(await writeStoryPackage(dir)).toMatchObject({
      ok: false,
      error: { code: 'damaged', message: 'The story file is damaged: it is not readable JSON.' },
    });
    const missing = `${'ab'.repeat(32)}.png`;
    await writeFile(path.join(dir, 'story.json'), JSON.stringify(storyShowing(PNG_NAME, missing)));
    expect(await writeStoryPackage(dir)).toEqual({
      ok: false,
      error: {
        code: 'not-found',
        message: `Image 2 of the story is missing from its folder (assets/${missing}).`,
      },
    });
  });
  it('refuses to pack what a package may not hold: a damaged or oversized image', async () => {
    const wrong = `${'cd'.repeat(32)}.png`;
    await writeFile(path.join(dir, 'assets', wrong), PNG);
    await writeFile(path.join(dir, 'story.json'), JSON.stringify(storyShowing(wrong)));
    expect(await writeStoryPackage(dir)).toEqual({
      ok: false,
      error: {
        code: 'damaged',
        message: `Image 1 of the story is damaged: its file does not match its name (assets/${wrong}).`,
      },
    });
    await writeFile(
      path.join(dir, 'story.json'),
      JSON.stringify(storyShowing(PNG_NAME, JPEG_NAME)),
    );
    const small = { ...PACKAGE_LIMITS, maxImageBytes: JPEG.length - 1 };
    expect(await writeStoryPackage(dir, small)).toMatchObject({
      ok: false,
      error: {
        code: 'too-large',
        message: expect.stringMatching(/^Image 2 of the story is larger than/),
      },
    });
    const total = { ...PACKAGE_LIMITS, maxTotalBytes: PNG.length + JPEG.length };
    expect(await writeStoryPackage(dir, total)).toMatchObject({
      ok: false,
      error: { code: 'too-large' },
    });
  });
});

describe('readStoryPackage', () => {
  it('accepts a zip from another tool: folder entry, data descriptors', () => {
    const zip = rawZip([
      { ...storyEntry, descriptor: true },
      { name: 'assets/', method: 0 },
      { ...pngEntry, method: 8, descriptor: true },
    ]);
    const read = readStoryPackage(zip);
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.storyText).toBe(STORY_TEXT);
    expect([...read.value.assets.keys()]).toEqual([PNG_NAME]);
  });

  it.each([
    '../story.json',
    '/etc/passwd',
    `/assets/${PNG_NAME}`,
    `assets/../../${PNG_NAME}`,
    `..\\..\\assets\\${PNG_NAME}`,
    `C:\\Users\\Public\\${PNG_NAME}`,
    `assets\\${PNG_NAME}`,
    `assets/sub/${PNG_NAME}`,
    `assets/${PNG_NAME}/`,
    `assets/${sha256(PNG)}.exe`,
    `assets/${sha256(PNG).toUpperCase()}.png`,
    `assets/${PNG_NAME}\u0000.txt`,
    'story.json/',
    'Story.json',
    'notes.txt',
    '__MACOSX/._story.json',
    'history/2026-11-25.json',
  ])('refuses an entry named %j', (name) => {
    const error = refusal(rawZip([storyEntry, { name, content: PNG }]));
    expect(error.code).toBe('damaged');
    expect(error.message).toMatch(
      /^The package is refused: it holds “.*”, which is not part of a story/,
    );
    expect(error.message).not.toContain('\u0000');
  });

  it('refuses an entry whose own header names another file than the table of contents', () => {
    const smuggled = { ...pngEntry, localName: `../../${PNG_NAME}` };
    expect(refusal(rawZip([storyEntry, smuggled])).message).toBe(
      'The package is damaged: its table of contents does not match its files.',
    );
  });

  it('refuses a name given twice', () => {
    expect(refusal(rawZip([storyEntry, pngEntry, storyEntry])).message).toBe(
      'The package is damaged: it holds “story.json” twice.',
    );
  });

  it('refuses declared sizes over the limits before inflating anything', () => {
    // The data is junk: inflating it would fail as "damaged", so "too-large" means it was never tried.
    const junk = Uint8Array.from({ length: 64 }, (_, i) => (i * 37) & 0xff);
    const huge = { name: `assets/${PNG_NAME}`, stored: junk, declaredSize: 0xfffffff0 };
    expect(refusal(rawZip([storyEntry, huge]))).toEqual({
      code: 'too-large',
      message: `The package is refused: “assets/${PNG_NAME}” is larger than 25 MB.`,
    });
    const bigStory = { ...storyEntry, stored: junk, declaredSize: 21 * MB };
    expect(refusal(rawZip([bigStory])).message).toBe(
      'The package is refused: “story.json” is larger than 20 MB.',
    );
    const many = Array.from({ length: 9 }, (_, i) => ({
      name: `assets/${String(i).repeat(64)}.png`,
      stored: junk,
      declaredSize: 24 * MB,
    }));
    expect(refusal(rawZip([storyEntry, ...many]))).toEqual({
      code: 'too-large',
      message: 'The package is refused: it would unpack to more than 200 MB.',
    });
  });

  it('stops inflating an entry at the size the table of contents gave it (zip bomb)', () => {
    const bomb = new Uint8Array(30 * MB); // deflates to ~30 KB
    const lying = { name: `assets/${PNG_NAME}`, content: bomb, declaredSize: PNG.length };
    const expected = {
      code: 'damaged',
      message: `The package is damaged: “assets/${PNG_NAME}” is larger than the package says.`,
    };
    expect(refusal(rawZip([storyEntry, lying]))).toEqual(expected);
    // Streaming zippers put no sizes in the local header: the table of contents still bounds it.
    expect(refusal(rawZip([storyEntry, { ...lying, descriptor: true }]))).toEqual(expected);
    const honest = { ...lying, declaredSize: undefined };
    expect(refusal(rawZip([storyEntry, honest]))).toEqual({
      code: 'too-large',
      message: `The package is refused: “assets/${PNG_NAME}” is larger than 25 MB.`,
    });
  });

  it('refuses a story.json smaller than the package says', () => {
    const short = { ...storyEntry, declaredSize: STORY_TEXT.length + 10 };
    expect(refusal(rawZip([short])).message).toBe(
      'The package is damaged: “story.json” is smaller than the package says.',
    );
  });

  it('refuses more entries than a package holds, declared or found', () => {
    const limits = { ...PACKAGE_LIMITS, maxEntries: 2 };
    const three = rawZip([storyEntry, pngEntry, { ...pngEntry, name: `assets/${JPEG_NAME}` }]);
    expect(refusal(three, limits)).toEqual({
      code: 'too-large',
      message: 'The package is refused: it holds more than 2 files.',
    });
    // An end record that understates the count hides entries from the table of contents.
    const hidden = rawZip([storyEntry, pngEntry, { ...pngEntry, name: `assets/${JPEG_NAME}` }], {
      declaredCount: 1,
    });
    expect(refusal(hidden).message).toBe(
      'The package is damaged: its table of contents does not match its files.',
    );
    expect(refusal(rawZip([storyEntry, pngEntry], { declaredCount: 3 })).code).toBe('damaged');
  });

  it('says plainly when the bytes are not a zip or the zip is broken', () => {
    const notZip = 'The file is not a Newsdesk package: it is not a zip file.';
    expect(refusal(new Uint8Array()).message).toBe(notZip);
    expect(refusal(Buffer.from(STORY_TEXT)).message).toBe(notZip);
    expect(refusal(PNG).message).toBe(notZip);

    const good = rawZip([storyEntry, pngEntry]);
    expect(refusal(good.subarray(0, Math.floor(good.length / 2))).message).toBe(
      'The package is damaged: the file is incomplete.',
    );
    // Cut inside the deflated story.json, end record kept: the entry cannot finish.
    const cut = Buffer.concat([good.subarray(0, 60), good.subarray(good.length - 22)]);
    expect(refusal(cut).code).toBe('damaged');

    const garbled = Buffer.from(good);
    for (let at = 40; at < 80; at += 1) garbled[at] = 0xff;
    expect(refusal(garbled).code).toBe('damaged');

    expect(refusal(rawZip([storyEntry, { ...pngEntry, method: 12 }])).message).toBe(
      `The package is damaged: “assets/${PNG_NAME}” is compressed in a way Newsdesk does not read.`,
    );
  });

  it('checks every image against the hash and format its name promises', () => {
    const tampered = Buffer.from(PNG);
    const at = tampered.length - 20;
    tampered.writeUInt8(tampered.readUInt8(at) ^ 0xff, at);
    expect(refusal(rawZip([storyEntry, { ...pngEntry, content: tampered }])).message).toBe(
      `The package is damaged: the image “assets/${PNG_NAME}” does not match its name.`,
    );
    const misnamed = { name: `assets/${sha256(PNG)}.jpg`, content: PNG };
    expect(refusal(rawZip([storyEntry, misnamed])).message).toBe(
      `The package is damaged: “assets/${sha256(PNG)}.jpg” is not the kind of picture its name says.`,
    );
  });

  it('needs a story.json that is text', () => {
    expect(refusal(rawZip([pngEntry])).message).toBe(
      'The file is not a Newsdesk package: it holds no story.json.',
    );
    const latin1 = {
      name: 'story.json',
      content: Buffer.from('{"headline": "Caf\xe9"}', 'latin1'),
    };
    expect(refusal(rawZip([latin1])).message).toBe(
      'The package is damaged: its story.json is not text.',
    );
  });
});

describe('readStoryPackageFile', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'newsdesk-package-file-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('refuses a file larger than a package can be without reading it', async () => {
    const file = path.join(dir, 'huge.newsdesk');
    await writeFile(file, new Uint8Array(200 * 1024));
    const limits = { ...PACKAGE_LIMITS, maxTotalBytes: 1024, maxEntries: 2 };
    expect(await readStoryPackageFile(file, limits)).toMatchObject({
      ok: false,
      error: { code: 'too-large' },
    });
  });

  it('says why a file cannot be read', async () => {
    expect(await readStoryPackageFile(path.join(dir, 'gone.newsdesk'))).toEqual({
      ok: false,
      error: { code: 'io', message: 'The package could not be read: there is no such file.' },
    });
    expect(await readStoryPackageFile(dir)).toEqual({
      ok: false,
      error: { code: 'io', message: 'The package could not be read: it is a folder.' },
    });
  });
});
