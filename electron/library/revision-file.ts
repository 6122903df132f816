import { createHash } from 'node:crypto';
import { constants, promises as fs } from 'node:fs';
import { z } from 'zod';
import { fail, type IpcResult } from '../../shared/ipc/ipc-result';
import { REVISION_REASONS, type RevisionReason } from '../../shared/storage/revision-retention';
import type { Story } from '../../shared/story/story';
import { LIMITS } from '../../shared/story/story-schema';
import { countBodyWords } from '../../shared/story/story-text';
import { describeFsError } from '../storage/describe-fs-error';
import { parseStoryFile } from './parse-story-file';

// A revision file is one JSON object, `{"revision": {...}, "story": {...}}`,
// written as two lines: the first ends after the metadata. Listing reads only
// that line (a few hundred bytes), not every revision's whole story — a day
// of saves of a long story is megabytes the list would otherwise parse on
// every save. The metadata records the story's length, so a torn or padded
// file is caught from its size alone.
const HEAD = '{"revision":';
const STORY_KEY = '"story":';
const TAIL = '}\n';
const FILE_FORMAT = 1;
/** The first line's most: a 1,000-character headline escaped as \uXXXX is 6 kB. */
const HEADER_MAX_BYTES = 16 * 1024;
/** Far beyond any story (20,000 blocks); a bigger file is not a revision we wrote. */
const REVISION_MAX_BYTES = 256 * 1024 * 1024;

const encoder = new TextEncoder();
const STORY_KEY_BYTES = encoder.encode(STORY_KEY);
const TAIL_BYTES = encoder.encode(TAIL);

const RevisionHeaderSchema = z.strictObject({
  format: z.literal(FILE_FORMAT),
  reason: z.enum(REVISION_REASONS),
  savedAt: z.iso.datetime({ offset: false }),
  words: z.number().int().nonnegative(),
  headline: z.string().max(LIMITS.lineChars),
  /** UTF-8 bytes of the story's JSON, which follows `"story":` on the second line. */
  storyBytes: z.number().int().positive().max(REVISION_MAX_BYTES),
  /** SHA-256 of the story's JSON with its save time blanked: equal stories, equal content. */
  content: z.string().regex(/^[0-9a-f]{64}$/),
});

/** A revision's metadata: the first line of its file. */
export type RevisionHeader = z.output<typeof RevisionHeaderSchema>;

/** Where the story's JSON sits in a revision file, once its first line has checked out. */
interface Layout {
  readonly header: RevisionHeader;
  readonly storyStart: number;
}

/** Reading never follows a link planted in history/ (Windows has no O_NOFOLLOW). */
const READ_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0);

/** A digest of the story's content: equal for two saves of the same words and metadata. */
export function storyContentHash(story: Story): string {
  return createHash('sha256')
    .update(JSON.stringify({ ...story, updatedAt: '' }))
    .digest('hex');
}

/** A revision file's metadata and text for `story`. Parsed whole, the text is `{revision, story}`. */
export function revisionFileText(
  story: Story,
  reason: RevisionReason,
  savedAt: string,
): { header: RevisionHeader; text: string } {
  const storyJson = JSON.stringify(story);
  const header: RevisionHeader = {
    format: FILE_FORMAT,
    reason,
    savedAt,
    words: countBodyWords(story),
    headline: story.headline,
    storyBytes: encoder.encode(storyJson).length,
    content: storyContentHash(story),
  };
  return { header, text: `${HEAD}${JSON.stringify(header)},\n${STORY_KEY}${storyJson}${TAIL}` };
}

function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

/** The metadata line of a revision file of `size` bytes, or null when the file is not one we wrote whole. */
function readLayout(start: Uint8Array, size: number): Layout | null {
  const newline = start.indexOf(0x0a);
  if (newline < 0) return null;
  const line = decodeUtf8(start.subarray(0, newline));
  if (line === null || !line.startsWith(HEAD) || !line.endsWith(',')) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(line.slice(HEAD.length, -1));
  } catch {
    return null;
  }
  const header = RevisionHeaderSchema.safeParse(raw);
  if (!header.success) return null;
  const storyStart = newline + 1 + STORY_KEY_BYTES.length;
  if (size !== storyStart + header.data.storyBytes + TAIL_BYTES.length) return null;
  return { header: header.data, storyStart };
}

/** The bytes of a revision file: its first line's worth, or all of it. */
async function readBytes(file: string, whole: boolean) {
  const handle = await fs.open(file, READ_FLAGS);
  try {
    const { size } = await handle.stat();
    // Too big to be ours: answered empty, so it reads as damaged without filling memory.
    if (whole && size > REVISION_MAX_BYTES + HEADER_MAX_BYTES) {
      return { bytes: new Uint8Array(), size };
    }
    const length = whole ? size : Math.min(size, HEADER_MAX_BYTES);
    const bytes = new Uint8Array(length);
    let read = 0;
    while (read < length) {
      const { bytesRead } = await handle.read(bytes, read, length - read, read);
      if (bytesRead === 0) break;
      read += bytesRead;
    }
    return { bytes: bytes.subarray(0, read), size };
  } finally {
    await handle.close();
  }
}

/** A revision's metadata, read from its first line; null when the file is damaged or unreadable. */
export async function readRevisionHeader(file: string): Promise<RevisionHeader | null> {
  try {
    const { bytes, size } = await readBytes(file, false);
    return readLayout(bytes, size)?.header ?? null;
  } catch {
    return null;
  }
}

const damaged = (why: string) => fail<Story>('damaged', `This revision is damaged: ${why}.`);

/** A revision's story, checked by the same reader as story.json: a revision is trusted no more. */
export async function readRevisionStory(file: string): Promise<IpcResult<Story>> {
  let bytes: Uint8Array;
  let size: number;
  try {
    ({ bytes, size } = await readBytes(file, true));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      return fail('not-found', 'That revision is no longer kept: old revisions are thinned out.');
    }
    return fail('io', `The revision could not be read: ${describeFsError(code)}.`);
  }
  const layout = readLayout(bytes.subarray(0, HEADER_MAX_BYTES), size);
  const framed =
    layout !== null &&
    bytes.length === size &&
    sameBytes(
      bytes.subarray(layout.storyStart - STORY_KEY_BYTES.length, layout.storyStart),
      STORY_KEY_BYTES,
    ) &&
    sameBytes(bytes.subarray(size - TAIL_BYTES.length), TAIL_BYTES);
  if (!framed) return damaged('the file is incomplete or not one Newsdesk wrote');
  const text = decodeUtf8(
    bytes.subarray(layout.storyStart, layout.storyStart + layout.header.storyBytes),
  );
  if (text === null) return damaged('it is not UTF-8 text');
  const story = parseStoryFile(text);
  if (story.ok) return story;
  return fail(
    'damaged',
    story.error.message.replace(/^The story file is damaged/, 'This revision is damaged'),
  );
}
