import { promises as fs, type Dirent } from 'node:fs';
import path from 'node:path';
import { TEMP_SUFFIX } from './atomic-write';

export interface SweepOptions {
  /** Temp files younger than this may belong to a save in flight; they are kept. */
  readonly minAgeMs?: number;
  readonly now?: () => number;
  /** Seam for tests: how a stray is removed. */
  readonly unlink?: (file: string) => Promise<void>;
  /** Told about each file or folder that could not be swept; the sweep goes on. */
  readonly onError?: (file: string, error: unknown) => void;
}

/** A minute: far longer than any save takes, so no save in flight is swept. */
export const SWEEP_MIN_AGE_MS = 60_000;

/**
 * Folders below the root that are searched: <story>/ and <story>/history|assets/,
 * so files at most 3 levels below the root are seen (DESIGN.md, Storage).
 */
const MAX_FOLDER_DEPTH = 2;

/**
 * Removes temp files (`*.newsdesk-tmp`) that a crash left behind in the library
 * at `root`, up to 3 levels deep, older than a minute; never follows symlinks
 * below the root. Answers how many it removed.
 */
export async function sweepTempFiles(root: string, options: SweepOptions = {}): Promise<number> {
  const minAgeMs = options.minAgeMs ?? SWEEP_MIN_AGE_MS;
  const now = options.now ?? Date.now;
  const unlink = options.unlink ?? fs.unlink;
  const onError =
    options.onError ??
    ((file: string, error: unknown) => console.warn(`[sweep] could not sweep ${file}`, error));
  let removed = 0;

  async function sweepFolder(folder: string, depth: number): Promise<void> {
    let entries: Dirent[];
    try {
      entries = await fs.readdir(folder, { withFileTypes: true });
    } catch (error) {
      // A missing library is an empty one; another unreadable folder is reported and skipped.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') onError(folder, error);
      return;
    }
    for (const entry of entries) {
      const full = path.join(folder, entry.name);
      // Dirent answers for the entry itself (lstat), so a symlink is neither a file nor a folder here.
      if (entry.isDirectory()) {
        if (depth < MAX_FOLDER_DEPTH) await sweepFolder(full, depth + 1);
      } else if (entry.isFile() && entry.name.endsWith(TEMP_SUFFIX)) {
        if (await sweepFile(full)) removed += 1;
      }
    }
  }

  async function sweepFile(file: string): Promise<boolean> {
    try {
      const stat = await fs.lstat(file);
      if (!stat.isFile() || now() - stat.mtimeMs < minAgeMs) return false;
      await unlink(file);
      return true;
    } catch (error) {
      // Gone already (a save renamed it, or another sweep): nothing to report.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') onError(file, error);
      return false;
    }
  }

  await sweepFolder(root, 0);
  return removed;
}
