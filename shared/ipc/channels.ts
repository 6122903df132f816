/**
 * The names of the calls `window.newsdesk` offers, one per IPC channel.
 * Kept apart from the schemas so the sandboxed preload bundles only names.
 */
export const IPC_CALLS = [
  'getAppInfo',
  'listStories',
  'createStory',
  'loadStory',
  'saveStory',
  'chooseImage',
  'addImage',
  'copyImage',
] as const;

export type IpcCall = (typeof IPC_CALLS)[number];

/** The Electron channel a call travels on. */
export function channelOf(call: IpcCall): string {
  return `newsdesk:${call}`;
}

/** Commands the native menu sends to the window (main → renderer). */
export const MENU_COMMANDS = [
  'new-story',
  'open-story',
  'save-story',
  'close-story',
  'toggle-sidebar',
  'insert-figure',
  'insert-pullquote',
  'insert-credit',
  'insert-rule',
  'insert-link',
  'find',
  'replace',
  'show-shortcuts',
] as const;

export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** The channel menu commands travel on. */
export const MENU_CHANNEL = 'newsdesk:menu';
