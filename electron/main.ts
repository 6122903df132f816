import path from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  Menu,
  nativeTheme,
  screen,
  session,
  shell,
  type OpenDialogOptions,
} from 'electron';
import { EXPORT_PROGRESS_CHANNEL, MENU_CHANNEL } from '../shared/ipc/channels';
import { registerAppScheme, serveAppProtocol } from './app-protocol';
import { denyAllPermissions, hardenWebContents } from './harden-contents';
import { openExportService } from './export/export-service';
import { openImportService } from './import/import-service';
import { loopbackOnlyFetch } from './import/loopback-fetch';
import {
  createChooseExportFolder,
  createChooseImageFile,
  createChooseImportFile,
  createChooseLibraryFolder,
} from './image-dialog';
import { createIpcHandlers } from './ipc/ipc-handlers';
import { registerIpcHandlers } from './ipc/register-ipc';
import { resolveLibraryPath } from './library/library-path';
import { sweepTempFiles } from './storage/sweep-temp-files';
import { openLibraryServices } from './library/library-services';
import { openPackageTransfer } from './library/package-transfer';
import { readAppSettings } from './settings/app-settings';
import { openSettingsService } from './settings/settings-service';
import {
  createAskClash,
  createChoosePackage,
  createChooseSaveFile,
  packageArguments,
} from './package-dialogs';
import { buildMenuTemplate } from './menu-template';
import {
  APP_ENTRY_URL,
  APP_ORIGIN,
  devContentSecurityPolicy,
  mainWindowOptions,
} from './window-options';
import { fitToWorkAreas } from './window-state';
import { readWindowState, trackWindowState } from './window-state-store';

// The Electron glue: lifecycle, window, menu. Everything it wires together is
// plain TypeScript tested without Electron (see README, "Tests").

const devServerUrl = process.env.NEWSDESK_DEV_SERVER_URL;
const devOrigin = devServerUrl ? new URL(devServerUrl).origin : undefined;
const trustedOrigins = devOrigin ? [APP_ORIGIN, devOrigin] : [APP_ORIGIN];
if (process.env.NEWSDESK_USER_DATA) app.setPath('userData', process.env.NEWSDESK_USER_DATA);

let mainWindow: BrowserWindow | null = null;
// .newsdesk files the OS asked us to open (file association), taken by File › Open Package….
const pendingPackages = packageArguments(process.argv.slice(1));
const openPendingPackages = () => {
  if (pendingPackages.length > 0) mainWindow?.webContents.send(MENU_CHANNEL, 'open-package');
};
const pendingWrites: Promise<unknown>[] = [];
// Writes to finish before the process ends (started when the last window closes).
const flushOnQuit: (() => Promise<unknown>)[] = [];

registerAppScheme();

