import { build } from 'esbuild';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { ExportProgress } from '../../../shared/ipc/channels';
import { createIpcHandlers } from '../../../electron/ipc/ipc-handlers';
import { dispatchIpc } from '../../../electron/ipc/ipc-dispatch';
import { openExportService } from '../../../electron/export/export-service';
import { openLibraryIndex, storyReader } from '../../../electron/library/library-index';
import { openStoryAssets } from '../../../electron/library/story-assets';
import { openStoryLibrary } from '../../../electron/library/story-library';
import { openStoryRevisions } from '../../../electron/library/story-revisions';
import { openRecoveryJournal } from '../../../electron/library/story-recovery';
import { openPackageTransfer, type ClashChoice } from '../../../electron/library/package-transfer';
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
  const server = await serveRenderer({
    rendererDir: path.join(root, 'dist', 'renderer'),
    libraryRoot: libraryDir,
  });
  let nextImageFile: string | null = null;
  let nextExportFolder: string | null = null;
  // The package dialogs' answers, each used once (null = cancelled).
  let nextSaveFile: string | null = null;
  let nextPackageFile: string | null = null;
  let nextClashChoice: ClashChoice = 'cancel';
  const take = <T>(value: T, reset: () => void) => (reset(), value);
  const shownFiles: string[] = [];
  const library = openStoryLibrary(libraryDir);
  const handlers = createIpcHandlers({
    library,
    index: openLibraryIndex(libraryDir, { readStory: storyReader(library) }),
    revisions: openStoryRevisions(),
    journal: openRecoveryJournal(library),
    packages: openPackageTransfer({
      library,
      chooseSaveFile: async () => take(nextSaveFile, () => (nextSaveFile = null)),
      choosePackage: async () => take(nextPackageFile, () => (nextPackageFile = null)),
      askClash: async () => take(nextClashChoice, () => (nextClashChoice = 'cancel')),
    }),
    assets: openStoryAssets(libraryDir),
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
    /** Files "shown in the file manager", in order. */
    shownFiles: shownFiles as readonly string[],
  };
}
