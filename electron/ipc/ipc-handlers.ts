import { ok } from '../../shared/ipc/ipc-result';
import type { ExportService } from '../export/export-service';
import type { StoryAssets } from '../library/story-assets';
import type { StoryLibrary } from '../library/story-library';
import type { IpcHandlers } from './ipc-dispatch';

export interface HandlerDeps {
  readonly library: StoryLibrary;
  readonly assets: StoryAssets;
  readonly exports: ExportService;
  readonly app: { readonly name: string; readonly version: string };
  /**
   * Asks the user for an image file; the path, or null if they cancelled.
   * Electron shows its native dialog (image-dialog.ts); the e2e harness a stub.
   */
  readonly chooseImageFile: () => Promise<string | null>;
}

/**
 * The handler table: one entry per call in the contract. Electron's main
 * process and the e2e harness both serve exactly this table.
 */
export function createIpcHandlers({
  library,
  assets,
  exports,
  app,
  chooseImageFile,
}: HandlerDeps): IpcHandlers {
  return {
    getAppInfo: async () => ok({ name: app.name, version: app.version, libraryPath: library.root }),
    listStories: () => library.list(),
    createStory: () => library.create(),
    loadStory: ({ id }) => library.load(id),
    saveStory: ({ story }) => library.save(story),
    chooseImage: async ({ storyId }) => {
      const file = await chooseImageFile();
      return file === null ? ok(null) : assets.addImageFile(storyId, file);
    },
    addImage: ({ storyId, dataBase64, fileName }) =>
      assets.addImageBytes(storyId, Buffer.from(dataBase64, 'base64'), fileName),
    copyImage: ({ fromStoryId, toStoryId, src }) => assets.copyImage(fromStoryId, toStoryId, src),
    getExportFolder: () => exports.getFolder(),
    chooseExportFolder: () => exports.chooseFolder(),
    exportStory: (request) => exports.exportStory(request),
    showExportedFile: ({ file }) => exports.showExportedFile(file),
  };
}
