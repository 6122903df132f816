import { existsSync, lstatSync, promises as fs, readdirSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { storyFolderName, storyIdOfFolder } from '../../shared/story/story-folder-name';
import { StoryIdSchema } from '../../shared/story/story-schema';

/**
 * Where each story's folder is. Folder names follow the slug
 * (`<slug>--<id>`), so the app never builds a story's path from a name it
 * read: it looks the id up here, and only names it made itself are used.
 */
export interface StoryFolders {
  /** The folder of a story (where a new one will go when it has none), or null for a bad id. */
  dirOf(id: string): string | null;
  /** The ids of every story folder in the library. */
  ids(): string[];
  /**
   * Makes sure the story has a folder named for its slug: creates it, or
   * renames the old one (an atomic rename: the contents move with it).
   */
  follow(id: string, slug: string): Promise<string>;
}

function isLink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

function scan(root: string): Map<string, string> {
  let entries: Dirent[];
  try {
    entries = readdirSync(root, { withFileTypes: true });
  } catch {
    return new Map(); // no library yet (or unreadable: listing reports that)
  }
  const folders = new Map<string, string>();
  for (const entry of entries) {
    const id = entry.isDirectory() ? storyIdOfFolder(entry.name) : null;
    // Two folders for one id (a crash mid-rename cannot make one, a copy can): the plain id wins.
    if (id && (!folders.has(id) || entry.name === id)) folders.set(id, entry.name);
  }
  return folders;
}

export function openStoryFolders(root: string): StoryFolders {
  let folders = scan(root);

  function dirOf(id: string): string | null {
    if (!StoryIdSchema.safeParse(id).success) return null;
    let name = folders.get(id);
    // Another part of the app (or another window) may have renamed it: look again.
    if (name === undefined || !existsSync(path.join(root, name))) {
      folders = scan(root);
      name = folders.get(id);
    }
    if (name !== undefined) return path.join(root, name);
    // Not a folder of the library (yet). A link in its place would lead elsewhere: refused.
    const fresh = path.join(root, id);
    return isLink(fresh) ? null : fresh;
  }

  return {
    dirOf,
    ids: () => {
      folders = scan(root);
      return [...folders.keys()];
    },
    async follow(id, slug) {
      const current = dirOf(id);
      if (current === null) throw new Error('not a story id');
      const wanted = path.join(root, storyFolderName(id, slug));
      if (current !== wanted && existsSync(current) && !existsSync(wanted)) {
        await fs.rename(current, wanted); // the slug changed: the folder follows
      } else if (current !== wanted && !existsSync(current)) {
        await fs.mkdir(wanted, { recursive: true }); // a new story
      } else {
        await fs.mkdir(current, { recursive: true }); // already right (or the name is taken: stay)
        return current;
      }
      folders.set(id, path.basename(wanted));
      return wanted;
    },
  };
}
