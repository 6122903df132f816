// The export service: main writes only where the user chose, remembers that
// folder across restarts, reports progress, and shows only what it exported.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openExportService, type ExportServiceDeps } from '../../electron/export/export-service';
import { openStoryAssets } from '../../electron/library/story-assets';
import { openStoryLibrary, type StoryLibrary } from '../../electron/library/story-library';
import type { ExportProgress } from '../../shared/ipc/channels';
import type { Story } from '../../shared/story/story';
import { makePng } from './image-bytes';

let dir: string;
let library: StoryLibrary;
let story: Story;
let progress: ExportProgress[];
let shown: string[];
let answers: (string | null)[];

function service(overrides: Partial<ExportServiceDeps> = {}) {
  return openExportService({
    library,
    chooseFolder: async () => answers.shift() ?? null,
    settingsFile: path.join(dir, 'user-data', 'export-settings.json'),
    reportProgress: (p) => progress.push(p),
    showItemInFolder: (file) => shown.push(file),
    ...overrides,
  });
}

const request = (folder: string, extra = {}) => ({
  storyId: story.id,
  format: 'html' as const,
  folder,
  headlineLimit: 70,
  ...extra,
});

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'newsdesk-export-service-'));
  library = openStoryLibrary(path.join(dir, 'library'));
  const created = await library.create();
  if (!created.ok) throw new Error(created.error.message);
  const assets = openStoryAssets(library.root);
  const figures = [];
  for (const shade of [10, 120, 240]) {
    const stored = await assets.addImageBytes(created.value.id, makePng(8, 4, [shade, 0, 0]));
    if (!stored.ok) throw new Error(stored.error.message);
    figures.push({
      type: 'figure' as const,
      image: { src: stored.value.src, width: 8, height: 4, alt: 'A photo' },
      caption: [{ text: 'Caption' }],
      credit: 'AFP photo',
    });
  }
  story = { ...created.value, headline: 'Export me', slug: 'export-me', body: figures };
  const saved = await library.save(story);
  if (!saved.ok) throw new Error(saved.error.message);
  progress = [];
  shown = [];
  answers = [];
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('export service', () => {
  it('refuses a folder the user did not choose, and writes to one they did', async () => {
    const exports = service();
    const elsewhere = path.join(dir, 'elsewhere');
    expect(await exports.exportStory(request(elsewhere))).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-request',
        message: expect.stringContaining('Choose the export folder'),
      },
    });
    answers.push(path.join(dir, 'out'));
    expect(await exports.chooseFolder()).toEqual({
      ok: true,
      value: { folder: path.join(dir, 'out') },
    });
    const result = await exports.exportStory(request(path.join(dir, 'out')));
    expect(result).toEqual({
      ok: true,
      value: { file: path.join(dir, 'out', 'export-me.html'), images: 3, warnings: 0 },
    });
    expect(await readFile(path.join(dir, 'out', 'export-me.html'), 'utf8')).toContain(
      '<h1>Export me</h1>',
    );
    // One progress report per image copied, in order.
    expect(progress).toEqual([
      { done: 1, total: 3 },
      { done: 2, total: 3 },
      { done: 3, total: 3 },
    ]);
  });

  it('remembers the chosen folder across restarts; a cancelled dialog changes nothing', async () => {
    const out = path.join(dir, 'out');
    answers.push(out);
    await service().chooseFolder();
    const restarted = service();
    expect(await restarted.getFolder()).toEqual({ ok: true, value: { folder: out } });
    expect(await restarted.chooseFolder()).toEqual({ ok: true, value: null });
    expect((await restarted.exportStory(request(out))).ok).toBe(true);
  });

  it('ignores a damaged settings file and asks again', async () => {
    await mkdir(path.join(dir, 'user-data'), { recursive: true });
    await writeFile(path.join(dir, 'user-data', 'export-settings.json'), '{"folder": 12');
    expect(await service().getFolder()).toEqual({ ok: true, value: { folder: null } });
  });

  it('shows only files it exported in this run', async () => {
    const exports = service();
    const out = path.join(dir, 'out');
    answers.push(out);
    await exports.chooseFolder();
    expect(await exports.showExportedFile('/etc/passwd')).toMatchObject({ ok: false });
    const result = await exports.exportStory(request(out));
    if (!result.ok) throw new Error(result.error.message);
    expect(await exports.showExportedFile(result.value.file)).toEqual({ ok: true, value: null });
    expect(shown).toEqual([result.value.file]);
  });

  it('answers blocking checks, bad image addresses and missing stories in plain words', async () => {
    const exports = service();
    const out = path.join(dir, 'out');
    answers.push(out);
    await exports.chooseFolder();
    expect(
      await exports.exportStory(request(out, { assetBaseUrl: 'javascript:alert(1)' })),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', message: expect.stringContaining('full web address') },
    });
    await library.save({ ...story, headline: '' });
    expect(await exports.exportStory(request(out))).toMatchObject({
      ok: false,
      error: { code: 'blocked', message: 'Not exported: The headline is empty.' },
    });
    expect(
      await exports.exportStory({
        ...request(out),
        storyId: '00000000-0000-4000-8000-000000000000',
      }),
    ).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
