import { z } from 'zod';
import { EXPORT_FORMATS } from '../export/export-formats';
import { StoryIdSchema, StorySchema, StorySummarySchema } from '../story/story-schema';
import type { IpcCall } from './channels';
import { ASSET_SRC_PATTERN, ImageBase64Schema, StoredImageSchema } from './stored-image';

export { StoredImageSchema, type StoredImage } from './stored-image';

const NoArguments = z.strictObject({});

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
  listStories: {
    request: NoArguments,
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
    request: z.strictObject({ story: StorySchema }),
    response: z.strictObject({ updatedAt: z.string() }),
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
