// A stand-in for the `electron` module, for the one test that loads our main
// process bundle on machines where Electron's binary cannot run. It records
// what main asks of Electron; nothing here decides behaviour under test.

type Listener = (...args: unknown[]) => unknown;

export const calls = {
  privilegedSchemes: [] as unknown[],
  protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
  ipcHandlers: new Map<string, Listener>(),
  appListeners: new Map<string, Listener>(),
  windows: [] as FakeBrowserWindow[],
  menu: null as unknown,
  permissionRequest: null as null | Listener,
  permissionCheck: null as null | Listener,
  readyResolvers: [] as (() => void)[],
  quit: 0,
  /** Each open-file dialog main showed: the window it was attached to, and its options. */
  openDialogs: [] as { window: unknown; options: unknown }[],
  /** What the next open-file dialogs answer, in turn; then "cancelled". */
  openDialogAnswers: [] as (string | null)[],
};
// The bundle under test carries its own copy of this module; the test reads the records here.
(globalThis as Record<string, unknown>).__fakeElectronCalls = calls;

export const app = {
  requestSingleInstanceLock: () => true,
  on: (event: string, listener: Listener) => calls.appListeners.set(event, listener),
  whenReady: () => new Promise<void>((resolve) => calls.readyResolvers.push(resolve)),
  getPath: (name: string) => `${process.env.FAKE_ELECTRON_PATHS}/${name}`,
  setPath: () => undefined,
  getName: () => 'Newsdesk',
  getVersion: () => '0.0.0-test',
  quit: () => void (calls.quit += 1),
};

export const protocol = {
  registerSchemesAsPrivileged: (schemes: unknown[]) => calls.privilegedSchemes.push(...schemes),
  handle: (scheme: string, handler: (request: Request) => Promise<Response>) =>
    calls.protocolHandlers.set(scheme, handler),
};

export const ipcMain = {
  handle: (channel: string, listener: Listener) => calls.ipcHandlers.set(channel, listener),
};

export class FakeBrowserWindow {
  static getAllWindows = () => calls.windows;
  url = '';
  listeners = new Map<string, Listener>();
  webContents = {
    send: (..._args: unknown[]) => undefined,
    once: (..._args: unknown[]) => undefined,
    mainFrame: {},
  };
  constructor(readonly options: Record<string, unknown>) {
    calls.windows.push(this);
  }
  loadURL = async (url: string) => void (this.url = url);
  on = (event: string, listener: Listener) => this.listeners.set(event, listener);
  once = this.on;
  show = () => undefined;
  maximize = () => undefined;
  isMaximized = () => false;
  isDestroyed = () => false;
  getNormalBounds = () => ({ x: 10, y: 10, width: 1000, height: 700 });
}
export { FakeBrowserWindow as BrowserWindow };

export const Menu = {
  buildFromTemplate: (template: unknown) => template,
  setApplicationMenu: (menu: unknown) => void (calls.menu = menu),
};

export const nativeTheme = { themeSource: 'system' };
export const screen = {
  getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
};
export const session = {
  defaultSession: {
    setPermissionRequestHandler: (handler: Listener) => void (calls.permissionRequest = handler),
    setPermissionCheckHandler: (handler: Listener) => void (calls.permissionCheck = handler),
    webRequest: { onHeadersReceived: () => undefined },
  },
};
export const dialog = {
  showMessageBox: async () => ({ response: 1 }),
  showOpenDialog: async (...args: unknown[]) => {
    const [window, options] = args.length > 1 ? args : [null, args[0]];
    calls.openDialogs.push({ window, options });
    const file = calls.openDialogAnswers.shift() ?? null;
    return { canceled: file === null, filePaths: file === null ? [] : [file] };
  },
  showErrorBox: (title: string, detail: string) => {
    throw new Error(`${title}: ${detail}`);
  },
};
export const shell = { openExternal: async () => undefined };
