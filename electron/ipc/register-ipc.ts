import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { IPC_CALLS, channelOf } from '../../shared/ipc/channels';
import { dispatchIpc, type IpcHandlers, type IpcSender } from './ipc-dispatch';

function senderOf(event: IpcMainInvokeEvent): IpcSender {
  const frame = event.senderFrame;
  // A frame can be gone by the time its message arrives; treat it as untrusted.
  if (!frame) return { url: '', isMainFrame: false };
  return { url: frame.url, isMainFrame: frame === event.sender.mainFrame };
}

/** Registers every call of the contract on ipcMain, each through dispatchIpc. */
export function registerIpcHandlers(
  handlers: IpcHandlers,
  trustedOrigins: readonly string[],
): void {
  for (const call of IPC_CALLS) {
    ipcMain.handle(channelOf(call), (event, payload: unknown) =>
      dispatchIpc(handlers, call, payload, senderOf(event), trustedOrigins),
    );
  }
}
