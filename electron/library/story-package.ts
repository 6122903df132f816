import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { Unzip, UnzipInflate, unzipSync, type UnzipFile, type UnzipFileInfo } from 'fflate';
import { fail, ok, type IpcResult } from '../../shared/ipc/ipc-result';
import { ASSET_SRC_PATTERN, MAX_IMAGE_BYTES } from '../../shared/ipc/stored-image';
import { describeFsError } from '../storage/describe-fs-error';
import { readImageInfo } from './image-info';

/**
 * A story package (`.newsdesk`) is a zip of one story folder, for sending a
 * draft to a colleague: `story.json` and `assets/<sha256>.<ext>` at its root,
 * nothing else. Packages arrive from elsewhere, so reading one treats it as
 * hostile: only those names, bounded counts and sizes, every image checked
 * against the hash that names it.
 */
export const PACKAGE_EXTENSION = '.newsdesk';

export const STORY_ENTRY = 'story.json';
const ASSETS_ENTRY = 'assets/';

/** What a package may hold; the reader refuses anything beyond. */
export interface PackageLimits {
  /** Entries in the zip, story.json included. */
  readonly maxEntries: number;
  /** All entries unpacked together. */
  readonly maxTotalBytes: number;
  /** One image unpacked: the most a story takes (MAX_IMAGE_BYTES). */
  readonly maxImageBytes: number;
  /** story.json unpacked: a 50,000-word story is about 1 MB. */
  readonly maxStoryBytes: number;
}

export const PACKAGE_LIMITS: PackageLimits = {
  maxEntries: 1000,
  maxTotalBytes: 200 * 1024 * 1024,
  maxImageBytes: MAX_IMAGE_BYTES,
  maxStoryBytes: 20 * 1024 * 1024,
};

/** A package's content, checked: the story file's text and its images by file name. */
export interface StoryPackage {
  readonly storyText: string;
  /** `<sha256>.<ext>` → bytes, each verified against its name. */
  readonly assets: ReadonlyMap<string, Uint8Array>;
}

const MB = 1024 * 1024;
// Input is fed to the inflater this much at a time, so one step can expand to
// at most ~16 MB (deflate's ratio is at most 1032:1) before the limits are checked.
const FEED_BYTES = 16 * 1024;

/** Why a package is refused; thrown inside fflate's callbacks, returned as a result. */
class Refused extends Error {
  constructor(
    readonly code: 'damaged' | 'too-large',
    message: string,
  ) {
    super(message);
  }
}

const damaged = (why: string) => new Refused('damaged', `The package is damaged: ${why}.`);
const tooLarge = (why: string) => new Refused('too-large', `The package is refused: ${why}.`);
export const megabytes = (bytes: number) => `${Math.round(bytes / MB)} MB`;

/** An entry name as a message may show it: printable, short. */
function shown(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is hidden
  const printable = name.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '?');
  return `“${printable.length > 80 ? `${printable.slice(0, 79)}…` : printable}”`;
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/**
 * The zip's table of contents (its central directory), checked before a
 * single byte is inflated: names, count, methods, declared sizes and their
 * total. fflate's filter sees every entry; answering false inflates none.
 */
function listEntries(bytes: Uint8Array, limits: PackageLimits): Map<string, UnzipFileInfo> {
  const listed = new Map<string, UnzipFileInfo>();
  let total = 0;
  const check = (entry: UnzipFileInfo) => {
    const name = entry.name;
    if (listed.size >= limits.maxEntries) {
      throw tooLarge(`it holds more than ${limits.maxEntries} files`);
    }
    if (listed.has(name)) throw damaged(`it holds ${shown(name)} twice`);
    listed.set(name, entry);
    // Zip tools add the folder itself as an empty entry; it carries nothing.
    if (name === ASSETS_ENTRY && entry.size === 0 && entry.originalSize === 0) return false;
    if (name !== STORY_ENTRY && !ASSET_SRC_PATTERN.test(name)) {
      throw new Refused(
        'damaged',
        `The package is refused: it holds ${shown(name)}, which is not part of a story (only story.json and its images may be in a package).`,
      );
    }
    if (entry.compression !== 0 && entry.compression !== UnzipInflate.compression) {
      throw damaged(`${shown(name)} is compressed in a way Newsdesk does not read`);
    }
    const cap = name === STORY_ENTRY ? limits.maxStoryBytes : limits.maxImageBytes;
    if (entry.originalSize > cap) throw tooLarge(`${shown(name)} is larger than ${megabytes(cap)}`);
    total += entry.originalSize;
    if (total > limits.maxTotalBytes) {
      throw tooLarge(`it would unpack to more than ${megabytes(limits.maxTotalBytes)}`);
    }
    return false;
  };
  try {
    unzipSync(bytes, { filter: check });
  } catch (error) {
    if (error instanceof Refused) throw error;
    // fflate's code 13 is "invalid zip data": no end record, so the file stops short.
    const incomplete = (error as { code?: number }).code === 13;
    throw damaged(incomplete ? 'the file is incomplete' : 'it is not a readable zip file');
  }
  return listed;
}

