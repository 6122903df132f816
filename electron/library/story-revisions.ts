import { mapLimited } from '../map-limited';
import { randomBytes } from 'node:crypto';
import { promises as fs, type Dirent } from 'node:fs';
import path from 'node:path';
import { fail, ok, type IpcResult } from '../../shared/ipc/ipc-result';
import {
  revisionId,
  revisionTime,
  revisionsToKeep,
  type RevisionReason,
  type RevisionSummary,
} from '../../shared/storage/revision-retention';
import type { Story } from '../../shared/story/story';
import {
  AtomicWriteError,
  nodeIo,
  writeFileAtomic,
  type AtomicWriteIo,
} from '../storage/atomic-write';
import { describeFsError } from '../storage/describe-fs-error';
import {
  readRevisionHeader,
  readRevisionStory,
  revisionFileText,
  storyContentHash,
  type RevisionHeader,
} from './revision-file';
import type { StoryLibrary } from './story-library';

/** A story's revisions live in this folder of its story folder, one file each. */
export const HISTORY_FOLDER = 'history';
/** Timed revisions are taken at most this often per story while it is edited. */
export const TIMED_SNAPSHOT_MS = 5 * 60_000;
/** Revision files read at once while listing. */
const READ_CONCURRENCY = 16;

/** A revision that loads, with what the list shows of it. */
export interface GoodRevision {
  readonly revision: RevisionSummary;
  readonly story: Story;
}

/** Snapshots of a story, kept in `<story folder>/history/` with the retention policy. */
export interface StoryRevisions {
  /**
   * Keeps `story` as a revision (atomically), then thins out old ones. A story
   * identical to the newest revision but for its save time is not kept twice:
   * the answer is then that revision. Never rejects.
   */
  snapshot(
    storyDir: string,
    story: Story,
    reason: RevisionReason,
  ): Promise<IpcResult<RevisionSummary>>;
  /** The revisions, newest first; a damaged revision file is left out, not fatal. */
  list(storyDir: string): Promise<IpcResult<RevisionSummary[]>>;
  /** One revision's story, read and checked as story.json is. */
  load(storyDir: string, id: string): Promise<IpcResult<Story>>;
  /** The newest revision that loads, or null when none does. */
  newestGood(storyDir: string): Promise<GoodRevision | null>;
  /** True when a timed revision is due for this story (then the next is 5 minutes away). */
  shouldSnapshotTimed(storyId: string, now: Date): boolean;
}

export interface StoryRevisionsOptions {
  readonly now?: () => Date;
  /** Six lower-case hex digits that end a revision id. */
  readonly suffix?: () => string;
  /** The atomic-write seam, for tests of a full disk. */
  readonly io?: AtomicWriteIo;
}

const revisionFile = (storyDir: string, id: string) =>
  path.join(storyDir, HISTORY_FOLDER, `${id}.json`);

/** The ids of the revision files in a history folder, newest first. */
function revisionIds(entries: readonly Dirent[]): string[] {
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => entry.name.slice(0, -'.json'.length))
    .filter((id) => revisionTime(id) !== null)
    .sort()
    .reverse();
}

function summaryOf(id: string, header: RevisionHeader): RevisionSummary {
  const { savedAt, words, headline, reason } = header;
  return { id, savedAt, words, headline, reason };
}

const errorCode = (error: unknown) =>
  error instanceof AtomicWriteError ? error.code : (error as NodeJS.ErrnoException).code;

/** The entries of a story's history folder; none when it has no history yet. */
async function readHistory(storyDir: string): Promise<IpcResult<Dirent[]>> {
  const folder = path.join(storyDir, HISTORY_FOLDER);
  try {
    // lstat: a history that is a link to elsewhere is not followed.
    if (!(await fs.lstat(folder)).isDirectory()) {
      return fail('io', 'The story’s history is not a folder, so its revisions cannot be read.');
    }
    return ok(await fs.readdir(folder, { withFileTypes: true }));
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT') return ok([]);
    return fail('io', `The revisions could not be read: ${describeFsError(code)}.`);
  }
}

