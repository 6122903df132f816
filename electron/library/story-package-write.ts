import { promises as fs } from 'node:fs';
import path from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { figureSources } from '../../shared/export/export-formats';
import { fail, ok, type IpcResult } from '../../shared/ipc/ipc-result';
import { ASSET_SRC_PATTERN } from '../../shared/ipc/stored-image';
import type { Story } from '../../shared/story/story';
import { parseStoryFile } from './parse-story-file';
import {
  PACKAGE_LIMITS,
  STORY_ENTRY,
  checkAsset,
  megabytes,
  whyUnreadable,
  type PackageLimits,
} from './story-package';

// Writing a `.newsdesk` package (story-package.ts reads them and says what one is).

/** The zip's time for every entry: the story's last change, when a zip can say it (1980–2099). */
function entryTime(updatedAt: string): Date | undefined {
  const time = new Date(updatedAt);
  const year = time.getFullYear();
  return year >= 1980 && year <= 2099 ? time : undefined;
}

/**
 * Packs the story folder at `storyDir` into a package: its story.json as it is
 * on disk and the images its figures show (unused images and history stay
 * home). A damaged story, a missing or damaged image, or more than a package
 * holds is refused: a package written here is one the reader accepts.
 */
export async function writeStoryPackage(
  storyDir: string,
  limits: PackageLimits = PACKAGE_LIMITS,
  /** The words in the window, when they are newer than story.json (Save As… after a failed save). */
  current?: Story,
): Promise<IpcResult<Uint8Array>> {
  let storyBytes: Uint8Array;
  try {
    storyBytes = current
      ? new TextEncoder().encode(`${JSON.stringify(current, null, 2)}\n`)
      : await fs.readFile(path.join(storyDir, STORY_ENTRY));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return fail('not-found', 'The story folder holds no story.json.');
    return fail('io', `The story could not be read: ${whyUnreadable(code)}.`);
  }
  if (storyBytes.length > limits.maxStoryBytes) {
    return fail('too-large', `The story file is larger than ${megabytes(limits.maxStoryBytes)}.`);
  }
  const parsed = parseStoryFile(new TextDecoder().decode(storyBytes));
  if (!parsed.ok) return parsed;
  const story = parsed.value;

  const sources = figureSources(story);
  if (sources.length >= limits.maxEntries) {
    return fail('too-large', `The story has more images than a package holds.`);
  }
  const entries: Zippable = { [STORY_ENTRY]: [storyBytes, { level: 6 }] };
  let total = storyBytes.length;
  for (const [index, src] of sources.entries()) {
    const photo = `Image ${index + 1} of the story`;
    if (!ASSET_SRC_PATTERN.test(src)) {
      return fail('damaged', `The story file is damaged: ${photo} is not in its folder.`);
    }
    let image: Uint8Array;
    try {
      image = await fs.readFile(path.join(storyDir, src));
    } catch {
      return fail('not-found', `${photo} is missing from its folder (${src}).`);
    }
    if (image.length > limits.maxImageBytes) {
      return fail('too-large', `${photo} is larger than ${megabytes(limits.maxImageBytes)}.`);
    }
    try {
      checkAsset(src, image);
    } catch {
      return fail('damaged', `${photo} is damaged: its file does not match its name (${src}).`);
    }
    total += image.length;
    if (total > limits.maxTotalBytes) {
      return fail(
        'too-large',
        `The story and its images come to more than ${megabytes(limits.maxTotalBytes)}, the most a package holds.`,
      );
    }
    // Images are compressed already: stored as they are, they pack and unpack at disk speed.
    entries[src] = [image, { level: 0 }];
  }
  return ok(zipSync(entries, { mtime: entryTime(story.updatedAt) }));
}
