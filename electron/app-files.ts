import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ASSET_FILE_PATTERN, IMAGE_TYPES, STORY_ASSETS_ROUTE } from '../shared/ipc/stored-image';
import { StoryIdSchema } from '../shared/story/story-schema';
import { ASSETS_FOLDER } from './library/story-assets';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

/** A file of the built renderer, ready to serve. */
export interface AppFile {
  readonly path: string;
  readonly contentType: string;
  /** The folder it must really be in, symlinks resolved (see readServedFile). */
  readonly within: string;
}

/**
 * The bytes of a resolved file, or null. A symlink (the file, or a folder on
 * the way) that leads out of the folder the file belongs to is refused: a
 * library on disk may hold links nobody meant the page to read through.
 */
export async function readServedFile(file: AppFile): Promise<Buffer | null> {
  try {
    const [real, within] = await Promise.all([fs.realpath(file.path), fs.realpath(file.within)]);
    if (!real.startsWith(within + path.sep)) return null;
    return await fs.readFile(real);
  } catch {
    return null;
  }
}

/**
 * Maps a request path to a file inside the built renderer, or null: no path
 * may leave `rootDir` (no `..`, no encoded separators, no absolute paths).
 */
export function resolveAppFile(urlPath: string, rootDir: string): AppFile | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const root = path.resolve(rootDir);
  const file = path.resolve(root, relative);
  const inside = path.relative(root, file);
  if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) return null;
  const contentType = CONTENT_TYPES[path.extname(file).toLowerCase()];
  return contentType ? { path: file, contentType, within: root } : null;
}

const ASSET_CONTENT_TYPES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(IMAGE_TYPES).map(([mediaType, extension]) => [`.${extension}`, mediaType]),
);

/**
 * Maps `/story-assets/<storyId>/<sha256>.<ext>` to that image in the library,
 * or null. Only the exact shape is accepted, undecoded: no encoded
 * characters, no other names, so no path can leave the story's assets folder.
 */
export function resolveStoryAsset(urlPath: string, storyDir: StoryDirOf): AppFile | null {
  const [empty, route, storyId, name, ...rest] = urlPath.split('/');
  if (empty !== '' || route !== STORY_ASSETS_ROUTE || rest.length > 0) return null;
  if (!storyId || !StoryIdSchema.safeParse(storyId).success) return null;
  if (!name || !ASSET_FILE_PATTERN.test(name)) return null;
  const contentType = ASSET_CONTENT_TYPES[path.extname(name)];
  const dir = storyDir(storyId);
  if (!contentType || dir === null) return null;
  const assets = path.join(dir, ASSETS_FOLDER);
  return { path: path.join(assets, name), contentType, within: assets };
}

/** Finds a story's folder by its id (the library's folder map). */
export type StoryDirOf = (storyId: string) => string | null;

/**
 * What app:// (and the e2e harness's server) serves for a path: story images
 * under /story-assets/, the built renderer elsewhere. One function, so both
 * serve exactly the same routes.
 */
export function resolveServedFile(
  urlPath: string,
  roots: { readonly rendererDir: string; readonly storyDir: StoryDirOf },
): AppFile | null {
  // Decoded for the test only, so /story%2Dassets/… cannot reach the renderer folder instead.
  let decoded = urlPath;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    // resolveAppFile refuses it below.
  }
  const first = decoded.replace(/^\/+/, '').split('/')[0]!.toLowerCase();
  if (first === STORY_ASSETS_ROUTE) {
    return resolveStoryAsset(urlPath, roots.storyDir);
  }
  return resolveAppFile(urlPath, roots.rendererDir);
}
