import {
  MENU_COMMANDS,
  isExportProgress,
  type ExportProgress,
  type IpcCall,
  type MenuCommand,
} from '../../../shared/ipc/channels';
import { buildNewsdeskApi } from '../../../shared/ipc/newsdesk-api';

// Runs inside the page before the app (bundled by the harness). It plays the
// preload: window.newsdesk built by the same function, over Playwright's
// exposeBinding instead of Electron's IPC.

interface HarnessWindow {
  __newsdeskInvoke(call: IpcCall, request: unknown): Promise<unknown>;
  __newsdeskMenu?: (command: MenuCommand) => void;
  __newsdeskExportProgress?: (progress: unknown) => void;
  newsdesk?: unknown;
}

const page = window as unknown as HarnessWindow;
const listeners = new Set<(command: MenuCommand) => void>();
const progressListeners = new Set<(progress: ExportProgress) => void>();

// What the native menu would send; tests call it to click a menu item.
page.__newsdeskMenu = (command) => {
  if (!(MENU_COMMANDS as readonly string[]).includes(command)) return;
  for (const listener of listeners) listener(command);
};

// What main's progress events would deliver.
page.__newsdeskExportProgress = (progress) => {
  if (!isExportProgress(progress)) return;
  for (const listener of progressListeners) listener(progress);
};

Object.defineProperty(window, 'newsdesk', {
  value: buildNewsdeskApi(
    (call, request) => page.__newsdeskInvoke(call, request),
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    (listener) => {
      progressListeners.add(listener);
      return () => progressListeners.delete(listener);
    },
  ),
  writable: false,
  configurable: false,
});
