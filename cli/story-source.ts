import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fail, ok, type IpcResult } from '../shared/ipc/ipc-result';
import type { Story } from '../shared/story/story';
import { parseStoryFile } from '../electron/library/parse-story-file';
import { readStoryPackageFile } from '../electron/library/story-package';
import { AtomicWriteError, writeFileAtomic } from '../electron/storage/atomic-write';
import { describeFsError } from '../electron/storage/describe-fs-error';

/** A story ready to export: the story and the folder its `assets/` are in. */
export interface OpenedStory {
  readonly story: Story;
  readonly storyDir: string;
  /** Removes what opening made (a package's temporary folder); safe to call always. */
  close(): Promise<void>;
}

const STORY_FILE = 'story.json';

/** Reads `<folder>/story.json`; a folder without one is not a story folder. */
async function openFolder(folder: string, shownAs: string): Promise<IpcResult<OpenedStory>> {
  let text: string;
  try {
    text = await fs.readFile(path.join(folder, STORY_FILE), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      return fail('not-found', `${shownAs} is not a story folder: it holds no story.json.`);
    }
    const file = path.join(folder, STORY_FILE);
    return fail('io', `${file} could not be read (${code ?? 'unknown error'}).`);
  }
  const parsed = parseStoryFile(text);
  if (!parsed.ok) return parsed;
  return ok({ story: parsed.value, storyDir: folder, close: async () => {} });
}

/**
 * Unpacks a checked package into a temporary story folder under the system's
 * temp folder, which `close` removes. Only the images are written: the story
 * itself is already in memory.
 */
async function openPackage(file: string): Promise<IpcResult<OpenedStory>> {
  const read = await readStoryPackageFile(file);
  if (!read.ok) return read;
  const parsed = parseStoryFile(read.value.storyText);
  if (!parsed.ok) return parsed;
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsdesk-package-'));
  const close = () => fs.rm(dir, { recursive: true, force: true });
  try {
    await fs.mkdir(path.join(dir, 'assets'));
    // The names were checked by the reader (<sha256>.<ext>), so they stay inside assets/.
    for (const [name, bytes] of read.value.assets) {
      await writeFileAtomic(path.join(dir, 'assets', name), bytes);
    }
  } catch (error) {
    await close();
    const code =
      error instanceof AtomicWriteError ? error.code : (error as NodeJS.ErrnoException).code;
    return fail(
      'io',
      `The package could not be unpacked in ${os.tmpdir()}: ${describeFsError(code)}.`,
    );
  }
  return ok({ story: parsed.value, storyDir: dir, close });
}

/** Opens what the user named: a story folder, a story.json in one, or a .newsdesk package. */
export async function openStorySource(location: string): Promise<IpcResult<OpenedStory>> {
  let stat;
  try {
    stat = await fs.stat(location);
  } catch {
    return fail('not-found', `There is no story folder or package at ${location}.`);
  }
  if (stat.isDirectory()) return openFolder(location, location);
  if (path.basename(location) === STORY_FILE) return openFolder(path.dirname(location), location);
  return openPackage(location);
}
