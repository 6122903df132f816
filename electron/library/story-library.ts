import { randomUUID } from 'node:crypto';
import { promises as fs, type Dirent } from 'node:fs';
import path from 'node:path';
import { fail, ok, type IpcResult } from '../../shared/ipc/ipc-result';
import type { Story, StorySummary } from '../../shared/story/story';
import { createEmptyStory } from '../../shared/story/story-create';
import { StoryIdSchema } from '../../shared/story/story-schema';
import { countBodyWords } from '../../shared/story/story-text';
import {
  AtomicWriteError,
  nodeIo,
  writeFileAtomic,
  type AtomicWriteIo,
} from '../storage/atomic-write';
import { describeFsError } from '../storage/describe-fs-error';
import { parseStoryFile } from './parse-story-file';

/** The stories on disk: one folder per story, named by its id, holding story.json. */
export interface StoryLibrary {
  readonly root: string;
  list(): Promise<IpcResult<StorySummary[]>>;
  create(): Promise<IpcResult<Story>>;
  load(id: string): Promise<IpcResult<Story>>;
  save(story: Story): Promise<IpcResult<{ updatedAt: string }>>;
  /** The folder of a story (which need not exist yet), or null when `id` is not a story id. */
  storyDir(id: string): string | null;
}

export interface StoryLibraryOptions {
  readonly now?: () => Date;
  readonly newId?: () => string;
  readonly io?: AtomicWriteIo;
}

export const STORY_FILE = 'story.json';

function notAStoryId<T>(): IpcResult<T> {
  return fail('invalid-request', 'That is not the id of a story in this library.');
}

/** Opens the library at `root` (created on first write). */
export function openStoryLibrary(root: string, options: StoryLibraryOptions = {}): StoryLibrary {
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? randomUUID;
  const io = options.io ?? nodeIo;
  // Saves to one story run one after another, so an older save never lands last.
  const saveQueues = new Map<string, Promise<unknown>>();

  /** The id is re-checked here: it becomes a path, so it must never hold a separator. */
  function storyFile(id: string): string | null {
    return StoryIdSchema.safeParse(id).success ? path.join(root, id, STORY_FILE) : null;
  }

  async function write(story: Story): Promise<IpcResult<{ updatedAt: string }>> {
    const file = storyFile(story.id);
    if (!file) return notAStoryId();
    try {
      await fs.mkdir(path.dirname(file), { recursive: true });
      await writeFileAtomic(file, `${JSON.stringify(story, null, 2)}\n`, io);
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
      updatedAt: story.updatedAt,
      words: countBodyWords(story),
    };
  }

  async function load(id: string): Promise<IpcResult<Story>> {
    const file = storyFile(id);
    if (!file) return notAStoryId();
    let text: string;
    try {
      text = await fs.readFile(file, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return fail('not-found', 'This story is no longer in the library.');
      return fail('io', `The story could not be read: ${describeFsError(code)}.`);
    }
    return parseStoryFile(text);
  }

  return {
    root,
    load,
    storyDir: (id) => (StoryIdSchema.safeParse(id).success ? path.join(root, id) : null),

    async list() {
      let entries: Dirent[];
      try {
        entries = await fs.readdir(root, { withFileTypes: true });
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        // No folder yet is an empty library; anything else the user must hear about.
        if (code === 'ENOENT') return ok([]);
        return fail('io', `The library folder cannot be read: ${describeFsError(code)}.`);
      }
      const ids = entries
        .filter((entry) => entry.isDirectory() && StoryIdSchema.safeParse(entry.name).success)
        .map((entry) => entry.name);
      const summaries = await Promise.all(ids.map(readSummary));
      return ok(
        summaries
          .filter((summary): summary is StorySummary => summary !== null)
          .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)),
      );
    },

    async create() {
      const story = createEmptyStory(newId(), now());
      const written = await write(story);
      return written.ok ? ok(story) : written;
    },

    save(story) {
      const saved = { ...story, updatedAt: now().toISOString() };
      const previous = saveQueues.get(story.id) ?? Promise.resolve();
      const next = previous.then(() => write(saved));
      saveQueues.set(story.id, next);
      void next.then(() => {
        if (saveQueues.get(story.id) === next) saveQueues.delete(story.id);
      });
      return next;
    },
  };
}
