import type { NewsdeskApi } from '../shared/ipc/newsdesk-api';

/**
 * The bridge to the main process. Missing only if the page was opened outside
 * Newsdesk (a plain browser), which the App reports instead of crashing.
 */
export function getNewsdesk(): NewsdeskApi | null {
  return window.newsdesk ?? null;
}
