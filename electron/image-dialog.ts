import type { OpenDialogOptions, OpenDialogReturnValue } from 'electron';
import { IMAGE_FILE_EXTENSIONS } from '../shared/ipc/stored-image';

/** The open-file dialog of Insert › Figure…: one file, images only. */
export const IMAGE_DIALOG_OPTIONS: OpenDialogOptions = {
  title: 'Insert Image',
  buttonLabel: 'Insert',
  properties: ['openFile'],
  filters: [{ name: 'Images', extensions: [...IMAGE_FILE_EXTENSIONS] }],
};

/**
 * Makes the chooseImageFile dependency of the IPC handlers from a way to show
 * the dialog (main passes Electron's, attached to the window). The filter is
 * a convenience only: the handler still checks the file's bytes.
 */
export function createChooseImageFile(
  show: (options: OpenDialogOptions) => Promise<OpenDialogReturnValue>,
): () => Promise<string | null> {
  return async () => {
    const result = await show(IMAGE_DIALOG_OPTIONS);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  };
}

/** File › Import…: one Word, Markdown, HTML or text file. */
export function createChooseImportFile(
  show: (options: OpenDialogOptions) => Promise<OpenDialogReturnValue>,
): () => Promise<string | null> {
  return async () => {
    const result = await show({
      title: 'Import',
      buttonLabel: 'Import',
      properties: ['openFile'],
      filters: [
        { name: 'Stories', extensions: ['docx', 'md', 'markdown', 'html', 'htm', 'txt'] },
        { name: 'All Files', extensions: ['*'] },
      ],
    });
    return result.canceled ? null : (result.filePaths[0] ?? null);
  };
}

/** The choose-folder dialog of File › Export…: one folder, which may be made there and then. */
export function exportFolderDialogOptions(defaultPath: string | undefined): OpenDialogOptions {
  return {
    title: 'Export To',
    buttonLabel: 'Choose Folder',
    properties: ['openDirectory', 'createDirectory'],
    ...(defaultPath ? { defaultPath } : {}),
  };
}

/** The chooseFolder dependency of the export service, from a way to show the dialog. */
export function createChooseExportFolder(
  show: (options: OpenDialogOptions) => Promise<OpenDialogReturnValue>,
): (defaultPath: string | undefined) => Promise<string | null> {
  return async (defaultPath) => {
    const result = await show(exportFolderDialogOptions(defaultPath));
    return result.canceled ? null : (result.filePaths[0] ?? null);
  };
}

/** Settings › Library folder › Choose…: one folder, which may be made there and then. */
export function createChooseLibraryFolder(
  show: (options: OpenDialogOptions) => Promise<OpenDialogReturnValue>,
): (current: string) => Promise<string | null> {
  return async (current) => {
    const result = await show({
      title: 'Library Folder',
      buttonLabel: 'Use This Folder',
      properties: ['openDirectory', 'createDirectory'],
      defaultPath: current,
    });
    return result.canceled ? null : (result.filePaths[0] ?? null);
  };
}
