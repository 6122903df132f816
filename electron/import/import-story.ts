import { randomUUID } from 'node:crypto';
import { slugFrom } from '../../shared/story/story-slug';
import { fail, ok, type IpcError, type IpcResult } from '../../shared/ipc/ipc-result';
import { articleToStory } from '../../shared/import/article-to-story';
import { detectArticle } from '../../shared/import/detect-article';
import type {
  DraftDocument,
  ImportedArticle,
  ImportFinding,
} from '../../shared/import/import-draft';
import type { Story } from '../../shared/story/story';
import type { LibraryIndex } from '../library/library-index';
import type { StoryAssets } from '../library/story-assets';
import type { StoryLibrary } from '../library/story-library';
import { importFigureImages, type MissingImage } from './import-images';
import type { FetchImageOptions } from './fetch-image';
import type { ReadImport } from './read-import-file';

/** The parts of a library an import writes to (LibraryServices has them all). */
export interface ImportServices {
  readonly library: StoryLibrary;
  readonly assets: StoryAssets;
  /** Told of the new story when given (main); the command line leaves the app to find it. */
  readonly index?: Pick<LibraryIndex, 'update'>;
}

export interface ImportStoryOptions {
  /** Draft block indices the user asked to keep as body paragraphs (see DetectOptions). */
  readonly keep?: ReadonlySet<number>;
  /** Whether http(s) images may be downloaded. */
  readonly allowNetwork?: boolean;
  readonly now?: () => Date;
  readonly newId?: () => string;
  readonly fetchOptions?: FetchImageOptions;
}

/** A story made from an imported file, and what the user should review. */
export interface ImportedStory {
  readonly story: Story;
  /** The story's folder in the library. */
  readonly storyDir: string;
  /** Every decision the detection took (what became the headline, what was dropped…). */
  readonly findings: readonly ImportFinding[];
  readonly missingImages: readonly MissingImage[];
  /** The reader's warnings (encoding guessed, Word's messages). */
  readonly warnings: readonly string[];
}

/**
 * The story an imported draft becomes, without storing anything: detection,
 * then articleToStory, with a slug from the headline. Figures are
 * placeholders; `article.body` still says where their images are.
 */
export function makeImportedStory(
  draft: DraftDocument,
  init: { readonly id: string; readonly now: Date; readonly keep?: ReadonlySet<number> },
): { article: ImportedArticle; story: Story } {
  const article = detectArticle(draft, init.keep ? { keep: init.keep } : {});
  return { article, story: storyOf(article, init.id, init.now) };
}

/** The story articleToStory makes, with a slug from its headline. */
function storyOf(article: ImportedArticle, id: string, now: Date): Story {
  const story = articleToStory(article, { id, now });
  return { ...story, slug: slugFrom(story.headline) };
}

/**
 * A failed save, said for an import. The library words its errors for the
 * editor ("Not saved: <why>. Your text is kept in the window."); here no
 * window holds the text, so only the why is kept.
 */
function notAdded(root: string, error: IpcError): IpcResult<never> {
  const why = /^Not saved: (.*?)\. Your text is kept in the window\.$/.exec(error.message)?.[1];
  return fail(
    error.code,
    why ? `The story could not be added to the library at ${root}: ${why}.` : error.message,
  );
}

/**
 * Makes a new story in the library from a file read by readImportFile: the
 * detection decides headline, standfirst, byline, photos, crossheads and
 * credit; the story is saved through the library (its `<slug>--<id>` folder,
 * atomic writes) before any image is fetched, so nothing the copy held is lost
 * if fetching fails; the images go into its assets; then it is saved again.
 * The imported file itself is only ever read.
 */
export async function importIntoLibrary(
  services: ImportServices,
  read: ReadImport,
  options: ImportStoryOptions = {},
): Promise<IpcResult<ImportedStory>> {
  const { library, assets, index } = services;
  const now = options.now ?? (() => new Date());
  const id = (options.newId ?? randomUUID)();
  const created = now();
  const { article, story: first } = makeImportedStory(read.draft, {
    id,
    now: created,
    ...(options.keep ? { keep: options.keep } : {}),
  });
  const saved = await library.save(first);
  if (!saved.ok) return notAdded(library.root, saved.error);
  let story: Story = { ...first, updatedAt: saved.value.updatedAt };
  index?.update(story);

  const images = await importFigureImages(assets, id, article.body, {
    baseDir: read.baseDir,
    allowNetwork: options.allowNetwork ?? false,
    ...(options.fetchOptions ? { fetchOptions: options.fetchOptions } : {}),
  });
  if (images.stored > 0) {
    // The same article with its images stored: the same story, figures filled in.
    const filled = storyOf({ ...article, body: images.body }, id, created);
    const again = await library.save(filled);
    if (!again.ok) return notAdded(library.root, again.error);
    story = { ...filled, updatedAt: again.value.updatedAt };
    index?.update(story);
  }
  return ok({
    story,
    storyDir: library.storyDir(id)!,
    findings: article.findings,
    missingImages: images.missing,
    warnings: read.warnings,
  });
}
