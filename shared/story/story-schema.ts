import { z } from 'zod';
import { BlockSchema } from './block-schema';
import { InlineSchema, LIMITS, LineSchema, NonEmptyLineSchema } from './inline-schema';
import { bodyProblem, inlineProblem } from './story-canonical';
import { STORY_SCHEMA_VERSION, STORY_STATUSES, type Story } from './story';

export { LIMITS } from './inline-schema';

/** A lower-case RFC 4122 UUID: ids become folder names, so nothing else is accepted. */
export const StoryIdSchema = z
  .string()
  .regex(
    /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    'not a story id',
  );

const IsoInstantSchema = z.iso.datetime({ offset: false });

/** Lower-case words joined by single hyphens, or empty before one is chosen. */
export const SLUG = /^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/;

/** A BCP 47 language tag in its common shape ("en", "pt-BR", "zh-Hant"). */
export const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

/**
 * The shape of a story file, field by field. This is what the published JSON
 * Schema is generated from (docs/story.schema.json).
 */
export const StoryShapeSchema = z.strictObject({
  schemaVersion: z.literal(STORY_SCHEMA_VERSION),
  id: StoryIdSchema,
  headline: LineSchema,
  standfirst: InlineSchema,
  bylines: z.array(NonEmptyLineSchema).max(LIMITS.listEntries),
  dateline: z.strictObject({ place: NonEmptyLineSchema, date: z.iso.date().optional() }).optional(),
  body: z.array(BlockSchema).max(LIMITS.blocks),
  slug: z.string().max(120).regex(SLUG, 'lower-case words joined by hyphens'),
  status: z.enum(STORY_STATUSES),
  desk: LineSchema,
  tags: z.array(NonEmptyLineSchema).max(LIMITS.listEntries),
  language: z.string().max(35).regex(LANGUAGE_TAG, 'a language tag such as "en"'),
  embargo: IsoInstantSchema.optional(),
  targetWords: z.number().int().min(1).max(1_000_000).optional(),
  authors: z.array(NonEmptyLineSchema).max(LIMITS.listEntries),
  createdAt: IsoInstantSchema,
  updatedAt: IsoInstantSchema,
});

/**
 * A valid story: the shape above, in canonical form (story-canonical.ts).
 * Used at every boundary: IPC requests, files read from disk.
 */
export const StorySchema = StoryShapeSchema.superRefine((story, context) => {
  const standfirst = inlineProblem(story.standfirst);
  if (standfirst) context.addIssue({ code: 'custom', path: ['standfirst'], message: standfirst });
  const body = bodyProblem(story.body);
  if (body) context.addIssue({ code: 'custom', path: ['body', body[0]], message: body[1] });
}) satisfies z.ZodType<Story>;

export const StorySummarySchema = z.strictObject({
  id: StoryIdSchema,
  headline: z.string(),
  status: z.enum(STORY_STATUSES),
  desk: z.string(),
  updatedAt: IsoInstantSchema,
  words: z.number().int().nonnegative(),
});
