import { z } from 'zod';
import { EXPORT_FORMATS } from '../export/export-formats';
import { REVISION_ID_PATTERN, REVISION_REASONS } from '../storage/revision-retention';
import { StoryIdSchema, StorySchema, StorySummarySchema } from '../story/story-schema';
import { LineSchema } from '../story/inline-schema';
import { STORY_STATUSES } from '../story/story';
import { STORY_SORTS } from '../story/story-summary';
import type { IpcCall } from './channels';
import { ASSET_SRC_PATTERN, ImageBase64Schema, StoredImageSchema } from './stored-image';
import { ImportPreviewSchema, ImportedSchema, IMPORT_MAX_BASE64_CHARS } from './import-calls';

export { StoredImageSchema, type StoredImage } from './stored-image';

const NoArguments = z.strictObject({});

const SettingsViewSchema = z.strictObject({
  libraryPath: z.string(),
  chosenLibraryPath: z.string().nullable(),
  libraryFromEnvironment: z.boolean(),
});

/**
 * The IPC contract: one row per call, a request schema main validates every
 * payload against and a response schema that types (and in tests checks) the
 * answer. Adding a call = one row here + a name in channels.ts + one handler.
 */
export const IPC_CONTRACT = {
  getAppInfo: {
    request: NoArguments,
    response: z.strictObject({
      name: z.string(),
      version: z.string(),
      libraryPath: z.string(),
    }),
  },
  /** The library list: a full-text search (best match first) or all stories by `sort`; filters exact. */
  listStories: {
    request: z.strictObject({
      query: z.string().max(200).optional(),
      status: z.enum(STORY_STATUSES).optional(),
      /** '' lists the stories filed under no desk. */
      desk: LineSchema.optional(),
      sort: z.enum(STORY_SORTS).optional(),
    }),
    response: z.array(StorySummarySchema),
  },
  createStory: {
    request: NoArguments,
    response: StorySchema,
  },
  loadStory: {
    request: z.strictObject({ id: StoryIdSchema }),
    response: StorySchema,
  },
  saveStory: {
    request: z.strictObject({
      story: StorySchema,
      /** An explicit save (Ctrl/Cmd+S): also keeps a revision. */
      revision: z.boolean().optional(),
      /** The user chose to replace a version changed on disk by someone else. */
      overwrite: z.boolean().optional(),
    }),
    response: z.strictObject({ updatedAt: z.string() }),
  },
  /**
   * File › Export Draft Package… (and Save As… after a failed save): main asks
   * where, then writes the story and its images as one `.newsdesk` file. `story`
   * is the window's version when it is newer than the disk's.
   */
  exportDraftPackage: {
    request: z.strictObject({ storyId: StoryIdSchema, story: StorySchema.optional() }),
    response: z.strictObject({ file: z.string() }).nullable(),
  },
  /** File › Open Package…: main asks which, and (on an id clash) whether to replace or keep both. */
  openPackage: {
    request: NoArguments,
    response: StorySchema.nullable(),
  },
  /** Settings: the library folder in use and the one chosen for the next start. */
  getSettings: {
    request: NoArguments,
    response: SettingsViewSchema,
  },
  /** Settings › Library folder › Choose…: main shows the dialog; null when cancelled. */
  chooseLibraryFolder: {
    request: NoArguments,
    response: SettingsViewSchema.nullable(),
  },
  /** Starts Newsdesk again (the window saves first), so a new library folder is used. */
  restartApp: {
    request: NoArguments,
    response: z.null(),
  },
  /** The crash journal: the words in the window, every ~1.5 s while unsaved. */
  writeRecovery: {
    request: z.strictObject({ story: StorySchema }),
    response: z.null(),
  },
  /** At start: stories brought back from the crash journal, newest first. */
  takeRecoveries: {
    request: NoArguments,
    response: z.array(
      z.strictObject({ id: StoryIdSchema, headline: z.string(), writtenAt: z.string() }),
    ),
  },
  /** Whether the open story's file was changed by another program since this window read it. */
  checkStoryOnDisk: {
    request: z.strictObject({ storyId: StoryIdSchema }),
    response: z.strictObject({ changed: z.boolean() }),
  },
  /** Main shows the open-file dialog and stores the chosen image; null when cancelled. */
  chooseImage: {
    request: z.strictObject({ storyId: StoryIdSchema }),
    response: StoredImageSchema.nullable(),
  },
  /** Stores dropped or pasted image bytes; the format is read from the bytes, never the name. */
  addImage: {
    request: z.strictObject({
      storyId: StoryIdSchema,
      dataBase64: ImageBase64Schema,
      /** Only to name the file in a message; never trusted for the format. */
      fileName: z.string().max(255).optional(),
    }),
    response: StoredImageSchema,
  },
  /** A figure pasted from another story: its image is copied into this story's assets. */
  copyImage: {
    request: z.strictObject({
      fromStoryId: StoryIdSchema,
      toStoryId: StoryIdSchema,
      src: z.string().regex(ASSET_SRC_PATTERN, 'not an image of a story'),
    }),
    response: StoredImageSchema,
  },
  /** The folder the last export went to (remembered across restarts); null before the first. */
  getExportFolder: {
    request: NoArguments,
    response: z.strictObject({ folder: z.string().nullable() }),
  },
  /** Main shows the choose-folder dialog; null when cancelled. Only chosen folders can be exported to. */
  chooseExportFolder: {
    request: NoArguments,
    response: z.strictObject({ folder: z.string() }).nullable(),
  },
  /**
   * Exports the saved story (the page saves first). Main runs the pre-export
   * checks again (errors refuse), validates ninjs, writes the file and copies
   * the images, reporting progress on EXPORT_PROGRESS_CHANNEL.
   */
  exportStory: {
    request: z.strictObject({
      storyId: StoryIdSchema,
      format: z.enum(EXPORT_FORMATS),
      /** Must be a folder the user chose in the dialog (see chooseExportFolder). */
      folder: z.string().min(1).max(4096),
      assetBaseUrl: z.string().max(2048).optional(),
      inlineImages: z.boolean().optional(),
      headlineLimit: z.number().int().min(1).max(1000),
    }),
    response: z.strictObject({
      file: z.string(),
      images: z.number().int(),
      warnings: z.number().int(),
    }),
  },
  /** Shows an exported file in the system's file manager (only files exported in this session). */
  showExportedFile: {
    request: z.strictObject({ file: z.string().min(1).max(4096) }),
    response: z.null(),
  },
  /** A story's revisions (its history/ folder), newest first. */
  listRevisions: {
    request: z.strictObject({ storyId: StoryIdSchema }),
    response: z.array(
      z.strictObject({
        id: z.string().regex(REVISION_ID_PATTERN),
        savedAt: z.iso.datetime({ offset: false }),
        words: z.number().int().nonnegative(),
        headline: z.string(),
        reason: z.enum(REVISION_REASONS),
      }),
    ),
  },
  /** One revision's story, for a read-only preview. */
  loadRevision: {
    request: z.strictObject({
      storyId: StoryIdSchema,
      revisionId: z.string().regex(REVISION_ID_PATTERN, 'not a revision id'),
    }),
    response: StorySchema,
  },
  /** Keeps the story as it is now as a revision, then makes the revision the story; answers it saved. */
  restoreRevision: {
    request: z.strictObject({
      storyId: StoryIdSchema,
      revisionId: z.string().regex(REVISION_ID_PATTERN, 'not a revision id'),
    }),
    response: StorySchema,
  },
  /** File › Import…: main shows the open-file dialog and reads the file; null when cancelled. */
  chooseImportFile: {
    request: NoArguments,
    response: ImportPreviewSchema.nullable(),
  },
  /** A file dropped on the window: its bytes (no folder, so relative images cannot be found). */
  readDroppedImport: {
    request: z.strictObject({
      fileName: z.string().min(1).max(255),
      dataBase64: z
        .string()
        .max(IMPORT_MAX_BASE64_CHARS, { message: 'the file is too large to import', abort: true })
        .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'the file data is not base64'),
    }),
    response: ImportPreviewSchema,
  },
  /** Makes the story from a read import, with the lines the user chose to keep; fetches its images. */
  commitImport: {
    request: z.strictObject({
      token: z.uuid(),
      keep: z.array(z.number().int().min(0).max(1_000_000)).max(100_000),
    }),
    response: ImportedSchema,
  },
  /** A pasted image named by its web address: main downloads and stores it (never the page). */
  fetchImage: {
    request: z.strictObject({
      storyId: StoryIdSchema,
      url: z
        .string()
        .max(2_048)
        .regex(/^https?:\/\//i, 'only http: and https: images are fetched'),
    }),
    response: StoredImageSchema,
  },
} as const satisfies Record<IpcCall, { request: z.ZodType; response: z.ZodType }>;

/** A request as the page sends it (the schema's input type). */
export type IpcRequest<C extends IpcCall> = DeepReadonly<
  z.input<(typeof IPC_CONTRACT)[C]['request']>
>;
/** A request as main's handler receives it: already validated, so the schema's output type. */
export type IpcValidRequest<C extends IpcCall> = DeepReadonly<
  z.output<(typeof IPC_CONTRACT)[C]['request']>
>;
/** Models are read-only data (STYLE.md), so requests and answers are typed deeply read-only. */
export type IpcResponse<C extends IpcCall> = DeepReadonly<
  z.output<(typeof IPC_CONTRACT)[C]['response']>
>;

type DeepReadonly<T> = T extends (infer Item)[]
  ? readonly DeepReadonly<Item>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;
