import { build } from 'esbuild';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { ExportProgress } from '../../../shared/ipc/channels';
import { createIpcHandlers } from '../../../electron/ipc/ipc-handlers';
import { dispatchIpc } from '../../../electron/ipc/ipc-dispatch';
import { openExportService } from '../../../electron/export/export-service';
import { openImportService } from '../../../electron/import/import-service';
import { loopbackOnlyFetch } from '../../../electron/import/loopback-fetch';
import { openLibraryServices } from '../../../electron/library/library-services';
import { openPackageTransfer, type ClashChoice } from '../../../electron/library/package-transfer';
import { openSettingsService } from '../../../electron/settings/settings-service';
import { serveRenderer } from './serve-renderer';

interface HarnessPage {
  __newsdeskExportProgress?: (progress: ExportProgress) => void;
}

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
  let nextImageFile: string | null = null;
  let nextImportFile: string | null = null;
  let nextExportFolder: string | null = null;
  // The package dialogs' answers, each used once (null = cancelled).
  let nextSaveFile: string | null = null;
  let nextPackageFile: string | null = null;
  let nextClashChoice: ClashChoice = 'cancel';
  let nextLibraryFolder: string | null = null;
  const take = <T>(value: T, reset: () => void) => (reset(), value);
  const shownFiles: string[] = [];
  const services = openLibraryServices(libraryDir);
  const { library } = services;
  const server = await serveRenderer({
    rendererDir: path.join(root, 'dist', 'renderer'),
    storyDir: library.storyDir,
  });
  const restarts: number[] = [];
  const handlers = createIpcHandlers({
    ...services,
    packages: openPackageTransfer({
      library,
      keep: services.keepBeforeImport,
      chooseSaveFile: async () => take(nextSaveFile, () => (nextSaveFile = null)),
      choosePackage: async () => take(nextPackageFile, () => (nextPackageFile = null)),
      askClash: async () => take(nextClashChoice, () => (nextClashChoice = 'cancel')),
    }),
    exports: openExportService({
      library,
      chooseFolder: async () => {
        const folder = nextExportFolder;
        nextExportFolder = null;
        return folder;
      },
      settingsFile: path.join(
        libraryDir,
        '..',
        `export-settings-${path.basename(libraryDir)}.json`,
      ),
      // What main's webContents.send does: hand the event to the page's bridge.
      reportProgress: (progress) =>
        void page
          .evaluate(
            (p) => (window as unknown as HarnessPage).__newsdeskExportProgress?.(p),
            progress,
          )
          .catch(() => undefined),
      showItemInFolder: (file) => shownFiles.push(file),
    }),
    settings: openSettingsService({
      userDataDir: `${libraryDir}-user-data`,
      libraryPath: libraryDir,
      libraryFromEnvironment: false,
      chooseFolder: async () => take(nextLibraryFolder, () => (nextLibraryFolder = null)),
      restart: () => restarts.push(Date.now()),
    }),
    imports: openImportService({
      ...services,
      chooseImportFile: async () => take(nextImportFile, () => (nextImportFile = null)),
      allowNetwork: true,
      fetchOptions: { fetch: loopbackOnlyFetch, timeoutMs: 3_000 },
    }),
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
    /** The file File › Import…'s stub dialog answers with next; null = the user cancels. */
    setNextImportFile: (file: string | null) => {
      nextImportFile = file;
    },
    /** The file the stub dialog answers with next; null = the user cancels. */
    setNextImageFile: (file: string | null) => {
      nextImageFile = file;
    },
    /** The folder the stub choose-folder dialog answers with next; null = cancelled. */
    setNextExportFolder: (folder: string | null) => {
      nextExportFolder = folder;
    },
    /** Answers of the package dialogs, each used once. */
    setNextSaveFile: (file: string | null) => {
      nextSaveFile = file;
    },
    setNextPackageFile: (file: string | null) => {
      nextPackageFile = file;
    },
    setNextClashChoice: (choice: ClashChoice) => {
      nextClashChoice = choice;
    },
    /** The folder the Settings library dialog answers with next; null = cancelled. */
    setNextLibraryFolder: (folder: string | null) => {
      nextLibraryFolder = folder;
    },
    /** How many times the page asked for a restart. */
    restarts: () => restarts.length,
    /** Files "shown in the file manager", in order. */
    shownFiles: shownFiles as readonly string[],
  };
}