/** Makes the history folder; the story folder itself must exist (a deleted story stays deleted). */
async function makeHistory(storyDir: string): Promise<IpcResult<null>> {
  const folder = path.join(storyDir, HISTORY_FOLDER);
  try {
    await fs.mkdir(folder).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    });
    if ((await fs.lstat(folder)).isDirectory()) return ok(null);
    return fail('io', 'No revision was kept: the story’s history is not a folder.');
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT') return fail('not-found', 'This story is no longer in the library.');
    return fail('io', `No revision was kept: ${describeFsError(code)}.`);
  }
}

/** Removes the revisions the retention policy no longer keeps; a failure only leaves one more. */
async function prune(storyDir: string, now: number): Promise<void> {
  const history = await readHistory(storyDir);
  if (!history.ok) return;
  const ids = revisionIds(history.value);
  const keep = new Set(
    revisionsToKeep(
      ids.map((id) => revisionTime(id)!),
      now,
    ),
  );
  const unwanted = ids.filter((_id, index) => !keep.has(index));
  for (const id of unwanted) {
    await fs.unlink(revisionFile(storyDir, id)).catch((error: unknown) => {
      console.warn(`[revisions] could not remove revision ${id}`, error);
    });
  }
}

/** Opens the revisions service; `now` and `suffix` are seams for tests. */
export function openStoryRevisions(options: StoryRevisionsOptions = {}): StoryRevisions {
  const now = options.now ?? (() => new Date());
  const suffix = options.suffix ?? (() => randomBytes(3).toString('hex'));
  const io = options.io ?? nodeIo;
  // Snapshots of one story run one after another, so pruning never races a write.
  const queues = new Map<string, Promise<unknown>>();
  // When each story last had a revision taken, for the 5-minute rhythm of timed ones.
  const lastTaken = new Map<string, number>();

  async function list(storyDir: string): Promise<IpcResult<RevisionSummary[]>> {
    const history = await readHistory(storyDir);
    if (!history.ok) return history;
    const summaries = await mapLimited(revisionIds(history.value), READ_CONCURRENCY, async (id) => {
      const header = await readRevisionHeader(revisionFile(storyDir, id));
      return header ? summaryOf(id, header) : null;
    });
    return ok(summaries.filter((summary): summary is RevisionSummary => summary !== null));
  }

  function load(storyDir: string, id: string): Promise<IpcResult<Story>> {
    // The id becomes a file name: nothing but the strict pattern gets that far.
    if (revisionTime(id) === null) {
      return Promise.resolve(fail('invalid-request', 'That is not a revision of this story.'));
    }
    return readRevisionStory(revisionFile(storyDir, id));
  }

  async function write(
    storyDir: string,
    story: Story,
    reason: RevisionReason,
  ): Promise<IpcResult<RevisionSummary>> {
    const made = await makeHistory(storyDir);
    if (!made.ok) return made;
    const history = await readHistory(storyDir);
    const newestId = history.ok ? revisionIds(history.value)[0] : undefined;
    if (newestId) {
      const newest = await readRevisionHeader(revisionFile(storyDir, newestId));
      // Ctrl+S pressed again on unchanged text: the newest revision already holds it.
      if (newest?.content === storyContentHash(story)) return ok(summaryOf(newestId, newest));
    }
    const at = now();
    const id = revisionId(at, suffix());
    const { header, text } = revisionFileText(story, reason, at.toISOString());
    try {
      await writeFileAtomic(revisionFile(storyDir, id), text, io);
    } catch (error) {
      return fail('io', `No revision was kept: ${describeFsError(errorCode(error))}.`);
    }
    await prune(storyDir, at.getTime());
    return ok(summaryOf(id, header));
  }

  return {
    list,
    load,

    snapshot(storyDir, story, reason) {
      const run = () => write(storyDir, story, reason);
      const next = (queues.get(storyDir) ?? Promise.resolve())
        .then(run, run)
        .catch((error: unknown) => {
          console.error('[revisions] snapshot failed', error);
          return fail<RevisionSummary>('internal', 'No revision was kept: something went wrong.');
        });
      queues.set(storyDir, next);
      void next.then((result) => {
        if (result.ok) lastTaken.set(story.id, now().getTime());
        if (queues.get(storyDir) === next) queues.delete(storyDir);
      });
      return next;
    },

    async newestGood(storyDir) {
      const listed = await list(storyDir);
      if (!listed.ok) return null;
      for (const revision of listed.value) {
        const story = await load(storyDir, revision.id);
        if (story.ok) return { revision, story: story.value };
      }
      return null;
    },

    shouldSnapshotTimed(storyId, at) {
      const last = lastTaken.get(storyId);
      const time = at.getTime();
      // A clock set back counts as due, rather than no revision until it catches up.
      if (last !== undefined && time >= last && time - last < TIMED_SNAPSHOT_MS) return false;
      lastTaken.set(storyId, time);
      return true;
    },
  };
}

