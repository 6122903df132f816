// Images arrive through main: chooseImage (the dialog is injected) and addImage
// (dropped or pasted bytes), through the real IPC gate on a real temp library.
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatchIpc, type IpcHandlers } from '../../electron/ipc/ipc-dispatch';
import { createIpcHandlers } from '../../electron/ipc/ipc-handlers';
import { IPC_CONTRACT } from '../../shared/ipc/contract';
import type { RevisionSummary } from '../../shared/storage/revision-retention';
import type { Story } from '../../shared/story/story';
import { makeJpeg, makePng } from './image-bytes';
import { testHandlerDeps } from './test-handler-deps';

const ourPage = { url: 'app://newsdesk/index.html', isMainFrame: true };
let dir: string;
let dialogAnswers: (string | null)[];
let dialogShown: number;
let storyId: string;

let handlers: IpcHandlers;
// One handler table per test, as main keeps one for its whole run.
const call = (name: string, payload: unknown) =>
  dispatchIpc(handlers, name, payload, ourPage, ['app://newsdesk']);

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'newsdesk-images-'));
  dialogAnswers = [];
  dialogShown = 0;
  handlers = createIpcHandlers(
    testHandlerDeps(dir, {
      chooseImageFile: async () => {
        dialogShown += 1;
        return dialogAnswers.shift() ?? null;
      },
    }),
  );
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

// Revisions through the same gate: list, preview and restore (snapshots are taken by the save path).
describe('revisions', () => {
  /** Saves the story with `text` as its body; an explicit save also keeps a revision. */
  // Ctrl+S (explicit) keeps a revision; an autosave keeps one only when a timed one is due.
  const saveText = async (text: string, explicit = true) => {
    const loaded = await call('loadStory', { id: storyId });
    if (!loaded.ok) throw new Error(loaded.error.message);
    const story = loaded.value as Story;
    const saved = await call('saveStory', {
      story: { ...story, body: [{ type: 'paragraph', content: [{ text }] }] },
      revision: explicit,
    });
    if (!saved.ok) throw new Error(saved.error.message);
    if (!explicit) return null;
    const newest = await call('listRevisions', { storyId });
    if (!newest.ok) throw new Error(newest.error.message);
    return (newest.value as RevisionSummary[])[0]!;
  };
  const listed = async () => {
    const answer = await call('listRevisions', { storyId });
    if (!answer.ok) throw new Error(answer.error.message);
    return answer.value as RevisionSummary[];
  };
  const bodyText = (story: unknown) =>
    (story as Story).body.map((block) =>
      block.type === 'paragraph' ? block.content[0]?.text : '',
    );

  it('lists a story’s revisions newest first, as the contract says', async () => {
    expect(await call('listRevisions', { storyId })).toEqual({ ok: true, value: [] });
    const first = (await saveText('Tanks crossed the border.'))!;
    const second = (await saveText('Tanks crossed the border on Wednesday.'))!;
    const answer = await call('listRevisions', { storyId });
    expect(answer).toMatchObject({
      ok: true,
      value: [
        { id: second.id, words: 6, reason: 'save' },
        { id: first.id, words: 4, reason: 'save' },
      ],
    });
    if (answer.ok) IPC_CONTRACT.listRevisions.response.parse(answer.value);
  });

  it('loads one revision for the preview', async () => {
    const first = (await saveText('The first words.'))!;
    await saveText('Other words.');
    const answer = await call('loadRevision', { storyId, revisionId: first.id });
    expect(answer.ok && bodyText(answer.value)).toEqual(['The first words.']);
    if (answer.ok) IPC_CONTRACT.loadRevision.response.parse(answer.value);
  });

  it('restores a revision, keeping the version it replaces, so a restore can be undone', async () => {
    const first = (await saveText('The first words.'))!;
    await saveText('The words the reporter regrets.');
    await saveText('The words the reporter regrets, autosaved.', false);
    const restored = await call('restoreRevision', { storyId, revisionId: first.id });
    if (!restored.ok) throw new Error(restored.error.message);
    IPC_CONTRACT.restoreRevision.response.parse(restored.value);
    expect(bodyText(restored.value)).toEqual(['The first words.']);
    expect(await call('loadStory', { id: storyId })).toEqual(restored);

    const [kept] = await listed();
    expect(kept?.reason).toBe('before-restore');
    const undone = await call('restoreRevision', { storyId, revisionId: kept!.id });
    expect(undone.ok && bodyText(undone.value)).toEqual([
      'The words the reporter regrets, autosaved.',
    ]);
  });

  it('does not keep the current version twice when the newest revision already holds it', async () => {
    const first = (await saveText('The first words.'))!;
    const second = (await saveText('The words saved with Ctrl+S.'))!;
    await call('restoreRevision', { storyId, revisionId: first.id });
    expect((await listed()).map((revision) => revision.id)).toEqual([second.id, first.id]);
  });

  it('restores nothing from a damaged revision and leaves story.json as it was', async () => {
    const first = (await saveText('The first words.'))!;
    await saveText('Current words.');
    await writeFile(path.join(dir, storyId, 'history', `${first.id}.json`), '{"revision":');
    const before = await readFile(path.join(dir, storyId, 'story.json'));
    expect(await call('restoreRevision', { storyId, revisionId: first.id })).toMatchObject({
      ok: false,
      error: { code: 'damaged' },
    });
    expect(await readFile(path.join(dir, storyId, 'story.json'))).toEqual(before);
    expect(await listed()).toHaveLength(1);
  });
});
