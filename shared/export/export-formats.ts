import type { Story } from '../story/story';

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
// shared/ has no URL class (no DOM, no Node), so the shape is checked by hand.
const BASE_URL = /^https?:\/\/[a-z0-9.-]+(?::\d{1,5})?(?:\/[^\s?#\\"'<>]*)?$/i;

/** A valid asset base URL, normalized to end in "/", or null when it is not usable. */
export function normalizeAssetBaseUrl(value: string): string | null {
  const url = value.trim();
  if (!BASE_URL.test(url)) return null;
  return url.endsWith('/') ? url : `${url}/`;
}

/** The absolute URL an image will have on the publishing side, or null without a base URL. */
export function publishedImageUrl(src: string, options: ExportOptions): string | null {
  const base = options.assetBaseUrl ? normalizeAssetBaseUrl(options.assetBaseUrl) : null;
  return base === null ? null : base + encodeURIComponent(assetFileName(src));
}

/** The files' base name: the slug, or a name from the id when the story has none yet. */
export function exportBaseName(story: Story): string {
  return story.slug !== '' ? story.slug : `story-${story.id.slice(0, 8)}`;
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
  for (const block of story.body) if (block.type === 'figure') sources.add(block.image.src);
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
