import { z } from 'zod';

/** The image formats a story may hold, keyed by media type, with the extension they are stored under. */
export const IMAGE_TYPES = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
} as const;

export type ImageMediaType = keyof typeof IMAGE_TYPES;
export type ImageExtension = (typeof IMAGE_TYPES)[ImageMediaType];

/** What the open-file dialog offers (jpeg too: cameras write both spellings). */
export const IMAGE_FILE_EXTENSIONS = ['png', 'jpg', 'jpeg', 'gif', 'webp'] as const;

/** The largest image a story takes: 25 MB, far above any news photo, far below a memory problem. */
export const MAX_IMAGE_BYTES = 25 * 1024 * 1024;

/** Base64 of MAX_IMAGE_BYTES: four characters for every three bytes, padded. */
export const MAX_IMAGE_BASE64_CHARS = 4 * Math.ceil(MAX_IMAGE_BYTES / 3);

/** A stored image's file name: the SHA-256 of its bytes, then the extension of its real format. */
export const ASSET_FILE_PATTERN = /^[0-9a-f]{64}\.(?:png|jpg|gif|webp)$/;

/** The URL folder under which the app serves story images (see electron/app-files.ts). */
export const STORY_ASSETS_ROUTE = 'story-assets';

const MEDIA_TYPES = Object.keys(IMAGE_TYPES) as [ImageMediaType, ...ImageMediaType[]];

/** A stored image as a story refers to it: `assets/<sha256>.<ext>`. */
export const ASSET_SRC_PATTERN = /^assets\/[0-9a-f]{64}\.(?:png|jpg|gif|webp)$/;

/** An image stored in a story's assets folder, as chooseImage and addImage answer it. */
export const StoredImageSchema = z.strictObject({
  /** Relative to the story folder: `assets/<sha256>.<ext>`. */
  src: z.string().regex(ASSET_SRC_PATTERN),
  mediaType: z.enum(MEDIA_TYPES),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  bytes: z.number().int().positive().max(MAX_IMAGE_BYTES),
});

export type StoredImage = z.output<typeof StoredImageSchema>;

/**
 * Image bytes as base64 (the harness bridge speaks JSON). The length check
 * comes first and aborts, so a huge string is refused before the pattern
 * scans it; the pattern is a single character class because a grouped
 * pattern overflows the regex stack on strings of this size.
 */
export const ImageBase64Schema = z
  .string()
  .min(4, { message: 'the image is empty' })
  .max(MAX_IMAGE_BASE64_CHARS, { message: 'the image is larger than 25 MB', abort: true })
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'the image data is not base64')
  .refine((data) => data.length % 4 === 0, 'the image data is not base64');

/**
 * The relative URL the page loads a stored image from, e.g.
 * `story-assets/<storyId>/<sha256>.png` — relative, so it works under app://
 * and under the e2e harness's http://127.0.0.1.
 */
export function storyAssetUrl(storyId: string, src: string): string {
  return `${STORY_ASSETS_ROUTE}/${storyId}/${src.replace(/^assets\//, '')}`;
}
