// The Electron glue (electron/main.ts and the modules it wires), bundled as the
// app ships it and loaded against a recording stand-in for `electron`, because
// Electron's binary cannot run on our build machines. The wired services are
// real: the library writes to a temp folder and the IPC gate validates.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  CONTENT_SECURITY_POLICY,
  secureWebPreferences,
} from '../../electron/window-options';
import { IPC_CALLS, channelOf } from '../../shared/ipc/channels';
import { storyAssetUrl, type StoredImage } from '../../shared/ipc/stored-image';
import { makePng } from '../electron/image-bytes';
import type { calls as Calls } from './fake-electron';

let dir: string;
let calls: typeof Calls;

const mainFrame = { url: 'app://newsdesk/index.html' };
const fromOurPage = { senderFrame: mainFrame, sender: { mainFrame } };

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'newsdesk-main-'));
  await mkdir(path.join(dir, 'renderer'));
  await writeFile(path.join(dir, 'renderer', 'index.html'), '<div id="root"></div>');
  await mkdir(path.join(dir, 'paths', 'userData'), { recursive: true });
  await build({
    entryPoints: ['electron/main.ts'],
    outfile: path.join(dir, 'electron', 'main.cjs'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    logLevel: 'silent',
    alias: { electron: './tests/electron-glue/fake-electron.ts' },
  });
  process.env.NEWSDESK_LIBRARY = path.join(dir, 'library');
  process.env.FAKE_ELECTRON_PATHS = path.join(dir, 'paths');
  createRequire(import.meta.url)(path.join(dir, 'electron', 'main.cjs'));
  calls = (globalThis as unknown as { __fakeElectronCalls: typeof Calls }).__fakeElectronCalls;
});

afterAll(async () => {
  delete process.env.NEWSDESK_LIBRARY;
  await rm(dir, { recursive: true, force: true });
});

async function ready() {
  for (const resolve of calls.readyResolvers) resolve();
  for (let i = 0; i < 100 && calls.windows.length === 0; i += 1) {
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('the Electron main process', () => {
  it('registers app:// as a secure standard scheme before the app is ready', () => {
    expect(calls.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(calls.protocolHandlers.size).toBe(0);
    expect(calls.appListeners.has('second-instance')).toBe(true);
  });

  it('opens one window with the locked-down preferences, on app://', async () => {
    await ready();
    expect(calls.windows).toHaveLength(1);
    const window = calls.windows[0]!;
    expect(window.options.webPreferences).toEqual(
      secureWebPreferences(path.join(dir, 'electron', 'preload.cjs')),
    );
    expect(window.url).toBe(APP_ENTRY_URL);
  });

  it('serves the renderer with the CSP, and nothing outside it', async () => {
    const serve = calls.protocolHandlers.get('app')!;
    const page = await serve(new Request('app://newsdesk/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.text()).toContain('id="root"');
    for (const url of ['app://newsdesk/%2e%2e/electron/main.cjs', 'app://other/index.html']) {
      expect((await serve(new Request(url))).status).toBe(404);
    }
  });

  it('answers every call of the contract, and only from our main frame', async () => {
    expect([...calls.ipcHandlers.keys()].sort()).toEqual(IPC_CALLS.map(channelOf).sort());
    const create = calls.ipcHandlers.get(channelOf('createStory'))!;
    const created = (await create(fromOurPage, {})) as { ok: boolean; value: { id: string } };
    expect(created.ok).toBe(true);
    expect(await readdir(path.join(dir, 'library'))).toEqual([created.value.id]);

    const fromSubframe = { senderFrame: { url: mainFrame.url }, sender: { mainFrame } };
    const fromElsewhere = {
      senderFrame: { url: 'https://evil.example/' },
      sender: { mainFrame: {} },
    };
    for (const event of [
      fromSubframe,
      fromElsewhere,
      { senderFrame: null, sender: { mainFrame } },
    ]) {
      expect(await create(event, {})).toMatchObject({
        ok: false,
        error: { code: 'untrusted-sender' },
      });
    }
    expect(await readdir(path.join(dir, 'library'))).toHaveLength(1);
  });

  it('wires chooseImage to a native open dialog on the window, and serves the stored image', async () => {
    const choose = calls.ipcHandlers.get(channelOf('chooseImage'))!;
    const storyId = (await readdir(path.join(dir, 'library')))[0]!;
    const png = makePng(12, 9);
    const picked = path.join(dir, 'photo.png');
    await writeFile(picked, png);
    calls.openDialogAnswers.push(picked);
    const answer = (await choose(fromOurPage, { storyId })) as { ok: boolean; value: StoredImage };
    expect(answer).toMatchObject({ ok: true, value: { mediaType: 'image/png', width: 12 } });
    expect(calls.openDialogs).toHaveLength(1);
    expect(calls.openDialogs[0]!.window).toBe(calls.windows[0]);
    expect(calls.openDialogs[0]!.options).toMatchObject({
      properties: ['openFile'],
      filters: [{ extensions: ['png', 'jpg', 'jpeg', 'gif', 'webp'] }],
    });
    expect(await choose(fromOurPage, { storyId })).toEqual({ ok: true, value: null });

    const serve = calls.protocolHandlers.get('app')!;
    const url = `app://newsdesk/${storyAssetUrl(storyId, answer.value.src)}`;
    const image = await serve(new Request(url));
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(image.headers.get('x-content-type-options')).toBe('nosniff');
    expect(image.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(Buffer.from(await image.arrayBuffer())).toEqual(await readFile(picked));
    for (const bad of [
      `app://newsdesk/story-assets/${storyId}/..%2fstory.json`,
      `app://newsdesk/story-assets/${storyId}/story.json`,
      `app://newsdesk/story-assets/${storyId}/${'0'.repeat(64)}.png`,
    ]) {
      expect((await serve(new Request(bad))).status).toBe(404);
    }
  });

  it('denies every permission request', () => {
    let granted: boolean | undefined;
    calls.permissionRequest!(null, 'media', (answer: boolean) => (granted = answer));
    expect(granted).toBe(false);
    expect(calls.permissionCheck!(null, 'notifications')).toBe(false);
  });

  it('refuses navigation and new windows in every web contents', () => {
    const listeners = new Map<string, (event: { preventDefault(): void }) => void>();
    let openHandler: ((details: { url: string }) => { action: string }) | undefined;
    const contents = {
      on: (name: string, listener: (event: { preventDefault(): void }) => void) =>
        listeners.set(name, listener),
      setWindowOpenHandler: (handler: typeof openHandler) => (openHandler = handler),
    };
    calls.appListeners.get('web-contents-created')!({}, contents);
    let prevented = 0;
    listeners.get('will-navigate')!({ preventDefault: () => (prevented += 1) });
    expect(prevented).toBe(1);
    for (const url of ['https://example.com/', 'javascript:alert(1)', 'file:///etc/passwd']) {
      expect(openHandler!({ url })).toEqual({ action: 'deny' });
    }
  });

  it('installs the File, Edit, Insert, View and Help menus', () => {
    const labels = (calls.menu as { label?: string }[]).map((item) => item.label);
    expect(labels).toEqual(['&File', '&Edit', '&Insert', '&View', '&Help']);
  });

  it('remembers the window size in the app data folder', async () => {
    calls.windows[0]!.listeners.get('close')!();
    const file = path.join(dir, 'paths', 'userData', 'window-state.json');
    for (let i = 0; i < 100 && !existsSync(file); i += 1)
      await new Promise((r) => setTimeout(r, 10));
    expect(existsSync(file)).toBe(true);
  });
});