/**
 * Inflates the listed entries with fflate's streaming reader, fed a little at
 * a time, so an entry that grows past the size the table of contents gave it
 * (a zip bomb that lies) is stopped at that size, not after.
 */
function unpack(bytes: Uint8Array, listed: Map<string, UnzipFileInfo>): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  const found = new Set<string>();
  const onFile = (file: UnzipFile) => {
    const name = file.name;
    const entry = listed.get(name);
    // The entries must be the ones the table of contents listed, each once.
    if (!entry || found.has(name)) throw damaged('its table of contents does not match its files');
    found.add(name);
    if (name === ASSETS_ENTRY) return;
    const chunks: Uint8Array[] = [];
    let size = 0;
    file.ondata = (error, data, final) => {
      // An error thrown below comes back here once more from fflate's inflater.
      if (error) {
        throw error instanceof Refused ? error : damaged(`${shown(name)} cannot be unpacked`);
      }
      size += data.length;
      if (size > entry.originalSize)
        throw damaged(`${shown(name)} is larger than the package says`);
      if (data.length > 0) chunks.push(data);
      if (!final) return;
      if (size !== entry.originalSize) {
        throw damaged(`${shown(name)} is smaller than the package says`);
      }
      files.set(name, concat(chunks, size));
    };
    file.start();
  };
  const unzip = new Unzip(onFile);
  unzip.register(UnzipInflate);
  for (let at = 0; at < bytes.length; at += FEED_BYTES) {
    unzip.push(bytes.subarray(at, at + FEED_BYTES), at + FEED_BYTES >= bytes.length);
  }
  if (found.size !== listed.size) throw damaged('its table of contents does not match its files');
  for (const name of found) {
    if (name !== ASSETS_ENTRY && !files.has(name)) throw damaged('the file is incomplete');
  }
  return files;
}

/** Each image must be the file its name promises: the SHA-256 of its bytes, in its format. */
export function checkAsset(entry: string, bytes: Uint8Array): void {
  const name = entry.slice(ASSETS_ENTRY.length);
  const [hash, extension] = name.split('.');
  if (createHash('sha256').update(bytes).digest('hex') !== hash) {
    throw damaged(`the image ${shown(entry)} does not match its name`);
  }
  if (readImageInfo(bytes)?.extension !== extension) {
    throw damaged(`${shown(entry)} is not the kind of picture its name says`);
  }
}

/**
 * Reads a package's bytes into the story file's text and its images, or says
 * plainly why not. Nothing is written anywhere: the caller decides where the
 * checked content goes.
 */
export function readStoryPackage(
  bytes: Uint8Array,
  limits: PackageLimits = PACKAGE_LIMITS,
): IpcResult<StoryPackage> {
  // A zip starts with a local file header ("PK\x03\x04").
  const signature = [0x50, 0x4b, 0x03, 0x04];
  if (bytes.length < 30 || signature.some((byte, i) => bytes[i] !== byte)) {
    return fail('damaged', 'The file is not a Newsdesk package: it is not a zip file.');
  }
  let files: Map<string, Uint8Array>;
  try {
    files = unpack(bytes, listEntries(bytes, limits));
    for (const [entry, content] of files) if (entry !== STORY_ENTRY) checkAsset(entry, content);
  } catch (error) {
    if (error instanceof Refused) return fail(error.code, error.message);
    // fflate's own errors ("invalid zip data", "unexpected EOF"): a broken zip.
    return fail('damaged', damaged('it is not a readable zip file').message);
  }
  const story = files.get(STORY_ENTRY);
  if (!story) return fail('damaged', 'The file is not a Newsdesk package: it holds no story.json.');
  let storyText: string;
  try {
    storyText = new TextDecoder('utf-8', { fatal: true }).decode(story);
  } catch {
    return fail('damaged', damaged('its story.json is not text').message);
  }
  const assets = new Map<string, Uint8Array>();
  for (const [entry, content] of files) {
    if (entry !== STORY_ENTRY) assets.set(entry.slice(ASSETS_ENTRY.length), content);
  }
  return ok({ storyText, assets });
}

/** Why a file could not be read, in plain words (describeFsError speaks of writing). */
export function whyUnreadable(code: string | undefined): string {
  if (code === 'ENOENT') return 'there is no such file';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'EACCES' || code === 'EPERM') return 'Newsdesk is not allowed to open it';
  return describeFsError(code);
}

/** Reads a `.newsdesk` file from disk; one larger than a package can be is refused unread. */
export async function readStoryPackageFile(
  file: string,
  limits: PackageLimits = PACKAGE_LIMITS,
): Promise<IpcResult<StoryPackage>> {
  // Headers add under 1 KB per entry to the content, the end record's comment at most 64 KB.
  const largest = limits.maxTotalBytes + limits.maxEntries * 1024 + 64 * 1024;
  let bytes: Uint8Array;
  try {
    const stat = await fs.stat(file);
    if (stat.isFile() && stat.size > largest) {
      return fail(
        'too-large',
        tooLarge(`it is larger than ${megabytes(limits.maxTotalBytes)}`).message,
      );
    }
    bytes = await fs.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail('io', `The package could not be read: ${whyUnreadable(code)}.`);
  }
  return readStoryPackage(bytes, limits);
}
