import { build } from 'esbuild';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { createIpcHandlers } from '../../../electron/ipc/ipc-handlers';
import { dispatchIpc } from '../../../electron/ipc/ipc-dispatch';
import { openStoryAssets } from '../../../electron/library/story-assets';
import { openStoryLibrary } from '../../../electron/library/story-library';
import { serveRenderer } from './serve-renderer';

const root = path.resolve(import.meta.dirname, '../../..');
let bridgeScript: Promise<string> | undefined;

/** The page-side bridge, bundled once per worker from page-bridge.ts. */
function pageBridge(): Promise<string> {
  bridgeScript ??= build({
    entryPoints: [path.join(import.meta.dirname, 'page-bridge.ts')],
    bundle: true,
    format: 'iife',
    write: false,
    target: 'chrome140',
  }).then((result) => result.outputFiles[0]!.text);
  return bridgeScript;
}

/**
 * Plays the main process for a page in plain Chromium: serves the built
 * renderer and the story images, and answers window.newsdesk with the app's
 * own handler table, through the same dispatchIpc gate, on a real library
 * folder. The open-image dialog is a stub: it answers with the file given to
 * setNextImageFile once, and "cancelled" otherwise.
 */
export async function launchHarness(page: Page, libraryDir: string) {
  const server = await serveRenderer({
    rendererDir: path.join(root, 'dist', 'renderer'),
    libraryRoot: libraryDir,
  });
  let nextImageFile: string | null = null;
  const handlers = createIpcHandlers({
    library: openStoryLibrary(libraryDir),
    assets: openStoryAssets(libraryDir),
    app: { name: 'Newsdesk', version: 'e2e' },
    chooseImageFile: async () => {
      const file = nextImageFile;
      nextImageFile = null;
      return file;
    },
  });
  await page.exposeBinding('__newsdeskInvoke', (source, call: unknown, payload: unknown) =>
    dispatchIpc(
      handlers,
      call,
      payload,
      { url: source.frame.url(), isMainFrame: source.frame === source.page.mainFrame() },
      [server.origin],
    ),
  );
  await page.addInitScript({ content: await pageBridge() });
  await page.goto(`${server.origin}/index.html`);
  return {
    close: server.close,
    /** The file the stub dialog answers with next; null = the user cancels. */
    setNextImageFile: (file: string | null) => {
      nextImageFile = file;
    },
  };
}
