import { z } from 'zod';
import { StoryIdSchema, StorySchema, StorySummarySchema } from '../story/story-schema';
import type { IpcCall } from './channels';

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
} as const satisfies Record<IpcCall, { request: z.ZodType; response: z.ZodType }>;

export type IpcRequest<C extends IpcCall> = DeepReadonly<
  z.input<(typeof IPC_CONTRACT)[C]['request']>
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
