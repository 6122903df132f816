import { ok } from '../../shared/ipc/ipc-result';
import type { ExportService } from '../export/export-service';
import type { ImportService } from '../import/import-service';
import type { LibraryIndex } from '../library/library-index';
import type { PackageTransfer } from '../library/package-transfer';
import type { SettingsService } from '../settings/settings-service';
import type { RecoveryJournal } from '../library/story-recovery';
import type { StoryAssets } from '../library/story-assets';
import type { StoryLibrary } from '../library/story-library';
import {
  listStoryRevisions,
  loadStoryRevision,
  restoreStoryRevision,
  type StoryRevisions,
} from '../library/story-revisions';
import type { IpcHandlers } from './ipc-dispatch';

export interface HandlerDeps {
  readonly library: StoryLibrary;
  /** The library's index: every write to a story must reach it (update after each save). */
  readonly index: LibraryIndex;
  readonly assets: StoryAssets;
  readonly exports: ExportService;
  readonly journal: RecoveryJournal;
  readonly packages: PackageTransfer;
  readonly settings: SettingsService;
  readonly revisions: StoryRevisions;
  readonly imports: ImportService;
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
  index,
  assets,
  exports,
  journal,
  packages,
  settings,
  revisions,
  imports,
  app,
  chooseImageFile,
}: HandlerDeps): IpcHandlers {
  return {
    getAppInfo: async () => ok({ name: app.name, version: app.version, libraryPath: library.root }),
    listStories: async (request) => {
      // A search waits for the full-text index; a plain list also notices folders added or gone.
      const ready = request.query?.trim() ? await index.searchReady() : await index.ready();
      return ready.ok ? ok(index.query(request)) : ready;
    },
    createStory: async () => {
      const created = await library.create();
      if (created.ok) index.update(created.value);
      return created;
    },
    loadStory: ({ id }) => library.open(id),
    saveStory: async ({ story, revision, overwrite }) => {
      const saved = await library.save(story, { overwrite });
      const dir = library.storyDir(story.id)!;
      if (!saved.ok) {
        // Refused because another program changed the file: the window's words are kept anyway.
        if (saved.error.code === 'conflict') await revisions.snapshot(dir, story, 'conflict');
        return saved;
      }
      const stored = { ...story, updatedAt: saved.value.updatedAt };
      index.update(stored);
      await journal.clear(story.id, saved.value.updatedAt);
      const at = new Date(saved.value.updatedAt);
      if (revision || revisions.shouldSnapshotTimed(story.id, at)) {
        await revisions.snapshot(dir, stored, revision ? 'save' : 'timed');
      }
      return saved;
    },
    writeRecovery: ({ story }) => journal.write(story),
    exportDraftPackage: ({ storyId, story }) => packages.exportPackage(storyId, story),
    openPackage: async () => {
      const opened = await packages.openPackage();
      if (opened.ok && opened.value) index.update(opened.value);
      return opened;
    },
    takeRecoveries: async () => {
      const recovered = await journal.takeAll();
      for (const { id } of recovered) {
        const story = await library.load(id);
        if (story.ok) index.update(story.value);
      }
      return ok(recovered);
    },
    getSettings: () => settings.get(),
    chooseLibraryFolder: () => settings.chooseLibraryFolder(),
    restartApp: () => settings.restart(),
    checkStoryOnDisk: async ({ storyId }) => ok({ changed: await library.changedOnDisk(storyId) }),
    chooseImage: async ({ storyId }) => {
      const file = await chooseImageFile();
      return file === null ? ok(null) : assets.addImageFile(storyId, file);
    },
    addImage: ({ storyId, dataBase64, fileName }) =>
      assets.addImageBytes(storyId, Buffer.from(dataBase64, 'base64'), fileName),
    copyImage: ({ fromStoryId, toStoryId, src }) => assets.copyImage(fromStoryId, toStoryId, src),
    fetchImage: ({ storyId, url }) => imports.fetchImage(storyId, url),
    chooseImportFile: () => imports.chooseFile(),
    readDroppedImport: ({ fileName, dataBase64 }) =>
      imports.readDropped(fileName, Buffer.from(dataBase64, 'base64')),
    commitImport: ({ token, keep }) => imports.commit(token, keep),
    getExportFolder: () => exports.getFolder(),
    chooseExportFolder: () => exports.chooseFolder(),
    exportStory: (request) => exports.exportStory(request),
    showExportedFile: ({ file }) => exports.showExportedFile(file),
    listRevisions: ({ storyId }) => listStoryRevisions(library, revisions, storyId),
    loadRevision: ({ storyId, revisionId }) =>
      loadStoryRevision(library, revisions, storyId, revisionId),
    restoreRevision: async ({ storyId, revisionId }) => {
      const restored = await restoreStoryRevision(library, revisions, storyId, revisionId);
      if (restored.ok) index.update(restored.value);
      return restored;
    },
  };
}
