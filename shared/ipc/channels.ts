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
  'writeRecovery',
  'takeRecoveries',
  'checkStoryOnDisk',
  'exportDraftPackage',
  'openPackage',
  'getSettings',
  'chooseLibraryFolder',
  'restartApp',
  'chooseImage',
  'addImage',
  'copyImage',
  'getExportFolder',
  'chooseExportFolder',
  'exportStory',
  'showExportedFile',
  'listRevisions',
  'loadRevision',
  'restoreRevision',
  'chooseImportFile',
  'readDroppedImport',
  'commitImport',
  'fetchImage',
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
  'export-story',
  'copy-html',
  'export-package',
  'open-package',
  'show-settings',
  'import-file',
] as const;

export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** The channel menu commands travel on. */
export const MENU_CHANNEL = 'newsdesk:menu';

/** How far an export has got (main → renderer), for the export dialog's progress bar. */
export interface ExportProgress {
  readonly done: number;
  readonly total: number;
}

/** The channel export progress travels on. */
export const EXPORT_PROGRESS_CHANNEL = 'newsdesk:export-progress';

/** A progress payload as main sends it; anything else is dropped by the bridge. */
export function isExportProgress(value: unknown): value is ExportProgress {
  if (typeof value !== 'object' || value === null) return false;
  const { done, total } = value as Record<string, unknown>;
  return Number.isInteger(done) && Number.isInteger(total);
}
