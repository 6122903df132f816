import { z } from 'zod';
import { MARKS, STORY_SCHEMA_VERSION, type Story } from './story';

/**
 * Runtime validation of a Story, used at every boundary: IPC requests, files
 * read from disk. Limits are generous for real stories and refuse absurd input
 * (a 20 MB string, a million paragraphs) before it reaches the disk.
 */
export const LIMITS = {
  headlineChars: 1_000,
  runChars: 100_000,
  runsPerBlock: 5_000,
  blocks: 20_000,
} as const;

/** A lower-case RFC 4122 UUID: ids become folder names, so nothing else is accepted. */
export const StoryIdSchema = z
  .string()
  .regex(
    /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    'not a story id',
  );

const IsoInstantSchema = z.iso.datetime({ offset: false });

const TextRunSchema = z.strictObject({
  text: z.string().max(LIMITS.runChars),
  marks: z.array(z.enum(MARKS)).max(MARKS.length).optional(),
});

const ParagraphBlockSchema = z.strictObject({
  type: z.literal('paragraph'),
  content: z.array(TextRunSchema).max(LIMITS.runsPerBlock),
});

export const BlockSchema = z.discriminatedUnion('type', [ParagraphBlockSchema]);

export const StorySchema = z.strictObject({
  schemaVersion: z.literal(STORY_SCHEMA_VERSION),
  id: StoryIdSchema,
  headline: z
    .string()
    .max(LIMITS.headlineChars)
    .regex(/^[^\r\n]*$/, 'a headline is one line'),
  body: z.array(BlockSchema).max(LIMITS.blocks),
  createdAt: IsoInstantSchema,
  updatedAt: IsoInstantSchema,
}) satisfies z.ZodType<Story>;

export const StorySummarySchema = z.strictObject({
  id: StoryIdSchema,
  headline: z.string(),
  updatedAt: IsoInstantSchema,
  words: z.number().int().nonnegative(),
});
