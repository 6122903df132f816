import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { fail, ok, type IpcResult } from '../../shared/ipc/ipc-result';
import type { Story } from '../../shared/story/story';
import { readStoryJson } from '../../shared/story/story-migrate';
import { StoryIdSchema } from '../../shared/story/story-schema';
import { AtomicWriteError, writeFileAtomic } from '../storage/atomic-write';
import { describeFsError } from '../storage/describe-fs-error';
import { moveAside } from './move-aside';
import type { StoryLibrary } from './story-library';

/** A story brought back after a crash, as the window is told about it. */
export interface RecoveredStory {
  readonly id: string;
  readonly headline: string;
  /** When the words were last journalled: what was typed up to then is back. */
  readonly writtenAt: string;
}

export interface RecoveryJournal {
  /** Journals the words in the window (every ~1.5 s while there are unsaved changes). */
  write(story: Story): Promise<IpcResult<null>>;
  /** After a save: drops the journal if it is older than the save (the save holds its words). */
  clear(id: string, savedAt: string): Promise<void>;
  /** At start: brings every journal newer than its story back into the library. */
  takeAll(): Promise<RecoveredStory[]>;
}

export const RECOVERY_FOLDER = '.recovery';

const JournalSchema = z.strictObject({ writtenAt: z.iso.datetime(), story: z.unknown() });

/**
 * The crash journal: `<library>/.recovery/<id>.json`, written atomically in the
 * story's save queue. A save newer than the journal makes it stale; a journal
 * newer than the story on disk means the app died with unsaved words, and the
 * next start puts them back (keeping what was on disk as a revision first).
 */
export function openRecoveryJournal(
  library: StoryLibrary,
  options: {
    readonly now?: () => Date;
    /** Keeps the story that is about to be replaced (as a revision). */
    readonly keep?: (story: Story) => Promise<void>;
  } = {},
): RecoveryJournal {
  const now = options.now ?? (() => new Date());
  const folder = path.join(library.root, RECOVERY_FOLDER);
  const fileOf = (id: string) =>
    StoryIdSchema.safeParse(id).success ? path.join(folder, `${id}.json`) : null;

  async function recover(id: string, file: string): Promise<RecoveredStory | null> {
    const text = await fs.readFile(file, 'utf8');
    let journal: { writtenAt: string; story: Story };
    try {
      const parsed = JournalSchema.parse(JSON.parse(text));
      const read = readStoryJson(parsed.story);
      if (!read.ok || read.story.id !== id) throw new Error(read.ok ? 'wrong id' : read.message);
      journal = { writtenAt: parsed.writtenAt, story: read.story };
    } catch {
      await moveAside(file, now()); // a torn or foreign journal is kept, not trusted
      return null;
    }
    const current = await library.load(id);
    const stale = current.ok && current.value.updatedAt >= journal.writtenAt;
    if (stale || (current.ok && sameWords(current.value, journal.story))) {
      await fs.rm(file, { force: true });
      return null;
    }
    if (current.ok) await options.keep?.(current.value);
    const saved = await library.save(journal.story, { overwrite: true });
    if (!saved.ok) return null; // left in place: the next start tries again
    await fs.rm(file, { force: true });
    return { id, headline: journal.story.headline, writtenAt: journal.writtenAt };
  }

  return {
    write(story) {
      const file = fileOf(story.id);
      if (!file) return Promise.resolve(fail('invalid-request', 'That is not a story id.'));
      const writtenAt = now().toISOString();
      return library.queued(story.id, async () => {
        try {
          await fs.mkdir(folder, { recursive: true });
          await writeFileAtomic(file, JSON.stringify({ writtenAt, story }));
          return ok(null);
        } catch (error) {
          const code =
            error instanceof AtomicWriteError ? error.code : (error as NodeJS.ErrnoException).code;
          return fail('io', `The recovery copy could not be written: ${describeFsError(code)}.`);
        }
      });
    },

    clear(id, savedAt) {
      const file = fileOf(id);
      if (!file) return Promise.resolve();
      return library.queued(id, async () => {
        const text = await fs.readFile(file, 'utf8').catch(() => null);
        if (text === null) return;
        const writtenAt = JournalSchema.safeParse(safeJson(text)).data?.writtenAt;
        // A journal written after the save started holds newer words: keep it.
        if (writtenAt === undefined || writtenAt <= savedAt) await fs.rm(file, { force: true });
      });
    },

    async takeAll() {
      const names = await fs.readdir(folder).catch(() => [] as string[]);
      const recovered: RecoveredStory[] = [];
      for (const name of names) {
        const id = name.replace(/\.json$/, '');
        const file = fileOf(id);
        if (!file || !name.endsWith('.json')) continue;
        const result = await library
          .queued(id, async () => null)
          .then(() => recover(id, file))
          .catch((error: unknown) => {
            console.warn(`[recovery] could not recover ${id}`, error);
            return null;
          });
        if (result) recovered.push(result);
      }
      return recovered.sort((a, b) => b.writtenAt.localeCompare(a.writtenAt));
    },
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Whether two versions hold the same words and settings (the save stamp aside). */
function sameWords(a: Story, b: Story): boolean {
  return JSON.stringify({ ...a, updatedAt: '' }) === JSON.stringify({ ...b, updatedAt: '' });
}
