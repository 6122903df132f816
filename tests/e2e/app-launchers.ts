import { _electron, type Browser, type Page } from '@playwright/test';
import path from 'node:path';
import { MENU_CHANNEL, type MenuCommand } from '../../shared/ipc/channels';
import { launchHarness } from './harness/launch-harness';

type ClashChoice = 'copy' | 'replace' | 'cancel';

/** One running app (a window on a library folder) and the test's handles on it. */
export interface LaunchedApp {
  readonly page: Page;
  /** Closes the app the normal way. */
  close(): Promise<void>;
  /** Ends the app at once, as a crash or kill -9 would: no unload, no last save. */
  kill(): Promise<void>;
  sendMenuCommand(command: MenuCommand): Promise<void>;
  setNextImageFile(file: string | null): Promise<void>;
  setNextExportFolder(folder: string | null): Promise<void>;
  setNextSaveFile(file: string | null): Promise<void>;
  setNextPackageFile(file: string | null): Promise<void>;
  setNextImportFile(file: string | null): Promise<void>;
  setNextClashChoice(choice: ClashChoice): Promise<void>;
  setNextLibraryFolder(folder: string | null): Promise<void>;
  shownFiles(): Promise<readonly string[]>;
  readClipboardHtml(): Promise<string>;
}

const root = path.resolve(import.meta.dirname, '../..');

/** The real Electron app on `libraryDir`, its native dialogs answered by the test. */
export async function launchElectronApp(binary: string, libraryDir: string): Promise<LaunchedApp> {
  const app = await _electron.launch({
    executablePath: binary,
    args: [root],
    env: {
      ...process.env,
      NEWSDESK_LIBRARY: libraryDir,
      // Tests never reach the network: main fetches pasted and imported images from 127.0.0.1 only.
      NEWSDESK_NETWORK: 'loopback',
      NEWSDESK_USER_DATA: `${libraryDir}-user-data`,
    },
  });
  const page = await app.firstWindow();
  // Playwright cannot drive a native dialog, so the real binary's dialogs are
  // replaced in its main process, the way microsoft/playwright#8278 suggests;
  // main's own code path is unchanged.
  const nextOpen = (file: string | null) =>
    app.evaluate(({ dialog }, next) => {
      dialog.showOpenDialog = (async () => ({
        canceled: next === null,
        filePaths: next === null ? [] : [next],
      })) as typeof dialog.showOpenDialog;
    }, file);
  await app.evaluate(({ shell }) => {
    const state = globalThis as { __newsdeskShown?: string[] };
    state.__newsdeskShown = [];
    shell.showItemInFolder = (file: string) => void state.__newsdeskShown!.push(file);
  });
  return {
    page,
    close: () => app.close(),
    kill: async () => {
      app.process().kill('SIGKILL');
      await new Promise((resolve) => app.process().once('exit', resolve));
    },
    sendMenuCommand: (command) =>
      app.evaluate(
        ({ BrowserWindow }, [channel, cmd]) =>
          BrowserWindow.getAllWindows()[0]?.webContents.send(channel, cmd),
        [MENU_CHANNEL, command] as const,
      ),
    setNextImageFile: nextOpen,
    setNextExportFolder: nextOpen,
    setNextPackageFile: nextOpen,
    setNextImportFile: nextOpen,
    setNextLibraryFolder: nextOpen,
    setNextSaveFile: (file) =>
      app.evaluate(({ dialog }, next) => {
        dialog.showSaveDialog = (async () => ({
          canceled: next === null,
          filePath: next ?? '',
        })) as typeof dialog.showSaveDialog;
      }, file),
    setNextClashChoice: (choice) =>
      app.evaluate(({ dialog }, index) => {
        dialog.showMessageBox = (async () => ({
          response: index,
          checkboxChecked: false,
        })) as typeof dialog.showMessageBox;
      }, ['copy', 'replace', 'cancel'].indexOf(choice)),
    shownFiles: () =>
      app.evaluate(() => (globalThis as { __newsdeskShown?: string[] }).__newsdeskShown ?? []),
    // Electron's clipboard module (the DOM's Clipboard type shadows it here).
    readClipboardHtml: () =>
      app.evaluate((electron) =>
        (electron as unknown as { clipboard: { readHTML(): string } }).clipboard.readHTML(),
      ),
  };
}

/** The renderer in Debian's Chromium, the test process playing main (harness/). */
export async function launchHarnessApp(browser: Browser, libraryDir: string): Promise<LaunchedApp> {
  const context = await browser.newContext({ viewport: { width: 1360, height: 860 } });
  // Chromium's own clipboard; reading it from the page needs the permission.
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  const harness = await launchHarness(page, libraryDir);
  const end = async () => {
    await context.close();
    await harness.close();
  };
  return {
    page,
    close: end,
    // Closing the context skips beforeunload: the page gets no chance to save.
    kill: end,
    sendMenuCommand: (command) =>
      page.evaluate((cmd) => {
        (window as unknown as { __newsdeskMenu(c: string): void }).__newsdeskMenu(cmd);
      }, command),
    setNextImageFile: async (file) => harness.setNextImageFile(file),
    setNextExportFolder: async (folder) => harness.setNextExportFolder(folder),
    setNextSaveFile: async (file) => harness.setNextSaveFile(file),
    setNextPackageFile: async (file) => harness.setNextPackageFile(file),
    setNextImportFile: async (file) => harness.setNextImportFile(file),
    setNextClashChoice: async (choice) => harness.setNextClashChoice(choice),
    setNextLibraryFolder: async (folder) => harness.setNextLibraryFolder(folder),
    shownFiles: async () => [...harness.shownFiles],
    readClipboardHtml: () =>
      page.evaluate(async () => {
        const [item] = await navigator.clipboard.read();
        return item ? await (await item.getType('text/html')).text() : '';
      }),
  };
}
