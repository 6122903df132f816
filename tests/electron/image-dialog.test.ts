// The open-image dialog: images only, one file, cancel is null.
import type { OpenDialogOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { createChooseImageFile } from '../../electron/image-dialog';

describe('createChooseImageFile', () => {
  it('asks for one image file and answers its path', async () => {
    const shown: OpenDialogOptions[] = [];
    const choose = createChooseImageFile(async (options) => {
      shown.push(options);
      return { canceled: false, filePaths: ['/home/reporter/Pictures/tanks.jpg'] };
    });
    expect(await choose()).toBe('/home/reporter/Pictures/tanks.jpg');
    expect(shown).toEqual([
      expect.objectContaining({
        properties: ['openFile'],
        filters: [{ name: 'Images', extensions: ['png', 'jpg', 'jpeg', 'gif', 'webp'] }],
      }),
    ]);
  });

  it('answers null when the user cancels', async () => {
    const cancelled = createChooseImageFile(async () => ({ canceled: true, filePaths: [] }));
    expect(await cancelled()).toBeNull();
    const empty = createChooseImageFile(async () => ({ canceled: false, filePaths: [] }));
    expect(await empty()).toBeNull();
  });
});
