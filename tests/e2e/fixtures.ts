import { _electron, test as base, type Browser, type Page } from '@playwright/test';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { MENU_CHANNEL, type MenuCommand } from '../../shared/ipc/channels';
import type { Story } from '../../shared/story/story';
import { findElectronBinary } from './harness/electron-binary';
import { launchHarness } from './harness/launch-harness';

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
  /** The HTML on the system clipboard (Copy as HTML). */
  readClipboardHtml(): Promise<string>;
}

const root = path.resolve(import.meta.dirname, '../..');

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
    let page: Page;
    let libraryDir: string;
    let close: () => Promise<void>;
    let sendMenuCommand: (command: MenuCommand) => Promise<void>;
    let setNextImageFile: (file: string | null) => Promise<void>;
    let setNextExportFolder: (folder: string | null) => Promise<void>;
    let shownFiles: () => Promise<readonly string[]>;
    let readClipboardHtml: () => Promise<string>;
    if (appKind === 'electron') {
      const electron = findElectronBinary();
      test.skip(!electron.ok, electron.ok ? '' : `Electron skipped: ${electron.reason}`);
      if (!electron.ok) return;
      libraryDir = await mkdtemp(path.join(os.tmpdir(), 'newsdesk-e2e-'));
      const app = await _electron.launch({
        executablePath: electron.path,
        args: [root],
        env: {
          ...process.env,
          NEWSDESK_LIBRARY: libraryDir,
          NEWSDESK_USER_DATA: `${libraryDir}-user-data`,
        },
      });
      page = await app.firstWindow();
      close = () => app.close();
      sendMenuCommand = (command) =>
        app.evaluate(
          ({ BrowserWindow }, [channel, cmd]) =>
            BrowserWindow.getAllWindows()[0]?.webContents.send(channel, cmd),
          [MENU_CHANNEL, command] as const,
        );
      // Playwright cannot drive a native dialog, so the real binary's
      // dialog.showOpenDialog is replaced in its main process, the way
      // microsoft/playwright#8278 suggests; main's own code path is unchanged.
      setNextImageFile = (file) =>
        app.evaluate(({ dialog }, next) => {
          const state = globalThis as { __newsdeskNextImage?: string | null };
          state.__newsdeskNextImage = next;
          dialog.showOpenDialog = (async () => {
            const chosen = state.__newsdeskNextImage ?? null;
            state.__newsdeskNextImage = null;
            return { canceled: chosen === null, filePaths: chosen === null ? [] : [chosen] };
          }) as typeof dialog.showOpenDialog;
        }, file);
      // The choose-folder dialog is the same showOpenDialog, answered the same way.
      setNextExportFolder = setNextImageFile;
      await app.evaluate(({ shell }) => {
        const state = globalThis as { __newsdeskShown?: string[] };
        state.__newsdeskShown = [];
        shell.showItemInFolder = (file: string) => void state.__newsdeskShown!.push(file);
      });
      shownFiles = () =>
        app.evaluate(() => (globalThis as { __newsdeskShown?: string[] }).__newsdeskShown ?? []);
      // Electron's clipboard module (the DOM's Clipboard type shadows it here).
      readClipboardHtml = () =>
        app.evaluate((electron) =>
          (electron as unknown as { clipboard: { readHTML(): string } }).clipboard.readHTML(),
        );
    } else {
      libraryDir = await mkdtemp(path.join(os.tmpdir(), 'newsdesk-e2e-'));
      const context = await harnessBrowser!.newContext({ viewport: { width: 1360, height: 860 } });
      page = await context.newPage();
      const harness = await launchHarness(page, libraryDir);
      setNextImageFile = async (file) => harness.setNextImageFile(file);
      setNextExportFolder = async (folder) => harness.setNextExportFolder(folder);
      shownFiles = async () => [...harness.shownFiles];
      // Chromium's own clipboard; reading it from the page needs the permission.
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      readClipboardHtml = () =>
        page.evaluate(async () => {
          const [item] = await navigator.clipboard.read();
          return item ? await (await item.getType('text/html')).text() : '';
        });
      sendMenuCommand = (command) =>
        page.evaluate((cmd) => {
          (window as unknown as { __newsdeskMenu(c: string): void }).__newsdeskMenu(cmd);
        }, command);
      close = async () => {
        await context.close();
        await harness.close();
      };
    }
    const problems: string[] = [];
    const expected: RegExp[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      const text = message.text();
      if (message.type() !== 'error' || expected.some((pattern) => pattern.test(text))) return;
      problems.push(`console error: ${text}`);
    });

    await use({
      page,
      libraryDir,
      storiesOnDisk: () => readStories(libraryDir),
      sendMenuCommand,
      expectConsoleErrors: (pattern) => expected.push(pattern),
      setNextImageFile,
      setNextExportFolder,
      shownFiles,
      readClipboardHtml,
    });

    await close();
    await rm(libraryDir, { recursive: true, force: true });
    await rm(`${libraryDir}-user-data`, { recursive: true, force: true });
    if (testInfo.status === testInfo.expectedStatus) {
      base.expect(problems, 'the page logged no errors or CSP violations').toEqual([]);
    }
  },
});

export const expect = test.expect;
