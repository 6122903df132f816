import { hasImageFile, type Story } from '../story/story';
import { SLUG } from '../story/story-schema';

/** What a story can be exported as (the export dialog and `newsdesk export --format`). */
export const EXPORT_FORMATS = ['html', 'html-page', 'ninjs', 'story'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_FORMAT_LABELS: Record<ExportFormat, string> = {
  html: 'HTML fragment (for a CMS body field)',
  'html-page': 'HTML page (standalone, images beside it)',
  ninjs: 'IPTC ninjs 2.2 JSON',
  story: 'Newsdesk Story JSON',
};

export interface ExportOptions {
  /**
   * Where the publishing system will serve the images, e.g.
   * "https://cdn.example.com/stories/". Absolute http(s) only; when absent,
   * HTML points at the copies in `images/` and ninjs leaves `href` out rather
   * than leak a local path.
   */
  readonly assetBaseUrl?: string;
  /** HTML page only: images inlined as data: URLs instead of copied beside it. */
  readonly inlineImages?: boolean;
}

/** What the writer knows about one image file, keyed by the figure's `src`. */
export interface ExportImage {
  readonly contentType: string;
  readonly sizeInBytes: number;
  /** Only for an HTML page with inlined images. */
  readonly dataBase64?: string;
}
export type ExportImages = ReadonlyMap<string, ExportImage>;

/** The folder beside an export that holds its images. */
export const EXPORT_IMAGES_FOLDER = 'images';

/** An asset's file name (`assets/<hash>.<ext>` → `<hash>.<ext>`): content-addressed, so stable. */
export function assetFileName(src: string): string {
  return src.slice(src.lastIndexOf('/') + 1);
}

// http(s)://host[:port][/path]: no credentials, query or fragment (a file name is appended).
// The host is DNS labels; the path is RFC 3986 characters only (unreserved,
// sub-delims but "'", ":", "@", and %XX), because ninjs checks every image
// href with JSON Schema's `uri` format: a base with "é", "|" or "%zz" in it
// passed here and then failed every ninjs export. shared/ has no URL class
// (no DOM, no Node), so the shape is checked by hand.
const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const BASE_URL = new RegExp(
  `^https?://${LABEL}(?:\\.${LABEL})*(?::(\\d{1,5}))?(?:/(?:[\\w.~!$&()*+,;=:@/-]|%[0-9a-f]{2})*)?$`,
  'i',
);

/** A valid asset base URL, normalized to end in "/", or null when it is not usable. */
export function normalizeAssetBaseUrl(value: string): string | null {
  const url = value.trim();
  const match = BASE_URL.exec(url);
  if (!match || Number(match[1] ?? 0) > 65_535) return null;
  return url.endsWith('/') ? url : `${url}/`;
}

/** The absolute URL an image will have on the publishing side, or null without a base URL. */
export function publishedImageUrl(src: string, options: ExportOptions): string | null {
  const base = options.assetBaseUrl ? normalizeAssetBaseUrl(options.assetBaseUrl) : null;
  return base === null ? null : base + encodeURIComponent(assetFileName(src));
}

/**
 * The files' base name: the slug, or a name from the id when the story has
 * none yet. The model allows only safe slugs and ids, but the name becomes a
 * path, so a story built past the model (`../..`) still cannot leave the folder.
 */
export function exportBaseName(story: Story): string {
  if (story.slug !== '' && SLUG.test(story.slug)) return story.slug;
  return `story-${story.id.slice(0, 8).replace(/[^0-9a-z]/gi, '')}`;
}

const EXTENSIONS: Record<ExportFormat, string> = {
  html: '.html',
  'html-page': '.html',
  ninjs: '.ninjs.json',
  story: '.story.json',
};

/** `<slug>.html`, `<slug>.ninjs.json`, `<slug>.story.json`. */
export function exportFileName(story: Story, format: ExportFormat): string {
  return exportBaseName(story) + EXTENSIONS[format];
}

/** The figures' image sources, each once, in reading order. */
export function figureSources(story: Story): string[] {
  const sources = new Set<string>();
  for (const block of story.body) {
    if (block.type === 'figure' && hasImageFile(block.image)) sources.add(block.image.src);
  }
  return [...sources];
}

/**
 * Whether an export writes copies of the images into images/ beside it: every
 * format does (a CMS ingests the files by their content-hash names), except a
 * page that carries them inlined.
 */
export function copiesImages(format: ExportFormat, options: ExportOptions): boolean {
  return !(format === 'html-page' && options.inlineImages === true);
}
