import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fail, ok, type IpcResult } from '../../shared/ipc/ipc-result';
import {
  ASSET_SRC_PATTERN,
  MAX_IMAGE_BYTES,
  type StoredImage,
} from '../../shared/ipc/stored-image';
import { StoryIdSchema } from '../../shared/story/story-schema';
import {
  AtomicWriteError,
  nodeIo,
  writeFileAtomic,
  type AtomicWriteIo,
} from '../storage/atomic-write';
import { describeFsError } from '../storage/describe-fs-error';
import { readImageInfo } from './image-info';
import { openStoryFolders, type StoryFolders } from './story-folders';

/** The images of the stories in a library: `<root>/<storyId>/assets/<sha256>.<ext>`. */
export interface StoryAssets {
  /** Reads an image file from anywhere (the file the user chose) and stores it with the story. */
  addImageFile(storyId: string, file: string): Promise<IpcResult<StoredImage>>;
  /** Stores image bytes (dropped or pasted); `fileName` only names the image in messages. */
  addImageBytes(
    storyId: string,
    bytes: Uint8Array,
    fileName?: string,
  ): Promise<IpcResult<StoredImage>>;
  /** Copies an image of one story into another (a figure pasted across stories). */
  copyImage(fromStoryId: string, toStoryId: string, src: string): Promise<IpcResult<StoredImage>>;
}

export const ASSETS_FOLDER = 'assets';

const TOO_LARGE_MESSAGE = 'is larger than 25 MB, the most a story takes. Try a smaller copy.';

/** The file's own name for a message; a path from another system is cut at either separator. */
function named(fileName: string | undefined): string {
  const name = fileName?.split(/[\\/]/).pop();
  return name ? `“${name}”` : 'This image';
}

function errorCode(error: unknown): string | undefined {
  return error instanceof AtomicWriteError ? error.code : (error as NodeJS.ErrnoException).code;
}

/** Opens the image store of the library at `root`; images are stored once by content hash. */
export function openStoryAssets(
  root: string,
  options: { io?: AtomicWriteIo; folders?: StoryFolders } = {},
): StoryAssets {
  const io = options.io ?? nodeIo;
  // Story folders follow their slug: found by id through the library's folder map.
  const folders = options.folders ?? openStoryFolders(root);

  /** Makes `<story>/assets`; answers not-found when the story folder itself is gone. */
  async function assetsFolder(storyId: string): Promise<IpcResult<string>> {
    // The id becomes a path, so it is checked here again, whatever the caller did.
    const dir = StoryIdSchema.safeParse(storyId).success ? folders.dirOf(storyId) : null;
    if (dir === null) {
      return fail('invalid-request', 'That is not the id of a story in this library.');
    }
    const folder = path.join(dir, ASSETS_FOLDER);
    try {
      // Not recursive: a deleted story folder must not come back to hold an image.
      await fs.mkdir(folder);
    } catch (error) {
      const code = errorCode(error);
      if (code === 'ENOENT') return fail('not-found', 'This story is no longer in the library.');
      if (code !== 'EEXIST') {
        return fail('io', `The image was not added: ${describeFsError(code)}.`);
      }
    }
    // An images folder that is a link would put the image somewhere else entirely.
    if ((await fs.lstat(folder)).isSymbolicLink()) {
      return fail('invalid-request', 'The story’s images folder is a link elsewhere: not used.');
    }
    return ok(folder);
  }

  /** True when the same bytes are already stored (same hash, same size). */
  async function alreadyStored(file: string, size: number): Promise<boolean> {
    const existing = await fs.stat(file).catch(() => null);
    return existing !== null && existing.isFile() && existing.size === size;
  }

  async function addImageBytes(
    storyId: string,
    bytes: Uint8Array,
    fileName?: string,
  ): Promise<IpcResult<StoredImage>> {
    if (bytes.length > MAX_IMAGE_BYTES) {
      return fail('too-large', `${named(fileName)} ${TOO_LARGE_MESSAGE}`);
    }
    const info = readImageInfo(bytes);
    if (!info) {
      return fail(
        'not-an-image',
        `${named(fileName)} is not a picture Newsdesk can use. Choose a PNG, JPEG, GIF or WebP image.`,
      );
    }
    const folder = await assetsFolder(storyId);
    if (!folder.ok) return folder;
    const name = `${createHash('sha256').update(bytes).digest('hex')}.${info.extension}`;
    const target = path.join(folder.value, name);
    try {
      if (!(await alreadyStored(target, bytes.length))) await writeFileAtomic(target, bytes, io);
    } catch (error) {
      return fail('io', `The image was not added: ${describeFsError(errorCode(error))}.`);
    }
    return ok({
      src: `${ASSETS_FOLDER}/${name}`,
      mediaType: info.mediaType,
      width: info.width,
      height: info.height,
      bytes: bytes.length,
    });
  }

  async function addImageFile(storyId: string, file: string): Promise<IpcResult<StoredImage>> {
    let bytes: Uint8Array;
    try {
      // Size first, so a huge file is refused without reading it.
      const stat = await fs.stat(file);
      if (!stat.isFile()) {
        return fail('not-an-image', `${named(file)} is a folder, not a picture.`);
      }
      if (stat.size > MAX_IMAGE_BYTES)
        return fail('too-large', `${named(file)} ${TOO_LARGE_MESSAGE}`);
      bytes = await fs.readFile(file);
    } catch (error) {
      const code = errorCode(error);
      const why =
        code === 'ENOENT'
          ? 'the file is no longer there'
          : code === 'EACCES' || code === 'EPERM'
            ? 'Newsdesk is not allowed to open it'
            : describeFsError(code);
      return fail('io', `${named(file)} could not be read: ${why}.`);
    }
    return addImageBytes(storyId, bytes, file);
  }

  async function copyImage(
    fromStoryId: string,
    toStoryId: string,
    src: string,
  ): Promise<IpcResult<StoredImage>> {
    // Both parts become a path: checked here again, whatever the caller did.
    if (!StoryIdSchema.safeParse(fromStoryId).success || !ASSET_SRC_PATTERN.test(src)) {
      return fail('invalid-request', 'That is not an image of a story in this library.');
    }
    // The bytes are stored again under their own hash, so a tampered file cannot pass as another.
    const from = folders.dirOf(fromStoryId);
    if (from === null)
      return fail('invalid-request', 'That is not an image of a story in this library.');
    return addImageFile(toStoryId, path.join(from, src));
  }

  return { addImageFile, addImageBytes, copyImage };
}
