import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { exportBaseName } from '../../shared/export/export-formats';
import { fail, ok, type IpcResult } from '../../shared/ipc/ipc-result';
import type { Story } from '../../shared/story/story';
import { AtomicWriteError, writeFileAtomic } from '../storage/atomic-write';
import { describeFsError } from '../storage/describe-fs-error';
import { parseStoryFile } from './parse-story-file';
import { ASSETS_FOLDER } from './story-assets';
import type { StoryLibrary } from './story-library';
import { PACKAGE_EXTENSION, readStoryPackageFile } from './story-package';
import { writeStoryPackage } from './story-package-write';

/** What to do with a package whose story is already in the library. */
export type ClashChoice = 'replace' | 'copy' | 'cancel';

export interface PackageTransferDeps {
  readonly library: StoryLibrary;
  /** Asks where to write a package (Electron's save dialog); null when cancelled. */
  readonly chooseSaveFile: (defaultName: string) => Promise<string | null>;
  /** Asks which package to open (Electron's open dialog); null when cancelled. */
  readonly choosePackage: () => Promise<string | null>;
  /** Asks the user about a story that is already in the library. */
  readonly askClash: (headline: string) => Promise<ClashChoice>;
  /** Keeps the version a replacement overwrites (as a revision). */
  readonly keep?: (story: Story) => Promise<void>;
}

export interface PackageTransfer {
  /** File › Export Draft Package… (and Save As… when saving failed): the story and its images, one file. */
  exportPackage(storyId: string, current?: Story): Promise<IpcResult<{ file: string } | null>>;
  /** File › Open Package…: the story joins the library (a new id if the user keeps both). */
  openPackage(): Promise<IpcResult<Story | null>>;
}

function ioError(error: unknown, what: string): IpcResult<never> {
  const code =
    error instanceof AtomicWriteError ? error.code : (error as NodeJS.ErrnoException).code;
  return fail('io', `${what}: ${describeFsError(code)}.`);
}

/** Sending a draft to a colleague: a `.newsdesk` package out, and in. */
export function openPackageTransfer(deps: PackageTransferDeps): PackageTransfer {
  const { library } = deps;

  async function writeAssets(dir: string, assets: ReadonlyMap<string, Uint8Array>) {
    await fs.mkdir(path.join(dir, ASSETS_FOLDER), { recursive: true });
    for (const [name, bytes] of assets) {
      await writeFileAtomic(path.join(dir, ASSETS_FOLDER, name), bytes);
    }
  }

  return {
    async exportPackage(storyId, current) {
      const dir = library.storyDir(storyId);
      if (!dir || (current && current.id !== storyId)) {
        return fail('invalid-request', 'That is not the id of a story in this library.');
      }
      const named = current ?? (await library.load(storyId).then((r) => (r.ok ? r.value : null)));
      const file = await deps.chooseSaveFile(
        `${named ? exportBaseName(named) : 'story'}${PACKAGE_EXTENSION}`,
      );
      if (file === null) return ok(null);
      const bytes = await writeStoryPackage(dir, undefined, current);
      if (!bytes.ok) return bytes;
      try {
        await writeFileAtomic(file, bytes.value);
      } catch (error) {
        return ioError(error, 'The package was not written');
      }
      return ok({ file });
    },

    async openPackage() {
      const file = await deps.choosePackage();
      if (file === null) return ok(null);
      const opened = await readStoryPackageFile(file);
      if (!opened.ok) return opened;
      const parsed = parseStoryFile(opened.value.storyText);
      if (!parsed.ok) return parsed;
      let story = parsed.value;
      const existing = await library.load(story.id);
      if (existing.ok || existing.error.code === 'damaged') {
        const choice = await deps.askClash(existing.ok ? existing.value.headline : story.headline);
        if (choice === 'cancel') return ok(null);
        if (choice === 'copy') story = { ...story, id: randomUUID() };
        else if (existing.ok) await deps.keep?.(existing.value);
      }
      const dir = library.storyDir(story.id)!;
      try {
        await writeAssets(dir, opened.value.assets);
      } catch (error) {
        return ioError(error, 'The package’s images could not be stored');
      }
      const saved = await library.save(story, { overwrite: true });
      if (!saved.ok) return saved;
      return library.open(story.id);
    },
  };
}
