// writeStoryExport on real temp folders: what lands on disk, byte for byte,
// and what does not when a check, an image, the schema or the disk says no.
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeStoryExport, type ExportJob } from '../../electron/export/export-writer';
import { storyToHtmlFragment } from '../../shared/export/story-html';
import type { Block, FigureBlock, Story } from '../../shared/story/story';
import { makeJpeg, makePng } from '../electron/image-bytes';
import {
  ASSET_BASE_URL,
  FRANCE24_IMAGE_BYTES,
  FRANCE24_IMAGE_SRC,
  france24ExportStory,
} from './france24-export-story';

let dir: string;
let storyDir: string;
let outDir: string;

// The photo as the library holds it: a real JPEG, padded to the size the goldens give.
const jpeg = makeJpeg(16, 9);
const PHOTO = Buffer.concat([jpeg, Buffer.alloc(FRANCE24_IMAGE_BYTES - jpeg.length)]);

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'newsdesk-export-'));
  storyDir = path.join(dir, 'library', france24ExportStory().id);
  outDir = path.join(dir, 'out');
  await mkdir(path.join(storyDir, 'assets'), { recursive: true });
  await writeFile(path.join(storyDir, FRANCE24_IMAGE_SRC), PHOTO);
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** Every file under `folder`, relative, sorted ([] when it does not exist). */
async function filesIn(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)))
    .sort();
}

function job(patch: Partial<ExportJob> = {}): ExportJob {
  return { story: france24ExportStory(), storyDir, format: 'html', outDir, options: {}, ...patch };
}

const golden = (name: string) => readFile(path.join(import.meta.dirname, 'golden', name), 'utf8');
const IMAGE_NAME = path.join('images', path.basename(FRANCE24_IMAGE_SRC));

