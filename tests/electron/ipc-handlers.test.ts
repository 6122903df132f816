// Images arrive through main: chooseImage (the dialog is injected) and addImage
// (dropped or pasted bytes), through the real IPC gate on a real temp library.
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatchIpc } from '../../electron/ipc/ipc-dispatch';
import { createIpcHandlers } from '../../electron/ipc/ipc-handlers';
import { openExportService } from '../../electron/export/export-service';
import { openStoryAssets } from '../../electron/library/story-assets';
import { openStoryLibrary } from '../../electron/library/story-library';
import { IPC_CONTRACT } from '../../shared/ipc/contract';
import { makeJpeg, makePng } from './image-bytes';

const ourPage = { url: 'app://newsdesk/index.html', isMainFrame: true };
let dir: string;
let dialogAnswers: (string | null)[];
let dialogShown: number;
let storyId: string;

const call = (name: string, payload: unknown) =>
  dispatchIpc(
    createIpcHandlers({
      library: openStoryLibrary(dir),
      assets: openStoryAssets(dir),
      exports: openExportService({
        library: openStoryLibrary(dir),
        chooseFolder: async () => null,
        settingsFile: path.join(dir, 'export-settings.json'),
        reportProgress: () => undefined,
        showItemInFolder: () => undefined,
      }),
      app: { name: 'Newsdesk', version: 'test' },
      chooseImageFile: async () => {
        dialogShown += 1;
        return dialogAnswers.shift() ?? null;
      },
    }),
    name,
    payload,
    ourPage,
    ['app://newsdesk'],
  );

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'newsdesk-images-'));
  dialogAnswers = [];
  dialogShown = 0;
  const created = await call('createStory', {});
  if (!created.ok) throw new Error(created.error.message);
  storyId = (created.value as { id: string }).id;
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const assetsOnDisk = () => readdir(path.join(dir, storyId, 'assets')).catch(() => []);

describe('chooseImage', () => {
  it('stores the file the user picks and answers a StoredImage', async () => {
    const jpeg = makeJpeg(1024, 683);
    const picked = path.join(dir, 'tanks.jpg');
    await writeFile(picked, jpeg);
    dialogAnswers = [picked];
    const answer = await call('chooseImage', { storyId });
    const hash = createHash('sha256').update(jpeg).digest('hex');
    expect(answer).toEqual({
      ok: true,
      value: {
        src: `assets/${hash}.jpg`,
        mediaType: 'image/jpeg',
        width: 1024,
        height: 683,
        bytes: jpeg.length,
      },
    });
    if (answer.ok) IPC_CONTRACT.chooseImage.response.parse(answer.value);
    expect(await assetsOnDisk()).toEqual([`${hash}.jpg`]);
  });

  it('answers null when the user cancels, and stores nothing', async () => {
    expect(await call('chooseImage', { storyId })).toEqual({ ok: true, value: null });
    expect(dialogShown).toBe(1);
    expect(await assetsOnDisk()).toEqual([]);
  });

  it('refuses a picked file that is not an image', async () => {
    const picked = path.join(dir, 'caption.png');
    await writeFile(picked, 'The Islamic State group controls the town.');
    dialogAnswers = [picked];
    expect(await call('chooseImage', { storyId })).toMatchObject({
      ok: false,
      error: { code: 'not-an-image' },
    });
  });
});

describe('addImage', () => {
  it('stores dropped bytes sent as base64', async () => {
    const png = makePng(32, 16);
    const answer = await call('addImage', {
      storyId,
      dataBase64: png.toString('base64'),
      fileName: 'screenshot.png',
    });
    expect(answer).toMatchObject({
      ok: true,
      value: { mediaType: 'image/png', width: 32, height: 16, bytes: png.length },
    });
    if (answer.ok) IPC_CONTRACT.addImage.response.parse(answer.value);
    expect(await assetsOnDisk()).toHaveLength(1);
  });

  it('names the file when refusing it', async () => {
    const answer = await call('addImage', {
      storyId,
      dataBase64: Buffer.from('not really a gif').toString('base64'),
      fileName: 'C:\\Users\\reporter\\fake.gif',
    });
    expect(answer).toMatchObject({ ok: false, error: { code: 'not-an-image' } });
    if (!answer.ok) expect(answer.error.message).toMatch(/^“fake\.gif” is not a picture/);
  });

  it('answers not-found for a story that is gone', async () => {
    await rm(path.join(dir, storyId), { recursive: true });
    const answer = await call('addImage', {
      storyId,
      dataBase64: makePng(2, 2).toString('base64'),
    });
    expect(answer).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
