import { createHash, randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fail, ok, type IpcResult } from '../../shared/ipc/ipc-result';
import type { Story, StorySummary } from '../../shared/story/story';
import { createEmptyStory } from '../../shared/story/story-create';
import { countBodyWords } from '../../shared/story/story-text';
import {
  AtomicWriteError,
  nodeIo,
  writeFileAtomic,
  type AtomicWriteIo,
} from '../storage/atomic-write';
import { describeFsError } from '../storage/describe-fs-error';
import { moveAside } from './move-aside';
import { openStoryFolders, type StoryFolders } from './story-folders';
import { parseStoryFile } from './parse-story-file';

/** The stories on disk: one folder per story, named by its id, holding story.json. */
export interface StoryLibrary {
  readonly root: string;
  list(): Promise<IpcResult<StorySummary[]>>;
  create(): Promise<IpcResult<Story>>;
  /** Reads a story; nothing else happens (the index and revisions use this). */
  load(id: string): Promise<IpcResult<Story>>;
  /**
   * Opens a story for editing: remembers what the file held, so a change made
   * by another program is noticed; a damaged file is moved aside (kept), never
   * half-opened and never overwritten.
   */
  open(id: string): Promise<IpcResult<Story>>;
  /**
   * Saves a story. If the file changed on disk since this window read or wrote
   * it, answers `conflict` and writes nothing, unless `overwrite` is set.
   */
  save(story: Story, options?: SaveOptions): Promise<IpcResult<{ updatedAt: string }>>;
  /** Whether story.json differs from what this window last read or wrote. */
  changedOnDisk(id: string): Promise<boolean>;
  /** The folder of a story (which need not exist yet), or null when `id` is not a story id. */
  storyDir(id: string): string | null;
  /** Runs `task` in the story's queue, after every save already asked for. */
  queued<T>(id: string, task: () => Promise<T>): Promise<T>;
}

export interface SaveOptions {
  /** The user chose to replace a version changed on disk by someone else. */
  readonly overwrite?: boolean;
}

export interface StoryLibraryOptions {
  /** Where each story's folder is (shared with the image store); one is made for `root` if absent. */
  readonly folders?: StoryFolders;
  readonly now?: () => Date;
  readonly newId?: () => string;
  readonly io?: AtomicWriteIo;
}

export const STORY_FILE = 'story.json';

