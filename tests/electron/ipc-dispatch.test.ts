// The IPC gate with the app's real handlers on a real temp library: good calls
// pass, and every kind of bad payload or sender gets a typed error and writes nothing.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatchIpc, type IpcHandlers } from '../../electron/ipc/ipc-dispatch';
import { createIpcHandlers } from '../../electron/ipc/ipc-handlers';
import { IPC_CONTRACT } from '../../shared/ipc/contract';
import { MAX_IMAGE_BASE64_CHARS } from '../../shared/ipc/stored-image';
import type { Story } from '../../shared/story/story';
import { testHandlerDeps } from './test-handler-deps';

const ORIGINS = ['app://newsdesk'];
const ourPage = { url: 'app://newsdesk/index.html', isMainFrame: true };
let dir: string;
let handlers: IpcHandlers;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'newsdesk-ipc-'));
  handlers = createIpcHandlers(
    testHandlerDeps(dir, { app: { name: 'Newsdesk', version: '1.2.3' } }),
  );
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const call = (name: unknown, payload: unknown, sender = ourPage) =>
  dispatchIpc(handlers, name, payload, sender, ORIGINS);

async function newStory(): Promise<Story> {
  const result = await call('createStory', {});
  if (!result.ok) throw new Error(result.error.message);
  return result.value as Story;
}

describe('dispatchIpc', () => {
  it('answers good calls with values that match the contract', async () => {
    const story = await newStory();
    const answers = {
      getAppInfo: await call('getAppInfo', {}),
      saveStory: await call('saveStory', { story: { ...story, headline: 'Hello' } }),
      loadStory: await call('loadStory', { id: story.id }),
      listStories: await call('listStories', {}),
      listRevisions: await call('listRevisions', { storyId: story.id }),
    };
    for (const [name, answer] of Object.entries(answers)) {
      expect(answer.ok, name).toBe(true);
      if (answer.ok) IPC_CONTRACT[name as keyof typeof answers].response.parse(answer.value);
    }
    expect(answers.getAppInfo).toMatchObject({ value: { version: '1.2.3', libraryPath: dir } });
    expect(answers.listStories).toMatchObject({ value: [{ id: story.id, headline: 'Hello' }] });
  });

  describe('refuses a bad payload with a typed error and writes nothing', () => {
    const story = () => newStory();
    const cases: [string, () => Promise<[string, unknown]>][] = [
      ['a wrong type', async () => ['loadStory', { id: 42 }]],
      ['an extra key', async () => ['listStories', { extra: 1 }]],
      ['a missing key', async () => ['loadStory', {}]],
      ['null', async () => ['listStories', null]],
      ['undefined', async () => ['loadStory', undefined]],
      ['a string', async () => ['listStories', 'please']],
      [
        'a __proto__ key',
        async () => [
          'loadStory',
          JSON.parse(`{"id": "${(await story()).id}", "__proto__": {"polluted": true}}`),
        ],
      ],
      [
        'a constructor key deep inside',
        async () => [
          'saveStory',
          { story: { ...(await story()), body: [{ constructor: { prototype: {} } }] } },
        ],
      ],
      [
        'a 20 MB string',
        async () => [
          'saveStory',
          { story: { ...(await story()), headline: 'x'.repeat(20 << 20) } },
        ],
      ],
      [
        'absurd nesting',
        async () => {
          let deep: unknown = {};
          for (let i = 0; i < 100; i += 1) deep = { child: deep };
          return ['saveStory', deep];
        },
      ],
      ['a path for an id', async () => ['loadStory', { id: '../../etc/passwd' }]],
      ['a path for a story id', async () => ['chooseImage', { storyId: '../../etc' }]],
      [
        'a path for a revision id',
        async () => ['loadRevision', { storyId: (await story()).id, revisionId: '../story' }],
      ],
      [
        'a revision id with a path after it',
        async () => [
          'restoreRevision',
          { storyId: (await story()).id, revisionId: '20261112T140203123Z-a1b2c3/../../x' },
        ],
      ],
      [
        'an image over 25 MB',
        async () => [
          'addImage',
          { storyId: (await story()).id, dataBase64: 'A'.repeat(MAX_IMAGE_BASE64_CHARS + 4) },
        ],
      ],
      [
        'image data that is not base64',
        async () => ['addImage', { storyId: (await story()).id, dataBase64: 'data:image/png,xyz' }],
      ],
      [
        'five million paragraphs',
        async () => [
          'saveStory',
          { story: { ...(await story()), body: new Array(5_000_000).fill(0) } },
        ],
      ],
    ];

    it.each(cases)('%s', async (_name, make) => {
      const [name, payload] = await make();
      const before = await readdir(dir);
      const answer = await call(name, payload);
      expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
      if (!answer.ok) expect(answer.error.message).toMatch(/^The \w+ request was refused: .+\.$/);
      expect(await readdir(dir)).toEqual(before);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  });

  it('refuses an unknown call', async () => {
    for (const name of ['deleteEverything', 'toString', '__proto__', 42, null]) {
      expect(await call(name, {})).toMatchObject({ ok: false, error: { code: 'unknown-call' } });
    }
  });

  it.each([
    ['another origin', { url: 'https://evil.example/index.html', isMainFrame: true }],
    ['a subframe of our page', { url: 'app://newsdesk/index.html', isMainFrame: false }],
    ['a look-alike host', { url: 'app://newsdesk.evil/index.html', isMainFrame: true }],
    ['file://', { url: 'file:///work/index.html', isMainFrame: true }],
    ['a garbage URL', { url: 'not a url', isMainFrame: true }],
    ['no URL', { url: '', isMainFrame: true }],
  ])('refuses %s as sender', async (_name, sender) => {
    expect(await call('createStory', {}, sender)).toMatchObject({
      ok: false,
      error: { code: 'untrusted-sender' },
    });
    expect(await readdir(dir)).toEqual([]);
  });

  it('answers a handler that throws with a plain internal error, no stack or paths', async () => {
    const throwing: IpcHandlers = {
      ...handlers,
      listStories: async () => {
        throw new Error(`EACCES at /home/reporter/secret/${'x'.repeat(10)} (node:fs:42)`);
      },
    };
    const logged: unknown[] = [];
    const log = (message: string, error: unknown) => logged.push(message, error);
    const answer = await dispatchIpc(throwing, 'listStories', {}, ourPage, ORIGINS, log);
    expect(logged[0]).toBe('[ipc] listStories failed');
    expect(String(logged[1])).toContain('/home/reporter/secret');
    expect(answer).toMatchObject({ ok: false, error: { code: 'internal' } });
    if (!answer.ok) {
      expect(answer.error.message).not.toMatch(/\/home|node:|EACCES|\bat\b/);
      expect(Object.keys(answer.error).sort()).toEqual(['code', 'message']);
    }
  });
});