/** What the revision calls need of the library. */
type RevisionLibrary = Pick<StoryLibrary, 'storyDir' | 'load' | 'save'>;

function inStoryDir<T>(
  library: RevisionLibrary,
  storyId: string,
  run: (storyDir: string) => Promise<IpcResult<T>>,
): Promise<IpcResult<T>> {
  const storyDir = library.storyDir(storyId);
  if (storyDir === null) {
    return Promise.resolve(
      fail('invalid-request', 'That is not the id of a story in this library.'),
    );
  }
  return run(storyDir);
}

/** The listRevisions call: a story's revisions by its id, newest first. */
export function listStoryRevisions(
  library: RevisionLibrary,
  revisions: StoryRevisions,
  storyId: string,
): Promise<IpcResult<RevisionSummary[]>> {
  return inStoryDir(library, storyId, (storyDir) => revisions.list(storyDir));
}

/** The loadRevision call: one revision's story, for the preview. */
export function loadStoryRevision(
  library: RevisionLibrary,
  revisions: StoryRevisions,
  storyId: string,
  revisionId: string,
): Promise<IpcResult<Story>> {
  return inStoryDir(library, storyId, (storyDir) => revisions.load(storyDir, revisionId));
}

/**
 * The restoreRevision call: keeps story.json as it is now as a 'before-restore'
 * revision, then saves the revision's story as the story (in the library's
 * queue, with a new save time) and answers it. If the current version cannot
 * be kept first, nothing is restored: a restore is always undoable from the list.
 */
export function restoreStoryRevision(
  library: RevisionLibrary,
  revisions: StoryRevisions,
  storyId: string,
  revisionId: string,
): Promise<IpcResult<Story>> {
  return inStoryDir(library, storyId, async (storyDir) => {
    const revision = await revisions.load(storyDir, revisionId);
    if (!revision.ok) return revision;
    const current = await library.load(storyId);
    if (current.ok) {
      const kept = await revisions.snapshot(storyDir, current.value, 'before-restore');
      if (!kept.ok) {
        const why = kept.error.message.replace(/^No revision was kept: /, '');
        return fail(
          kept.error.code,
          `Not restored: the current version could not be kept first, because ${why}`,
        );
      }
    } else if (current.error.code !== 'not-found') {
      // A damaged story.json is set aside by opening the story, never overwritten here.
      return fail(current.error.code, `Not restored: ${current.error.message}`);
    }
    // The id is the folder's: a revision that came in a package imported under a new id belongs here.
    const restored: Story = { ...revision.value, id: storyId };
    // The version on disk, even one changed by another program, is now a revision: replacing it loses nothing.
    const saved = await library.save(restored, { overwrite: true });
    return saved.ok ? ok({ ...restored, updatedAt: saved.value.updatedAt }) : saved;
  });
}
