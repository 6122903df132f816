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
