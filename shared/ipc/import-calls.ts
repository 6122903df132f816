import { z } from 'zod';
import { DraftDocumentSchema } from '../import/draft-schema';
import { StorySchema } from '../story/story-schema';

/** The formats File › Import… reads. */
export const IMPORT_FORMATS = ['docx', 'markdown', 'html', 'text'] as const;

/** Base64 of the largest file a drop may carry (50 MB, the Word limit): four characters per three bytes. */
export const IMPORT_MAX_BASE64_CHARS = 4 * Math.ceil((50 * 1024 * 1024) / 3);

const MessageSchema = z.string().max(2_000);

/**
 * A file read for import, before any story exists: what the review shows. The
 * page runs detectArticle on `draft` itself, so toggling "Keep" is instant;
 * `token` names the read in main, which keeps the file's folder (for relative
 * images) out of the page's hands.
 */
export const ImportPreviewSchema = z.strictObject({
  token: z.uuid(),
  fileName: z.string().max(255),
  format: z.enum(IMPORT_FORMATS),
  draft: DraftDocumentSchema,
  warnings: z.array(MessageSchema).max(100),
});

export type ImportPreview = z.output<typeof ImportPreviewSchema>;

/** The story an import made, and the photos it could not bring (placeholders in the story). */
export const ImportedSchema = z.strictObject({
  story: StorySchema,
  missingImages: z.array(
    z.strictObject({
      photo: z.number().int().min(1),
      url: z.string().max(4_096),
      reason: MessageSchema,
    }),
  ),
});
