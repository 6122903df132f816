import { z } from 'zod';
import { BlockSchema } from '../story/block-schema';
import { InlineSchema, LIMITS, LineSchema } from '../story/inline-schema';
import type { DraftBlock, DraftDocument } from './import-draft';

/** A story block schema by its type (paragraph, list, rule and credit pass through a draft as they are). */
function storyBlock(type: 'paragraph' | 'list' | 'rule' | 'credit') {
  return BlockSchema.options.find((option) => option.shape.type.value === type)!;
}

const Pixels = z.number().int().min(1).max(100_000);

const DraftBlockSchema = z.discriminatedUnion('type', [
  storyBlock('paragraph'),
  z.strictObject({
    type: z.literal('heading'),
    level: z.union([1, 2, 3, 4, 5, 6].map((n) => z.literal(n as 1 | 2 | 3 | 4 | 5 | 6))),
    content: InlineSchema,
  }),
  z.strictObject({ type: z.literal('quote'), content: InlineSchema, attribution: LineSchema }),
  z.strictObject({
    type: z.literal('figure'),
    // A data: URL of a photo can be as long as the photo; main checks it again when it stores it.
    url: z.string().max(40_000_000),
    alt: LineSchema,
    caption: InlineSchema,
    credit: LineSchema,
    width: Pixels.optional(),
    height: Pixels.optional(),
  }),
  storyBlock('list'),
  storyBlock('rule'),
  storyBlock('credit'),
]);

/**
 * The draft an import read, as main hands it to the page for the review
 * (checked in tests like every answer of the IPC contract).
 */
export const DraftDocumentSchema: z.ZodType<DraftDocument> = z.strictObject({
  title: z.string().max(LIMITS.lineChars * 10),
  blocks: z.array(DraftBlockSchema as z.ZodType<DraftBlock>).max(LIMITS.blocks * 2),
});
