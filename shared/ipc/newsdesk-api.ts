import { IPC_CALLS, type ExportProgress, type IpcCall, type MenuCommand } from './channels';
import type { IpcRequest, IpcResponse } from './contract';
import type { IpcResult } from './ipc-result';

/** `window.newsdesk`: one method per call in the contract, plus menu events. */
export type NewsdeskApi = {
  readonly [C in IpcCall]: (request: IpcRequest<C>) => Promise<IpcResult<IpcResponse<C>>>;
} & {
  /** Runs `listener` for each native menu command; returns an unsubscribe function. */
  readonly onMenuCommand: (listener: (command: MenuCommand) => void) => () => void;
  /** Runs `listener` as an export copies its images; returns an unsubscribe function. */
  readonly onExportProgress: (listener: (progress: ExportProgress) => void) => () => void;
};

/** How a bridge sends a call (Electron's ipcRenderer.invoke, or the test harness). */
export type InvokeCall = (call: IpcCall, request: unknown) => Promise<unknown>;
/** How a bridge subscribes to menu commands. */
export type SubscribeMenu = (listener: (command: MenuCommand) => void) => () => void;
/** How a bridge subscribes to export progress. */
export type SubscribeProgress = (listener: (progress: ExportProgress) => void) => () => void;

/**
 * Builds `window.newsdesk` from the contract's call names. The preload and the
 * e2e harness both use this, so the page sees the same API in either.
 */
export function buildNewsdeskApi(
  invoke: InvokeCall,
  subscribe: SubscribeMenu,
  subscribeProgress: SubscribeProgress,
): NewsdeskApi {
  const api: Record<string, unknown> = {
    onMenuCommand: subscribe,
    onExportProgress: subscribeProgress,
  };
  for (const call of IPC_CALLS) {
    api[call] = (request: unknown) => invoke(call, request ?? {});
  }
  return Object.freeze(api) as NewsdeskApi;
}
