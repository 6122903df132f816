import { randomUUID } from 'node:crypto';
import { fail, ok, type IpcResult } from '../../shared/ipc/ipc-result';
import type { ImportPreview } from '../../shared/ipc/import-calls';
import type { StoredImage } from '../../shared/ipc/stored-image';
import type { Story } from '../../shared/story/story';
import { fetchImageBytes, type FetchImageOptions } from './fetch-image';
import { importIntoLibrary, type ImportServices } from './import-story';
import { readImportFile, type ReadImport } from './read-import-file';

/** File › Import…, a file dropped on the window, and images pasted by address. */
export interface ImportService {
  /** Shows the open-file dialog and reads the chosen file; null when cancelled. */
  chooseFile(): Promise<IpcResult<ImportPreview | null>>;
  /** Reads a dropped file's bytes. */
  readDropped(fileName: string, bytes: Uint8Array): Promise<IpcResult<ImportPreview>>;
  /** Makes the story from a read import, keeping the draft blocks the user chose. */
  commit(
    token: string,
    keep: readonly number[],
  ): Promise<
    IpcResult<{
      story: Story;
      missingImages: { photo: number; url: string; reason: string }[];
    }>
  >;
  /** Downloads an image named by its web address into a story's assets (paste). */
  fetchImage(storyId: string, url: string): Promise<IpcResult<StoredImage>>;
}

export interface ImportServiceDeps extends ImportServices {
  /** Asks the user for a file to import; its path, or null if they cancelled. */
  readonly chooseImportFile: () => Promise<string | null>;
  /** Whether images may be downloaded (the app: yes, when online; tests: only from 127.0.0.1). */
  readonly allowNetwork: boolean;
  readonly fetchOptions?: FetchImageOptions;
}

/**
 * Reads are kept by token until the user imports or moves on: the page gets
 * the draft to review, main keeps the file's folder (where relative images
 * are looked up), so the page never names a folder to read from. A few are
 * kept, for a review left open while another file is read.
 */
const KEPT_READS = 8;

/** The import service main and the e2e harness serve. */
export function openImportService(deps: ImportServiceDeps): ImportService {
  const reads = new Map<string, ReadImport>();

  const preview = (read: ReadImport): ImportPreview => {
    const token = randomUUID();
    reads.set(token, read);
    while (reads.size > KEPT_READS) reads.delete(reads.keys().next().value!);
    return {
      token,
      fileName: read.fileName,
      format: read.format,
      draft: read.draft,
      warnings: read.warnings,
    };
  };

  return {
    async chooseFile() {
      const file = await deps.chooseImportFile();
      if (file === null) return ok(null);
      const read = await readImportFile({ path: file });
      return read.ok ? ok(preview(read.value)) : read;
    },
    async readDropped(fileName, bytes) {
      const read = await readImportFile({ name: fileName, bytes });
      return read.ok ? ok(preview(read.value)) : read;
    },
    async commit(token, keep) {
      const read = reads.get(token);
      if (!read) {
        return fail('not-found', 'That import is no longer open: choose the file again.');
      }
      const imported = await importIntoLibrary(deps, read, {
        keep: new Set(keep),
        allowNetwork: deps.allowNetwork,
        ...(deps.fetchOptions ? { fetchOptions: deps.fetchOptions } : {}),
      });
      if (!imported.ok) return imported;
      reads.delete(token);
      const { story, missingImages } = imported.value;
      return ok({ story, missingImages: [...missingImages] });
    },
    async fetchImage(storyId, url) {
      if (!deps.allowNetwork) {
        return fail('io', `${url} was not fetched: downloading images is off.`);
      }
      const bytes = await fetchImageBytes(url, deps.fetchOptions);
      if (!bytes.ok) return bytes;
      const name = decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '') || url;
      return deps.assets.addImageBytes(storyId, bytes.value, name.slice(0, 255));
    },
  };
}