function notAStoryId<T>(): IpcResult<T> {
  return fail('invalid-request', 'That is not the id of a story in this library.');
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
// Stands for a file that is not UTF-8: no valid text equals it (U+FFFF is a noncharacter).
const NOT_UTF8 = '\uffff not UTF-8';

const fingerprint = (text: string) => createHash('sha256').update(text).digest('hex');

/** Opens the library at `root` (created on first write). */
export function openStoryLibrary(root: string, options: StoryLibraryOptions = {}): StoryLibrary {
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? randomUUID;
  const io = options.io ?? nodeIo;
  const folders = options.folders ?? openStoryFolders(root);
  // Saves to one story run one after another, so an older save never lands last.
  const queues = new Map<string, Promise<unknown>>();
  // What each story's file held when this window last read or wrote it.
  const known = new Map<string, string>();

  /** The id is re-checked (by the folder map): it must never become a path of its own. */
  function storyFile(id: string): string | null {
    const dir = folders.dirOf(id);
    return dir === null ? null : path.join(dir, STORY_FILE);
  }

  function queued<T>(id: string, task: () => Promise<T>): Promise<T> {
    const next = (queues.get(id) ?? Promise.resolve()).then(task, task);
    queues.set(id, next);
    void next.finally(() => {
      if (queues.get(id) === next) queues.delete(id);
    });
    return next;
  }

  /**
   * The file's text, or null when there is none. Bytes that are not UTF-8 come
   * back as NOT_UTF8, never as replacement characters: a story with its words
   * silently changed would be a story opened half-way.
   */
  async function readText(file: string): Promise<string | null> {
    let bytes: Buffer;
    try {
      bytes = await fs.readFile(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    try {
      return strictUtf8.decode(bytes);
    } catch {
      return NOT_UTF8;
    }
  }

  async function write(story: Story, overwrite = false): Promise<IpcResult<{ updatedAt: string }>> {
    const file = storyFile(story.id);
    if (!file) return notAStoryId();
    try {
      const expected = known.get(story.id);
      if (expected !== undefined && !overwrite) {
        const current = await readText(file);
        if (current !== null && fingerprint(current) !== expected) {
          return fail(
            'conflict',
            'This story was changed on disk by another program or window since you opened it.',
          );
        }
      }
      const text = `${JSON.stringify(story, null, 2)}\n`;
      await fs.mkdir(root, { recursive: true });
      // The folder follows the slug: made for a new story, renamed when the slug changed.
      const dir = await folders.follow(story.id, story.slug);
      await writeFileAtomic(path.join(dir, STORY_FILE), text, io);
      known.set(story.id, fingerprint(text));
      return ok({ updatedAt: story.updatedAt });
    } catch (error) {
      const code =
        error instanceof AtomicWriteError ? error.code : (error as NodeJS.ErrnoException).code;
      return fail('io', `Not saved: ${describeFsError(code)}. Your text is kept in the window.`);
    }
  }

  async function readSummary(id: string): Promise<StorySummary | null> {
    const loaded = await load(id);
    if (!loaded.ok) return null;
    const story = loaded.value;
    return {
      id,
      headline: story.headline,
      status: story.status,
      desk: story.desk,
      updatedAt: story.updatedAt,
      words: countBodyWords(story),
    };
  }

  async function readStory(id: string): Promise<{ text: string; result: IpcResult<Story> }> {
    const file = storyFile(id);
    if (!file) return { text: '', result: notAStoryId() };
    let text: string | null;
    try {
      text = await readText(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return {
        text: '',
        result: fail('io', `The story could not be read: ${describeFsError(code)}.`),
      };
    }
    if (text === null) {
      return { text: '', result: fail('not-found', 'This story is no longer in the library.') };
    }
    if (text === NOT_UTF8) {
      return { text, result: fail('damaged', 'The story file is damaged: it is not UTF-8 text.') };
    }
    return { text, result: parseStoryFile(text) };
  }

  async function load(id: string): Promise<IpcResult<Story>> {
    return (await readStory(id)).result;
  }

  return {
    root,
    load,
    queued,
    storyDir: (id) => folders.dirOf(id),

    open: (id) =>
      queued(id, async () => {
        const { text, result } = await readStory(id);
        if (result.ok) {
          known.set(id, fingerprint(text));
          return result;
        }
        if (result.error.code !== 'damaged') return result;
        const file = storyFile(id)!;
        const aside = await moveAside(file, now()).catch(() => null);
        const kept = aside
          ? ` It was kept as ${path.basename(aside)} in the story's folder; nothing was overwritten.`
          : ' It was left as it is; nothing was overwritten.';
        return fail('damaged', `${result.error.message}${kept}`);
      }),

    async changedOnDisk(id) {
      const file = storyFile(id);
      const expected = known.get(id);
      if (!file || expected === undefined) return false;
      const current = await readText(file).catch(() => null);
      return current === null || fingerprint(current) !== expected;
    },

    async list() {
      try {
        await fs.readdir(root);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        // No folder yet is an empty library; anything else the user must hear about.
        if (code === 'ENOENT') return ok([]);
        return fail('io', `The library folder cannot be read: ${describeFsError(code)}.`);
      }
      const ids = folders.ids();
      const summaries = await Promise.all(ids.map(readSummary));
      return ok(
        summaries
          .filter((summary): summary is StorySummary => summary !== null)
          .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)),
      );
    },

    async create() {
      const story = createEmptyStory(newId(), now());
      const written = await queued(story.id, () => write(story));
      return written.ok ? ok(story) : written;
    },

    save(story, saveOptions = {}) {
      const saved = { ...story, updatedAt: now().toISOString() };
      return queued(story.id, () => write(saved, saveOptions.overwrite));
    },
  };
}
