// File › Import…, dropped files and pasted images by address, through the real
// IPC gate on a real temp library (the dialog is injected; servers on 127.0.0.1).
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dispatchIpc, type IpcHandlers } from '../../electron/ipc/ipc-dispatch';
import { createIpcHandlers } from '../../electron/ipc/ipc-handlers';
import { IPC_CONTRACT } from '../../shared/ipc/contract';
import type { Story } from '../../shared/story/story';
import { StorySchema } from '../../shared/story/story-schema';
import { makePng } from './image-bytes';
import { testHandlerDeps } from './test-handler-deps';

const FRANCE24 = path.resolve(
  import.meta.dirname,
  '../../../shared/fixtures/france24-turkish-tanks.txt',
);
const ourPage = { url: 'app://newsdesk/index.html', isMainFrame: true };

let dir: string;
let handlers: IpcHandlers;
let nextFile: string | null;
const call = (name: string, payload: unknown) =>
  dispatchIpc(handlers, name, payload, ourPage, ['app://newsdesk']);

/** A call that must succeed, its answer checked against the contract's response schema. */
async function value<T>(name: keyof typeof IPC_CONTRACT, payload: unknown): Promise<T> {
  const answer = await call(name, payload);
  if (!answer.ok) throw new Error(`${name}: ${answer.error.message}`);
  return IPC_CONTRACT[name].response.parse(answer.value) as T;
}

let server: Server;
let origin: string;
beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === '/photo.png') {
      response.writeHead(200, { 'content-type': 'image/png' }).end(makePng(40, 30));
    } else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'newsdesk-import-calls-'));
  nextFile = null;
  handlers = createIpcHandlers(
    testHandlerDeps(dir, {}, { chooseImportFile: async () => nextFile }),
  );
});
afterEach(() => rm(dir, { recursive: true, force: true }));

type Preview = { token: string; fileName: string; format: string; draft: { blocks: unknown[] } };

describe('chooseImportFile and commitImport', () => {
  it('reads the chosen file for review, then makes the story with the lines kept', async () => {
    nextFile = FRANCE24;
    const preview = await value<Preview>('chooseImportFile', {});
    expect(preview).toMatchObject({ fileName: 'france24-turkish-tanks.txt', format: 'text' });
    expect(preview.draft.blocks.length).toBeGreaterThan(20);

    // The user keeps "Page not found" (a dropped line): it stays in the story as a paragraph.
    const pageNotFound = preview.draft.blocks.findIndex((block) =>
      JSON.stringify(block).includes('"Page not found"'),
    );
    const made = await value<{ story: Story; missingImages: unknown[] }>('commitImport', {
      token: preview.token,
      keep: [pageNotFound],
    });
    expect(made.story.headline).toBe(
      'Turkish tanks cross Syrian border to free IS-group held town',
    );
    expect(JSON.stringify(made.story.body)).toContain('Page not found');
    expect(JSON.stringify(made.story.body)).not.toContain('Skip to main content');
    // A figure named by the copy, with no image anywhere: a placeholder, and said so.
    expect(made.missingImages).toHaveLength(1);

    const listed = await value<{ id: string }[]>('listStories', {});
    expect(listed.map((summary) => summary.id)).toEqual([made.story.id]);
    const loaded = await value<Story>('loadStory', { id: made.story.id });
    expect(StorySchema.parse(loaded)).toEqual(made.story);

    // A read is used once.
    const again = await call('commitImport', { token: preview.token, keep: [] });
    expect(again).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('answers null when the dialog is cancelled, and refuses what is not a token or an index', async () => {
    expect(await value('chooseImportFile', {})).toBeNull();
    const bad = [
      { token: 'not-a-uuid', keep: [] },
      { token: '0b6f7c1e-3a2d-4e5f-8a9b-1c2d3e4f5a6b', keep: [-1] },
      { token: '0b6f7c1e-3a2d-4e5f-8a9b-1c2d3e4f5a6b', keep: [1.5] },
      { token: '0b6f7c1e-3a2d-4e5f-8a9b-1c2d3e4f5a6b' },
    ];
    for (const payload of bad) {
      expect(await call('commitImport', payload)).toMatchObject({
        ok: false,
        error: { code: 'invalid-request' },
      });
    }
  });
});

describe('readDroppedImport', () => {
  it('reads dropped bytes by their name; a refused kind says what is accepted', async () => {
    const markdown = '# Harbour reopens\n\nThe harbour reopened on **Monday**.\n';
    const preview = await value<Preview>('readDroppedImport', {
      fileName: 'harbour.md',
      dataBase64: Buffer.from(markdown).toString('base64'),
    });
    expect(preview).toMatchObject({ fileName: 'harbour.md', format: 'markdown' });
    const made = await value<{ story: Story }>('commitImport', { token: preview.token, keep: [] });
    expect(made.story.headline).toBe('Harbour reopens');

    const pdf = await call('readDroppedImport', {
      fileName: 'notes.pdf',
      dataBase64: Buffer.from('%PDF-1.7').toString('base64'),
    });
    expect(pdf.ok).toBe(false);
    if (!pdf.ok) expect(pdf.error.message).toMatch(/notes\.pdf/);
  });
});

describe('fetchImage', () => {
  it('stores an image from a web address in the story, and refuses what is not one', async () => {
    const story = await value<Story>('createStory', {});
    const stored = await value<{ src: string; width: number }>('fetchImage', {
      storyId: story.id,
      url: `${origin}/photo.png`,
    });
    expect(stored).toMatchObject({ src: expect.stringMatching(/^assets\/[0-9a-f]{64}\.png$/) });
    expect(stored.width).toBe(40);
    const folder = (await value<{ id: string }[]>('listStories', {})).length;
    expect(folder).toBe(1);

    const missing = await call('fetchImage', { storyId: story.id, url: `${origin}/gone.png` });
    expect(missing).toMatchObject({ ok: false });
    if (!missing.ok) expect(missing.error.message).toMatch(/gone\.png/);
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'data:image/png;base64,AA==']) {
      expect(await call('fetchImage', { storyId: story.id, url })).toMatchObject({
        ok: false,
        error: { code: 'invalid-request' },
      });
    }
    // Tests never reach the network: any other host is refused at once.
    const away = await call('fetchImage', { storyId: story.id, url: 'https://example.com/a.png' });
    expect(away.ok).toBe(false);
  });

  it('is refused when downloading images is off', async () => {
    handlers = createIpcHandlers(testHandlerDeps(dir, {}, { allowNetwork: false }));
    const story = await value<Story>('createStory', {});
    const answer = await call('fetchImage', { storyId: story.id, url: `${origin}/photo.png` });
    expect(answer).toMatchObject({ ok: false, error: { message: expect.stringMatching(/off/) } });
  });
});
