import { mapLimited } from '../map-limited';
import path from 'node:path';
import { fail, ok, type IpcErrorCode, type IpcResult } from '../../shared/ipc/ipc-result';
import type { ImportBlock, ImportFigure } from '../../shared/import/import-draft';
import {
  IMAGE_TYPES,
  MAX_IMAGE_BASE64_CHARS,
  type StoredImage,
} from '../../shared/ipc/stored-image';
import type { StoryAssets } from '../library/story-assets';
import { fetchImageBytes, shownUrl, type FetchImageOptions } from './fetch-image';
import { resolveLocalImage } from './local-image';

export interface ImportImagesOptions {
  /** The imported file's folder, where relative paths are looked up; null: none are. */
  readonly baseDir: string | null;
  /** Whether http(s) images may be downloaded (the user's choice; off means offline). */
  readonly allowNetwork: boolean;
  /** For tests: a shorter timeout, another fetch. */
  readonly fetchOptions?: FetchImageOptions;
}

/** A photo left without its image, and why, in words for the user. */
export interface MissingImage {
  /** 1-based, counting the figures of the imported body in order. */
  readonly photo: number;
  /** Where the copy said the image is ('' when it named none). */
  readonly url: string;
  /** e.g. "https://example.com/x.jpg could not be fetched offline". */
  readonly reason: string;
}

/** The body with the images that could be had stored, and the photos still without one. */
export interface ImportedImages {
  readonly body: ImportBlock[];
  readonly missing: MissingImage[];
  /** How many figures got their image. */
  readonly stored: number;
}

/** Downloads or reads at most this many images at once. */
const PARALLEL = 4;

const DATA_URL = /^data:([^;,]*)((?:;[^;,]*)*),(.*)$/is;

/** The URL as a message shows it: an embedded image by its type, a long address cut short. */
function shown(url: string): string {
  const data = DATA_URL.exec(url.slice(0, 200));
  if (data) return `An image embedded in the file (${data[1] || 'of no stated type'})`;
  return shownUrl(url);
}

/** The bytes of a `data:image/(png|jpeg|gif|webp);base64,…` URL, or why not. */
function decodeDataUrl(url: string): IpcResult<Uint8Array> {
  const match = DATA_URL.exec(url);
  const type = match?.[1]?.toLowerCase() ?? '';
  if (!match || !(type in IMAGE_TYPES)) {
    return fail('not-an-image', 'is in a format Newsdesk cannot use (PNG, JPEG, GIF or WebP)');
  }
  if (!/;base64$/i.test(match[2]!)) return fail('not-an-image', 'is not base64 image data');
  const data = match[3]!.replace(/\s+/g, '');
  if (data.length > MAX_IMAGE_BASE64_CHARS) {
    return fail('too-large', 'is larger than 25 MB, the most a story takes');
  }
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(data)) return fail('not-an-image', 'is not base64 image data');
  return ok(Buffer.from(data, 'base64'));
}

/** The last part of a URL's path, to name a downloaded image in messages. */
function fileNameOf(url: string): string | undefined {
  try {
    return decodeURIComponent(path.posix.basename(new URL(url).pathname)) || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Where an image comes from decides how it is had: decoded from a data: URL,
 * downloaded (only when allowed), or read from beside the imported file
 * (only when its folder is known). Then stored like any image the user adds.
 * Every message is a whole reason naming the image: the store's and the
 * download's do already; the other reasons are said after the address here.
 */
async function obtain(
  assets: StoryAssets,
  storyId: string,
  url: string,
  options: ImportImagesOptions,
): Promise<IpcResult<StoredImage>> {
  const refuse = (code: IpcErrorCode, why: string) => fail(code, `${shown(url)} ${why}`);
  // A protocol-relative address ("//cdn.example.com/x.jpg") is on the web.
  const address = url.startsWith('//') ? `https:${url}` : url;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(address)?.[1]?.toLowerCase();
  if (scheme === 'data') {
    const bytes = decodeDataUrl(url);
    return bytes.ok
      ? assets.addImageBytes(storyId, bytes.value)
      : refuse(bytes.error.code, bytes.error.message);
  }
  if (scheme === 'http' || scheme === 'https') {
    if (!options.allowNetwork) return refuse('io', 'could not be fetched offline');
    const bytes = await fetchImageBytes(address, options.fetchOptions);
    return bytes.ok ? assets.addImageBytes(storyId, bytes.value, fileNameOf(address)) : bytes;
  }
  // A single letter is a Windows drive ("C:\photos\x.jpg"): absolute, refused below.
  if (scheme !== undefined && scheme.length > 1) {
    return refuse('invalid-request', `is a ${scheme}: address, which Newsdesk does not fetch`);
  }
  if (options.baseDir === null) {
    return refuse(
      'not-found',
      'was beside the original file, which was not imported from a folder',
    );
  }
  const file = await resolveLocalImage(options.baseDir, url);
  return file.ok
    ? assets.addImageFile(storyId, file.value)
    : refuse(file.error.code, file.error.message);
}

/** True for a figure with no image, address, alt text, caption or credit. */
function isEmptyFigure(figure: ImportFigure): boolean {
  return (
    !figure.fetch?.url &&
    figure.image.src === undefined &&
    !figure.image.alt.trim() &&
    !figure.credit.trim() &&
    figure.caption.every((run) => run.text.trim() === '')
  );
}

/**
 * Stores the image of every imported figure that names one (`fetch.url`) in
 * the story's assets, through the same store as images the user adds (sniffed,
 * sized, kept once by SHA-256). A figure whose image cannot be had stays a
 * placeholder with its alt text, caption and credit, and is listed with why;
 * so is a figure whose copy named no image at all.
 */
export async function importFigureImages(
  assets: StoryAssets,
  storyId: string,
  body: readonly ImportBlock[],
  options: ImportImagesOptions,
): Promise<ImportedImages> {
  const urls = [
    ...new Set(
      body.flatMap((block) => (block.type === 'figure' && block.fetch ? [block.fetch.url] : [])),
    ),
  ];
  const obtained = await mapLimited(urls, PARALLEL, (url) => obtain(assets, storyId, url, options));
  const byUrl = new Map(urls.map((url, i) => [url, obtained[i]!]));

  const missing: MissingImage[] = [];
  let photo = 0;
  let stored = 0;
  const withImages = body.map((block): ImportBlock => {
    // A figure with nothing in it never becomes a photo (articleToStory drops it): not counted.
    if (block.type !== 'figure' || isEmptyFigure(block)) return block;
    photo += 1;
    const { fetch: wanted, ...figure } = block;
    if (figure.image.src !== undefined) return figure;
    const url = wanted?.url ?? '';
    const result = url ? byUrl.get(url) : undefined;
    if (result?.ok) {
      const { src, width, height } = result.value;
      stored += 1;
      return {
        ...figure,
        image: { src, alt: figure.image.alt, width, height },
      } satisfies ImportFigure;
    }
    missing.push({
      photo,
      url,
      reason: result ? result.error.message : 'The copy named this photo but held no image',
    });
    return figure;
  });
  return { body: withImages, missing, stored };
}