async function createMainWindow(): Promise<void> {
  const remembered = await readWindowState(app.getPath('userData'));
  const state = fitToWorkAreas(
    remembered,
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const window = new BrowserWindow(mainWindowOptions(path.join(__dirname, 'preload.cjs'), state));
  mainWindow = window;
  if (state.maximized) window.maximize();
  const tracker = trackWindowState(window, app.getPath('userData'));
  window.on('closed', () => {
    pendingWrites.push(tracker.flush());
    if (mainWindow === window) mainWindow = null;
  });
  window.once('ready-to-show', () => window.show());
  window.webContents.once('did-finish-load', openPendingPackages);
  await window.loadURL(devServerUrl ?? APP_ENTRY_URL);
}

function installMenu(): void {
  const template = buildMenuTemplate({
    isMac: process.platform === 'darwin',
    isDev: Boolean(devServerUrl),
    send: (command) => mainWindow?.webContents.send(MENU_CHANNEL, command),
    setTheme: (theme) => {
      nativeTheme.themeSource = theme;
    },
    showAbout: () =>
      void dialog.showMessageBox({
        type: 'info',
        title: 'About Newsdesk',
        message: `Newsdesk ${app.getVersion()}`,
        detail:
          'A story editor for newsrooms.\nStories are kept in your library folder on this computer.',
      }),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

async function start(): Promise<void> {
  const { libraryPath: chosenLibrary } = await readAppSettings(app.getPath('userData'));
  const libraryRoot = resolveLibraryPath(
    process.env,
    app.getPath('documents'),
    undefined,
    chosenLibrary,
  );
  denyAllPermissions(session.defaultSession);
  if (devOrigin) {
    const policy = devContentSecurityPolicy(devOrigin);
    session.defaultSession.webRequest.onHeadersReceived((details, callback) =>
      callback({
        responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [policy] },
      }),
    );
  }
  // Attached to the window, so a dialog is modal to it and cannot hide behind it.
  const showOpenDialog = (options: OpenDialogOptions) =>
    mainWindow ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options);
  // Temp files a crash left behind: old enough that no save is still writing them.
  void sweepTempFiles(libraryRoot);
  const services = openLibraryServices(libraryRoot);
  const { library } = services;
  // The index loads while the window opens; its last changes reach the disk at quit.
  void services.index.ready();
  flushOnQuit.push(() => services.index.flush());
  serveAppProtocol({
    rendererDir: path.join(__dirname, '..', 'renderer'),
    storyDir: library.storyDir,
  });
  registerIpcHandlers(
    createIpcHandlers({
      ...services,
      packages: openPackageTransfer({
        library,
        keep: services.keepBeforeImport,
        chooseSaveFile: createChooseSaveFile(
          (options) =>
            mainWindow
              ? dialog.showSaveDialog(mainWindow, options)
              : dialog.showSaveDialog(options),
          app.getPath('documents'),
        ),
        choosePackage: createChoosePackage(showOpenDialog, pendingPackages),
        askClash: createAskClash((options) =>
          mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options),
        ),
      }),
      exports: openExportService({
        library,
        chooseFolder: createChooseExportFolder(showOpenDialog),
        settingsFile: path.join(app.getPath('userData'), 'export-settings.json'),
        reportProgress: (progress) =>
          mainWindow?.webContents.send(EXPORT_PROGRESS_CHANNEL, progress),
        showItemInFolder: (file) => shell.showItemInFolder(file),
      }),
      settings: openSettingsService({
        userDataDir: app.getPath('userData'),
        libraryPath: libraryRoot,
        libraryFromEnvironment: Boolean(process.env.NEWSDESK_LIBRARY?.trim()),
        chooseFolder: createChooseLibraryFolder(showOpenDialog),
        // Quitting closes the window, which saves its story first (use-story-session.ts).
        restart: () => {
          app.relaunch();
          app.quit();
        },
      }),
      imports: openImportService({
        ...services,
        chooseImportFile: createChooseImportFile(showOpenDialog),
        // Photos named by web address are downloaded when the machine is online; offline they
        // fail fast. The e2e tests set NEWSDESK_NETWORK=loopback: only their own 127.0.0.1 servers.
        allowNetwork: true,
        ...(process.env.NEWSDESK_NETWORK === 'loopback'
          ? { fetchOptions: { fetch: loopbackOnlyFetch } }
          : {}),
      }),
      app: { name: app.getName(), version: app.getVersion() },
      chooseImageFile: createChooseImageFile(showOpenDialog),
    }),
    trustedOrigins,
  );
  installMenu();
  await createMainWindow();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv) => {
    pendingPackages.push(...packageArguments(argv.slice(1)));
    openPendingPackages();
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  // macOS hands over associated files this way, also before the app is ready.
  app.on('open-file', (event, file) => {
    event.preventDefault();
    pendingPackages.push(file);
    openPendingPackages();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => {
    // Let the last window-size and index writes reach the disk before the process ends.
    void Promise.allSettled([...pendingWrites, ...flushOnQuit.map((flush) => flush())]).then(() => {
      if (process.platform !== 'darwin') app.quit();
    });
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void createMainWindow();
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      dialog.showErrorBox('Newsdesk could not start', String(error));
      app.quit();
    });
}
