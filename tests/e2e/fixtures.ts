import { test as base, type Browser, type Page } from '@playwright/test';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { MenuCommand } from '../../shared/ipc/channels';
import type { Story } from '../../shared/story/story';
import { findElectronBinary } from './harness/electron-binary';
import { launchElectronApp, launchHarnessApp } from './app-launchers';

export type AppKind = 'harness' | 'electron';

export interface NewsdeskApp {
  readonly page: Page;
  readonly libraryDir: string;
  /** Every story.json in the library, parsed, as the disk holds them now. */
  storiesOnDisk(): Promise<Story[]>;
  /** What choosing a native menu item does: main sends the command to the window. */
  sendMenuCommand(command: MenuCommand): Promise<void>;
  /** Console errors matching `pattern` are expected by this test, not failures. */
  expectConsoleErrors(pattern: RegExp): void;
  /**
   * The file the open-image dialog (Insert › Figure…) answers with next, once;
   * null = the user cancels. Unset, the dialog answers "cancelled".
   */
  setNextImageFile(path: string | null): Promise<void>;
  /** The folder the choose-folder dialog (File › Export…) answers with next; null = cancelled. */
  setNextExportFolder(folder: string | null): Promise<void>;
  /** Files main was asked to show in the file manager ("Show in folder"). */
  shownFiles(): Promise<readonly string[]>;
  /** The file the save dialog (Export Draft Package…) answers with next; null = cancelled. */
  setNextSaveFile(file: string | null): Promise<void>;
  /** The package the open dialog (Open Package…) answers with next; null = cancelled. */
  setNextPackageFile(file: string | null): Promise<void>;
  /** The file File › Import…'s dialog answers with next; null = cancelled. */
  setNextImportFile(file: string | null): Promise<void>;
  /** The answer to "already in your library": keep both, replace or cancel. */
  setNextClashChoice(choice: 'copy' | 'replace' | 'cancel'): Promise<void>;
  /** The folder Settings › Choose another folder… answers with next; null = cancelled. */
  setNextLibraryFolder(folder: string | null): Promise<void>;
  /** The HTML on the system clipboard (Copy as HTML). */
  readClipboardHtml(): Promise<string>;
  /**
   * Kills the app at once (kill -9; in the harness the page dies without
   * unloading) and starts it again on the same library: the new window's page.
   */
  killAndRelaunch(): Promise<Page>;
}

async function readStories(libraryDir: string): Promise<Story[]> {
  const folders = await readdir(libraryDir).catch(() => []);
  const files = await Promise.all(
    folders.map((folder) =>
      readFile(path.join(libraryDir, folder, 'story.json'), 'utf8').catch(() => null),
    ),
  );
  return files.filter((text): text is string => text !== null).map((text) => JSON.parse(text));
}

/**
 * `app`: Newsdesk with an empty library in a temp folder — in Debian's
 * Chromium through the IPC harness, or in the real Electron app where its
 * binary exists. Page errors and CSP violations fail the test.
 */
export const test = base.extend<
  { app: NewsdeskApp },
  { appKind: AppKind; harnessBrowser: Browser | null }
>({
  appKind: ['harness', { option: true, scope: 'worker' }],

  // Launched only for the harness, so the Electron project never starts a browser.
  harnessBrowser: [
    async ({ appKind, playwright, launchOptions }, use) => {
      if (appKind !== 'harness') return use(null);
      const browser = await playwright.chromium.launch(launchOptions);
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],

  app: async ({ appKind, harnessBrowser }, use, testInfo) => {
    const electron = appKind === 'electron' ? findElectronBinary() : null;
    if (electron)
      test.skip(!electron.ok, electron.ok ? '' : `Electron skipped: ${electron.reason}`);
    if (electron && !electron.ok) return;
    const libraryDir = await mkdtemp(path.join(os.tmpdir(), 'newsdesk-e2e-'));
    const launch = () =>
      electron?.ok
        ? launchElectronApp(electron.path, libraryDir)
        : launchHarnessApp(harnessBrowser!, libraryDir);
    const problems: string[] = [];
    const expected: RegExp[] = [];
    const watch = (page: Page) => {
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        const text = message.text();
        if (message.type() !== 'error' || expected.some((pattern) => pattern.test(text))) return;
        problems.push(`console error: ${text}`);
      });
    };
    let running = await launch();
    watch(running.page);

    const app: NewsdeskApp = {
      get page() {
        return running.page;
      },
      libraryDir,
      storiesOnDisk: () => readStories(libraryDir),
      expectConsoleErrors: (pattern) => expected.push(pattern),
      killAndRelaunch: async () => {
        await running.kill();
        running = await launch();
        watch(running.page);
        return running.page;
      },
      sendMenuCommand: (command) => running.sendMenuCommand(command),
      setNextImageFile: (file) => running.setNextImageFile(file),
      setNextExportFolder: (folder) => running.setNextExportFolder(folder),
      setNextSaveFile: (file) => running.setNextSaveFile(file),
      setNextPackageFile: (file) => running.setNextPackageFile(file),
      setNextImportFile: (file) => running.setNextImportFile(file),
      setNextClashChoice: (choice) => running.setNextClashChoice(choice),
      setNextLibraryFolder: (folder) => running.setNextLibraryFolder(folder),
      shownFiles: () => running.shownFiles(),
      readClipboardHtml: () => running.readClipboardHtml(),
    };
    await use(app);

    await running.close();
    await rm(libraryDir, { recursive: true, force: true });
    await rm(`${libraryDir}-user-data`, { recursive: true, force: true });
    if (testInfo.status === testInfo.expectedStatus) {
      base.expect(problems, 'the page logged no errors or CSP violations').toEqual([]);
    }
  },
});

export const expect = test.expect;