describe('writeStoryExport', () => {
  it.each([
    [
      'html',
      { assetBaseUrl: ASSET_BASE_URL },
      'turkish-tanks-syria.html',
      'france24.fragment.html',
    ],
    ['html-page', {}, 'turkish-tanks-syria.html', 'france24.page.html'],
    [
      'ninjs',
      { assetBaseUrl: ASSET_BASE_URL },
      'turkish-tanks-syria.ninjs.json',
      'france24.ninjs.json',
    ],
    ['story', {}, 'turkish-tanks-syria.story.json', 'france24.story.json'],
  ] as const)(
    'writes %s as its golden file, with the photo in images/',
    async (format, options, name, gold) => {
      const progress: [number, number][] = [];
      const outcome = await writeStoryExport(
        job({ format, options, onProgress: (done, total) => progress.push([done, total]) }),
      );
      expect(outcome).toEqual({ ok: true, file: path.join(outDir, name), images: 1, checks: [] });
      expect(await filesIn(outDir)).toEqual([IMAGE_NAME, name].sort());
      expect(await readFile(path.join(outDir, name), 'utf8')).toBe(await golden(gold));
      expect((await readFile(path.join(outDir, IMAGE_NAME))).equals(PHOTO)).toBe(true);
      expect(progress).toEqual([[1, 1]]);
    },
  );

  it('copies each image once and reports progress image by image', async () => {
    const pngs = [makePng(4, 3), makePng(5, 3, [0, 0, 200]), makePng(6, 3, [0, 200, 0])];
    const figures: FigureBlock[] = pngs.map((png, i) => ({
      type: 'figure',
      image: { src: `assets/${String(i + 1).repeat(64)}.png`, alt: 'x', width: 4, height: 3 },
      caption: [{ text: 'A caption' }],
      credit: 'AP',
    }));
    for (const [i, png] of pngs.entries())
      await writeFile(path.join(storyDir, figures[i]!.image.src!), png);
    const story: Story = { ...france24ExportStory(), body: [...figures, figures[0]!] };
    const progress: [number, number][] = [];
    const outcome = await writeStoryExport(
      job({ story, onProgress: (done, total) => progress.push([done, total]) }),
    );
    expect(outcome).toMatchObject({ ok: true, images: 3 });
    expect(progress).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
    for (const [i, png] of pngs.entries()) {
      const copy = await readFile(path.join(outDir, 'images', `${String(i + 1).repeat(64)}.png`));
      expect(copy.equals(png)).toBe(true);
    }
  });

  it('inlines the images of a page when asked, and copies none', async () => {
    const progress: number[] = [];
    const outcome = await writeStoryExport(
      job({
        format: 'html-page',
        options: { inlineImages: true },
        onProgress: (done) => progress.push(done),
      }),
    );
    expect(outcome).toMatchObject({ ok: true, images: 0 });
    expect(await filesIn(outDir)).toEqual(['turkish-tanks-syria.html']);
    const page = await readFile(path.join(outDir, 'turkish-tanks-syria.html'), 'utf8');
    expect(page).toContain(`<img src="data:image/jpeg;base64,${PHOTO.toString('base64')}"`);
    expect(progress).toEqual([]);
  });

  it('writes nothing when a photo is missing, and says which', async () => {
    const missing: Block = {
      type: 'figure',
      image: { src: `assets/${'c'.repeat(64)}.png`, alt: 'x', width: 1, height: 1 },
      caption: [{ text: 'x' }],
      credit: 'AP',
    };
    const story = { ...france24ExportStory(), body: [...france24ExportStory().body, missing] };
    for (const format of ['html', 'ninjs', 'story'] as const) {
      const outcome = await writeStoryExport(job({ story, format }));
      expect(outcome).toMatchObject({ ok: false, code: 'missing-image' });
      expect(!outcome.ok && outcome.message).toBe(
        `Not exported: the image of photo 2 is missing from the story folder (assets/${'c'.repeat(64)}.png).`,
      );
    }
    expect(await filesIn(outDir)).toEqual([]);
  });

  it('refuses an image path that leaves the assets folder, even if the file exists', async () => {
    await writeFile(path.join(dir, 'library', 'secret.jpg'), 'not for export');
    const base = france24ExportStory();
    const figure = {
      ...(base.body[0] as FigureBlock),
      image: { alt: '', width: 10, height: 10, src: 'assets/../../secret.jpg' },
    };
    const outcome = await writeStoryExport(
      job({ story: { ...base, body: [figure, ...base.body.slice(1)] } }),
    );
    expect(outcome).toMatchObject({ ok: false, code: 'missing-image' });
    expect(await filesIn(outDir)).toEqual([]);
  });

  it('writes nothing when a check blocks, and passes warnings on', async () => {
    const base = france24ExportStory();
    const uncredited = { ...(base.body[0] as FigureBlock), credit: '' };
    const outcome = await writeStoryExport(
      job({ story: { ...base, body: [uncredited, ...base.body.slice(1)] } }),
    );
    expect(outcome).toMatchObject({
      ok: false,
      code: 'checks',
      message: 'Not exported: A photo has no credit.',
    });
    expect(!outcome.ok && outcome.checks.map((check) => check.rule)).toEqual(['figure-credit']);
    expect(await filesIn(dir)).toEqual([path.join('library', base.id, FRANCE24_IMAGE_SRC)]);

    const long = await writeStoryExport(job({ checkSettings: { headlineLimit: 20 } }));
    expect(long).toMatchObject({
      ok: true,
      checks: [{ rule: 'headline-long', severity: 'warning' }],
    });
  });

  it('writes nothing when the ninjs is not valid ninjs 2.2, and says where', async () => {
    const forced = { ...france24ExportStory(), embargo: 'next Tuesday' };
    const outcome = await writeStoryExport(job({ story: forced, format: 'ninjs' }));
    expect(outcome).toMatchObject({ ok: false, code: 'invalid' });
    expect(!outcome.ok && outcome.message).toBe(
      'Not valid ninjs 2.2: embargoed must match format "date-time".',
    );
    const badId = await writeStoryExport(
      job({ story: { ...forced, embargo: undefined, id: 'not an id' }, format: 'ninjs' }),
    );
    expect(!badId.ok && badId.message).toBe('Not valid ninjs 2.2: uri must match format "uri".');
    expect(await filesIn(outDir)).toEqual([]);
  });

  it('reports a folder it cannot make in plain words', async () => {
    await writeFile(path.join(dir, 'a-file'), 'x');
    const outcome = await writeStoryExport(job({ outDir: path.join(dir, 'a-file', 'out') }));
    expect(outcome).toMatchObject({
      ok: false,
      code: 'io',
      message:
        'Not exported: could not write turkish-tanks-syria.html: a file stands where a folder should be.',
    });
  });

  it('leaves no document behind when its images cannot be copied', async () => {
    await mkdir(outDir);
    await writeFile(path.join(outDir, 'images'), 'a file where the folder goes');
    const outcome = await writeStoryExport(job({ format: 'ninjs' }));
    expect(outcome).toMatchObject({ ok: false, code: 'io' });
    expect(!outcome.ok && outcome.message).toMatch(/^Not exported: could not copy image 1 of 1: /);
    expect(await filesIn(outDir)).toEqual(['images']);
  });

  it('overwrites an earlier export in place, leaving no temp files', async () => {
    await writeStoryExport(job({ story: { ...france24ExportStory(), headline: 'First draft' } }));
    const outcome = await writeStoryExport(job());
    expect(outcome.ok).toBe(true);
    expect(await filesIn(outDir)).toEqual([IMAGE_NAME, 'turkish-tanks-syria.html'].sort());
    const html = await readFile(path.join(outDir, 'turkish-tanks-syria.html'), 'utf8');
    expect(html).toBe(storyToHtmlFragment(france24ExportStory()));
    expect(html).not.toContain('First draft');
  });

  it('keeps the file inside the export folder when the slug was forced to a path', async () => {
    const outcome = await writeStoryExport(
      job({ story: { ...france24ExportStory(), slug: '../escaped' } }),
    );
    expect(outcome).toMatchObject({ ok: true, file: path.join(outDir, 'story-5d0c7a2e.html') });
    expect(await filesIn(dir)).not.toContain('escaped.html');
  });
});
