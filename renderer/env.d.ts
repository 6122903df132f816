import type { NewsdeskApi } from '../shared/ipc/newsdesk-api';

declare global {
  interface Window {
    /** The preload's bridge to the main process (see shared/ipc/newsdesk-api.ts). */
    readonly newsdesk?: NewsdeskApi;
  }
}

declare module '*.css';
