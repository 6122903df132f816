import { promises as fs, type Dirent } from 'node:fs';
import path from 'node:path';
import { fail, ok, type IpcResult } from '../../shared/ipc/ipc-result';
import { StoryIdSchema } from '../../shared/story/story-schema';
import { describeFsError } from '../storage/describe-fs-error';

/** "<id>" or "<anything>--<id>": the id is what counts; the name is only ever read, never built. */
function defaultStoryIdOf(name: string): string | null {
  const id = name.slice(-36);
  if (name.length !== 36 && !name.endsWith(`--${id}`)) return null;
  return StoryIdSchema.safeParse(id).success ? id : null;
}

/** What the index sees of the library folder: which stories it holds, and their files' stamps. */
export interface FolderScan {
  /** The ids of the story folders; an error in plain words when the folder cannot be read. */
  list(): Promise<IpcResult<string[]>>;
  /** `mtime:size` of a story's story.json; null when there is none. */
  fileKey(id: string): Promise<string | null>;
}

/** Scans the library folder at `root`; folder names map to ids through `storyIdOf`. */
export function openFolderScan(
  root: string,
  storyIdOf: (folderName: string) => string | null = defaultStoryIdOf,
): FolderScan {
  // Each story's folder as last seen: names may change (they follow the slug), ids do not.
  let folderNames = new Map<string, string>();

  async function fileKey(id: string): Promise<string | null> {
    const file = path.join(root, folderNames.get(id) ?? id, 'story.json');
    const stat = await fs.stat(file).catch(() => null);
    if (stat?.isFile()) return `${stat.mtimeMs}:${stat.size}`;
    // A new story, or a folder renamed for a new slug: look again once.
    if (!(await list()).ok || !folderNames.has(id)) return null;
    const again = await fs
      .stat(path.join(root, folderNames.get(id)!, 'story.json'))
      .catch(() => null);
    return again?.isFile() ? `${again.mtimeMs}:${again.size}` : null;
  }

  async function list(): Promise<IpcResult<string[]>> {
    let found: Dirent[];
    try {
      found = await fs.readdir(root, { withFileTypes: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return ok([]);
      return fail('io', `The library folder cannot be read: ${describeFsError(code)}.`);
    }
    const names = new Map<string, string>();
    for (const entry of found) {
      const id = entry.isDirectory() ? storyIdOf(entry.name) : null;
      // Two folders for one id (a copy): the one named by the id alone wins, as in the library.
      if (id && (!names.has(id) || entry.name === id)) names.set(id, entry.name);
    }
    folderNames = names;
    return ok([...names.keys()]);
  }

  return { list, fileKey };
}

/** Runs `task` over `items`, at most `limit` at a time (10,000 open files at once would fail). */
export async function eachLimited<T>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<void>,
) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
