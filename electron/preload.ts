import { contextBridge, ipcRenderer } from 'electron';
import {
  EXPORT_PROGRESS_CHANNEL,
  MENU_CHANNEL,
  MENU_COMMANDS,
  channelOf,
  isExportProgress,
  type MenuCommand,
} from '../shared/ipc/channels';
import { buildNewsdeskApi } from '../shared/ipc/newsdesk-api';

// The whole preload: window.newsdesk, built from the contract's call names.
// The page never sees ipcRenderer itself.
const api = buildNewsdeskApi(
  (call, request) => ipcRenderer.invoke(channelOf(call), request),
  (listener) => {
    const relay = (_event: unknown, command: unknown) => {
      if ((MENU_COMMANDS as readonly unknown[]).includes(command)) listener(command as MenuCommand);
    };
    ipcRenderer.on(MENU_CHANNEL, relay);
    return () => ipcRenderer.removeListener(MENU_CHANNEL, relay);
  },
  (listener) => {
    const relay = (_event: unknown, progress: unknown) => {
      if (isExportProgress(progress)) listener({ done: progress.done, total: progress.total });
    };
    ipcRenderer.on(EXPORT_PROGRESS_CHANNEL, relay);
    return () => ipcRenderer.removeListener(EXPORT_PROGRESS_CHANNEL, relay);
  },
);

contextBridge.exposeInMainWorld('newsdesk', api);
