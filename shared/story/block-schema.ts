import { z } from 'zod';
import type { List } from './story';
import { InlineSchema, LIMITS, LineSchema } from './inline-schema';

/** `assets/<sha256>.<ext>`: images live in the story folder, named by their content. */
export const ASSET_SRC = /^assets\/[0-9a-f]{64}\.(?:png|jpg|gif|webp)$/;

const ParagraphBlockSchema = z.strictObject({
  type: z.literal('paragraph'),
  content: InlineSchema,
});

const SubheadBlockSchema = z.strictObject({
  type: z.literal('subhead'),
  level: z.union([z.literal(2), z.literal(3)]),
  content: InlineSchema,
});

const Pixels = z.number().int().min(1).max(100_000);

const FigureBlockSchema = z.strictObject({
  type: z.literal('figure'),
  // Either a stored image, or only its alt text while the file is missing.
  image: z.union([
    z.strictObject({
      src: z.string().regex(ASSET_SRC, 'an image in the story’s assets folder'),
      alt: LineSchema,
      width: Pixels,
      height: Pixels,
    }),
    z.strictObject({ alt: LineSchema }),
  ]),
  caption: InlineSchema,
  credit: LineSchema,
});

const PullQuoteBlockSchema = z.strictObject({
  type: z.literal('pullquote'),
  content: InlineSchema,
  attribution: LineSchema,
});

// A list nests through its items; zod needs the recursion spelled with a getter.
const ListSchema: z.ZodType<List> = z.strictObject({
  ordered: z.boolean(),
  get items() {
    return z.array(ListItemSchema).min(1).max(LIMITS.listItems);
  },
});

const ListItemSchema = z.strictObject({
  content: InlineSchema,
  get sublist() {
    return ListSchema.optional();
  },
});

const ListBlockSchema = z.strictObject({
  type: z.literal('list'),
  ordered: z.boolean(),
  items: z.array(ListItemSchema).min(1).max(LIMITS.listItems),
});

const RuleBlockSchema = z.strictObject({ type: z.literal('rule') });

const CreditBlockSchema = z.strictObject({
  type: z.literal('credit'),
  text: LineSchema,
});

export const BlockSchema = z.discriminatedUnion('type', [
  ParagraphBlockSchema,
  SubheadBlockSchema,
  FigureBlockSchema,
  PullQuoteBlockSchema,
  ListBlockSchema,
  RuleBlockSchema,
  CreditBlockSchema,
]);
