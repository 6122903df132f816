import { promises as fs } from 'node:fs';
import path from 'node:path';
import {
  exportChecks,
  type CheckSettings,
  type ExportCheck,
} from '../../shared/export/export-checks';
import {
  EXPORT_IMAGES_FOLDER,
  assetFileName,
  copiesImages,
  exportFileName,
  figureSources,
  type ExportFormat,
  type ExportImage,
  type ExportOptions,
} from '../../shared/export/export-formats';
import { storyToHtmlFragment, storyToHtmlPage } from '../../shared/export/story-html';
import { storyToStoryJson } from '../../shared/export/story-json-export';
import { assetContentType, storyToNinjs } from '../../shared/export/story-ninjs';
import { ASSET_SRC_PATTERN } from '../../shared/ipc/stored-image';
import type { Story } from '../../shared/story/story';
import { AtomicWriteError, writeFileAtomic } from '../storage/atomic-write';
import { describeFsError } from '../storage/describe-fs-error';
import { ninjsError } from './ninjs-validator';

export interface ExportJob {
  readonly story: Story;
  /** The story's folder: its images are `<storyDir>/assets/…`. */
  readonly storyDir: string;
  readonly format: ExportFormat;
  readonly outDir: string;
  readonly options: ExportOptions;
  readonly checkSettings?: CheckSettings;
  /** Called after each image is copied (the dialog's progress bar). */
  readonly onProgress?: (done: number, total: number) => void;
}

export type ExportOutcome =
  | {
      readonly ok: true;
      readonly file: string;
      readonly images: number;
      readonly checks: ExportCheck[];
    }
  | {
      readonly ok: false;
      readonly code: 'checks' | 'missing-image' | 'invalid' | 'io';
      readonly message: string;
      readonly checks: ExportCheck[];
    };

function ioFailure(error: unknown, what: string, checks: ExportCheck[]): ExportOutcome {
  const code =
    error instanceof AtomicWriteError ? error.code : (error as NodeJS.ErrnoException).code;
  return {
    ok: false,
    code: 'io',
    message: `Not exported: ${what}: ${describeFsError(code)}.`,
    checks,
  };
}

/** Size and type of each figure's image; bytes only when they are to be inlined. */
async function readImages(job: ExportJob, withBytes: boolean) {
  const images = new Map<string, ExportImage & { file: string }>();
  for (const [index, src] of figureSources(job.story).entries()) {
    // The src comes from a file that may have been edited by hand: it must stay inside assets/.
    if (!ASSET_SRC_PATTERN.test(src)) throw new MissingImage(index, src);
    const file = path.join(job.storyDir, src);
    try {
      const stat = await fs.stat(file);
      const bytes = withBytes ? await fs.readFile(file) : undefined;
      images.set(src, {
        file,
        contentType: assetContentType(src),
        sizeInBytes: stat.size,
        ...(bytes ? { dataBase64: bytes.toString('base64') } : {}),
      });
    } catch {
      throw new MissingImage(index, src);
    }
  }
  return images;
}

class MissingImage extends Error {
  constructor(index: number, src: string) {
    super(
      `Not exported: the image of photo ${index + 1} is missing from the story folder (${src}).`,
    );
  }
}

/** The exported text of one format (pure exporters; ninjs is validated against IPTC's schema). */
function render(job: ExportJob, images: Map<string, ExportImage>): string | { invalid: string } {
  switch (job.format) {
    case 'html':
      return storyToHtmlFragment(job.story, job.options);
    case 'html-page':
      return storyToHtmlPage(job.story, job.options, images);
    case 'story':
      return storyToStoryJson(job.story);
    case 'ninjs': {
      const document = storyToNinjs(job.story, job.options, images);
      const error = ninjsError(document);
      return error ? { invalid: error } : `${JSON.stringify(document, null, 2)}\n`;
    }
  }
}

/**
 * Exports one story to `outDir`: runs the pre-export checks (errors stop it;
 * warnings are the caller's to ask about), renders the format, validates
 * ninjs, copies the images into `images/`, then writes the file atomically.
 * Used by the app's main process and by the command line alike.
 */
export async function writeStoryExport(job: ExportJob): Promise<ExportOutcome> {
  const checks = exportChecks(job.story, job.checkSettings);
  const blocking = checks.find((check) => check.severity === 'error');
  if (blocking) {
    return { ok: false, code: 'checks', message: `Not exported: ${blocking.message}`, checks };
  }
  let images: Map<string, ExportImage & { file: string }>;
  try {
    images = await readImages(job, job.format === 'html-page' && job.options.inlineImages === true);
  } catch (error) {
    if (error instanceof MissingImage)
      return { ok: false, code: 'missing-image', message: error.message, checks };
    throw error;
  }
  const text = render(job, images);
  if (typeof text !== 'string')
    return { ok: false, code: 'invalid', message: text.invalid, checks };

  const file = path.join(job.outDir, exportFileName(job.story, job.format));
  try {
    await fs.mkdir(job.outDir, { recursive: true });
  } catch (error) {
    return ioFailure(error, `could not write ${path.basename(file)}`, checks);
  }
  // Images first, the document last: a document on disk always has its images
  // beside it, and a failed copy leaves no document pointing at missing files.
  const copies: typeof images = copiesImages(job.format, job.options) ? images : new Map();
  const folder = path.join(job.outDir, EXPORT_IMAGES_FOLDER);
  let done = 0;
  try {
    if (copies.size > 0) await fs.mkdir(folder, { recursive: true });
    for (const [src, image] of copies) {
      await writeFileAtomic(path.join(folder, assetFileName(src)), await fs.readFile(image.file));
      done += 1;
      job.onProgress?.(done, copies.size);
    }
  } catch (error) {
    return ioFailure(error, `could not copy image ${done + 1} of ${copies.size}`, checks);
  }
  try {
    await writeFileAtomic(file, text);
  } catch (error) {
    return ioFailure(error, `could not write ${path.basename(file)}`, checks);
  }
  return { ok: true, file, images: done, checks };
}
