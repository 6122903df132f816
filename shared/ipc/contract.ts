import { z } from 'zod';
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
