import path from 'node:path';
import type {
  MessageBoxOptions,
  MessageBoxReturnValue,
  OpenDialogOptions,
  OpenDialogReturnValue,
  SaveDialogOptions,
  SaveDialogReturnValue,
} from 'electron';
import type { ClashChoice } from './library/package-transfer';

const PACKAGE_FILTERS = [{ name: 'Newsdesk story package', extensions: ['newsdesk'] }];

/** The `.newsdesk` files among command-line arguments (the OS opens associated files so). */
export function packageArguments(argv: readonly string[]): string[] {
  return argv.filter((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith('.newsdesk'));
}

/** Where File › Export Draft Package… writes: the save dialog, named after the story. */
export function createChooseSaveFile(
  show: (options: SaveDialogOptions) => Promise<SaveDialogReturnValue>,
  folder: string,
): (defaultName: string) => Promise<string | null> {
  return async (defaultName) => {
    const result = await show({
      title: 'Export Draft Package',
      defaultPath: path.join(folder, defaultName),
      filters: PACKAGE_FILTERS,
    });
    return result.canceled || !result.filePath ? null : result.filePath;
  };
}

/** Which package File › Open Package… opens: one handed over by the OS first, else the dialog. */
export function createChoosePackage(
  show: (options: OpenDialogOptions) => Promise<OpenDialogReturnValue>,
  pending: string[],
): () => Promise<string | null> {
  return async () => {
    const handedOver = pending.shift();
    if (handedOver) return handedOver;
    const result = await show({
      title: 'Open Package',
      properties: ['openFile'],
      filters: PACKAGE_FILTERS,
    });
    return result.canceled ? null : (result.filePaths[0] ?? null);
  };
}

/** Asks what to do with a package whose story is already in the library. */
export function createAskClash(
  show: (options: MessageBoxOptions) => Promise<MessageBoxReturnValue>,
): (headline: string) => Promise<ClashChoice> {
  const choices: ClashChoice[] = ['copy', 'replace', 'cancel'];
  return async (headline) => {
    const { response } = await show({
      type: 'question',
      message: `“${headline || 'Untitled story'}” is already in your library.`,
      detail:
        'Keep both (the package opens as a copy), or replace yours with the package’s version (yours is kept as a revision)?',
      buttons: ['Keep Both', 'Replace', 'Cancel'],
      defaultId: 0,
      cancelId: 2,
    });
    return choices[response] ?? 'cancel';
  };
}
