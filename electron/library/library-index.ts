import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ok, type IpcResult } from '../../shared/ipc/ipc-result';
import type { Story, StorySummary } from '../../shared/story/story';
import {
  storySearchText,
  summarizeStory,
  type StorySearchText,
  type StorySort,
} from '../../shared/story/story-summary';
import { writeFileAtomic } from '../storage/atomic-write';
import { readIndexFile, writeIndexFile, type IndexFileEntry } from './library-index-file';
import { eachLimited, openFolderScan } from './library-scan';
import { createLibrarySearch, loadLibrarySearch, type LibrarySearch } from './library-search';
import {
  entryOf,
  filteredSummaries,
  SORTS,
  type Entry,
  type LibraryQuery,
} from './library-entries';

export type { LibraryQuery } from './library-entries';

/** The summaries of the library, kept in the library folder so a start need not read every story. */
export const INDEX_FILE = '.newsdesk-index.json';
/** MiniSearch's index, saved so a start need not re-index every word. */
export const SEARCH_FILE = '.newsdesk-search.cache';

/**
 * The library's index in main (DESIGN.md, Storage): a summary of every story
 * and a full-text index, so listing and searching thousands of stories does
 * not read them. A cache: rebuilt from the story folders whenever it is
 * missing, damaged or out of date.
 */
export interface LibraryIndex {
  /**
   * Resolves once the list is complete: loads the index the first time, and
   * after that checks the library folder for stories added or removed behind
   * its back (one readdir). An error when the library folder cannot be read.
   */
  ready(): Promise<IpcResult<void>>;
  /** Resolves once full-text search covers every story (loads the index if need be). */
  searchReady(): Promise<IpcResult<void>>;
  /** Call after every successful save, with the story as saved. */
  update(story: Story): void;
  remove(id: string): void;
  /** The stories matching `request`: best match first for a query, else by `sort`. */
  query(request: LibraryQuery): StorySummary[];
  /** The desks stories are filed under, for the filter menu. */
  desks(): string[];
  /** Writes what is not yet on disk (call before quitting). */
  flush(): Promise<void>;
}

export interface LibraryIndexOptions {
  /** Reads and validates one story; null when it cannot be read as a story. */
  readonly readStory: (id: string) => Promise<Story | null>;
  /** How long after the last change the index file is written. */
  readonly persistDelayMs?: number;
  /** Reports a failed index write (the index is a cache, so nothing is lost). */
  readonly warn?: (message: string, error: unknown) => void;
  /**
   * The story id a folder name carries, or null for a folder that is not a
   * story's. By default "<id>" or "<slug>--<id>".
   */
  readonly storyIdOf?: (folderName: string) => string | null;
}

type Change = { story: Story } | { removed: true };

/** Lets timers and IPC run between slices of a long job in main. */
const breather = () => new Promise((resolve) => setImmediate(resolve));

/** Opens the index of the library at `root`; nothing is read until ready() is called. */
export function openLibraryIndex(root: string, options: LibraryIndexOptions): LibraryIndex {
  const { readStory, persistDelayMs = 1_000, warn = console.warn } = options;
  const scan = openFolderScan(root, options.storyIdOf);
  const { fileKey } = scan;
  const storyFolders = () => scan.list();
  const indexFile = path.join(root, INDEX_FILE);
  const searchFile = path.join(root, SEARCH_FILE);
  let entries = new Map<string, Entry>();
  let loading: Promise<IpcResult<void>> | null = null;
  let rescanning: Promise<IpcResult<void>> | null = null;
  let loaded = false;
  let search: LibrarySearch | null = null;
  let searching: Promise<void> | null = null;
  // Saves that arrive while the index or the search is being built, applied after it.
  const entryChanges = new Map<string, Change>();
  const searchChanges = new Map<string, Change>();
  const sorted = new Map<StorySort, Entry[]>();
  let dirty = false;
  let searchDirty = false;
  let timer: NodeJS.Timeout | null = null;
  let writing: Promise<void> = Promise.resolve();
  const stamps = new Set<Promise<void>>();

  /**
   * Lists from the index file, reading only the story folders it does not
   * know; then, in the background, checks every story file's stamp and builds
   * the search (verify and buildSearch).
   */
  async function load(): Promise<IpcResult<void>> {
    const folders = await storyFolders();
    if (!folders.ok) return folders;
    const stored: Map<string, IndexFileEntry> = await readIndexFile(indexFile);
    const fresh = new Map<string, Entry>();
    const texts = new Map<string, StorySearchText>();
    const unknown: string[] = [];
    for (const id of folders.value) {
      const known = stored.get(id);
      if (known) fresh.set(id, entryOf(known.summary, known.file));
      else unknown.push(id);
    }
    await eachLimited(unknown, 16, async (id) => {
      const key = await fileKey(id);
      if (key === null) return; // a folder without a story file
      const story = await readStory(id);
      fresh.set(id, entryOf(story && summarizeStory(story), key));
      if (story) texts.set(id, storySearchText(story));
    });
    entries = fresh;
    loaded = true;
    for (const [id, change] of entryChanges) applyEntry(id, change);
    entryChanges.clear();
    if (fresh.size !== stored.size || unknown.length > 0) markDirty();
    searching = Promise.all([verify(texts, new Set(unknown)), loadSearch()])
      .then(([, saved]) => buildSearch(saved, texts))
      .catch((error: unknown) => warn('[index] search failed', error));
    return ok(undefined);
  }

  /**
   * Reads again every story whose file changed since the index file was
   * written: saved just before a crash, or edited by another program.
   */
  async function verify(texts: Map<string, StorySearchText>, justRead: ReadonlySet<string>) {
    await eachLimited([...entries.keys()], 16, async (id) => {
      const entry = entries.get(id);
      if (!entry || justRead.has(id)) return;
      const key = await fileKey(id);
      if (key !== null && key === entry.file) return;
      const story = key === null ? null : await readStory(id);
      if (entries.get(id) !== entry) return; // a save came in meanwhile: it is newer
      if (key === null) entries.delete(id);
      else entries.set(id, entryOf(story && summarizeStory(story), key));
      if (story) texts.set(id, storySearchText(story));
      markDirty();
    });
  }

  async function loadSearch(): Promise<LibrarySearch | null> {
    const saved = await fs.readFile(searchFile).catch(() => null);
    return saved && loadLibrarySearch(saved);
  }

  /** Brings the saved search index up to date with the entries: only changed stories are indexed. */
  async function buildSearch(saved: LibrarySearch | null, texts: Map<string, StorySearchText>) {
    const index = saved ?? createLibrarySearch();
    let reindexed = saved ? 0 : 1;
    for (const id of index.ids()) {
      if (!entries.get(id)?.summary) {
        index.remove(id);
        reindexed += 1;
      }
    }
    let slice = performance.now();
    for (const [id, entry] of entries) {
      if (!entry.summary || (entry.file !== null && index.versionOf(id) === entry.file)) continue;
      let text = texts.get(id);
      texts.delete(id);
      if (!text) {
        const story = await readStory(id);
        if (!story) continue;
        text = storySearchText(story);
      }
      index.put(id, text, entry.file);
      reindexed += 1;
      if (performance.now() - slice > 12) {
        await breather();
        slice = performance.now();
      }
    }
    search = index;
    for (const [id, change] of searchChanges) applySearch(id, change);
    searchChanges.clear();
    // A few stories are cheaper to index again at the next start than the file is to write now.
    if (reindexed > 0) searchDirty = true;
    if (reindexed >= 50) void queueWrite(writeSearch);
  }

  function applyEntry(id: string, change: Change) {
    const before = entries.get(id);
    if ('removed' in change) entries.delete(id);
    else entries.set(id, entryOf(summarizeStory(change.story), null));
    if (before || !('removed' in change)) markDirty();
  }

  function applySearch(id: string, change: Change) {
    if (!search) return void searchChanges.set(id, change);
    if ('removed' in change) search.remove(id);
    else search.put(id, storySearchText(change.story), null);
    searchDirty = true;
  }

  function markDirty() {
    sorted.clear();
    dirty = true;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      void queueWrite(writeEntries);
    }, persistDelayMs);
    timer.unref?.();
  }

  /** Index writes go one after another, so an older one never lands last. */
  function queueWrite(write: () => Promise<void>): Promise<void> {
    writing = writing.then(write).catch((error: unknown) => {
      // The library folder is gone (moved, or a test cleaned it up): nothing to keep an index for.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') warn('[index] not saved', error);
    });
    return writing;
  }

  async function writeEntries() {
    if (!dirty) return;
    dirty = false;
    const rows = [...entries].map(([id, { summary, file }]) => ({ id, summary, file }));
    await writeIndexFile(indexFile, rows).catch((error: unknown) => {
      dirty = true;
      throw error;
    });
  }

  async function writeSearch() {
    if (!search || !searchDirty) return;
    searchDirty = false;
    await writeFileAtomic(searchFile, search.serialize()).catch((error: unknown) => {
      searchDirty = true;
      throw error;
    });
  }

  function change(id: string, next: Change) {
    if (!loaded) entryChanges.set(id, next);
    else applyEntry(id, next);
    applySearch(id, next);
  }

  function sortedBy(sort: StorySort): Entry[] {
    let list = sorted.get(sort);
    if (!list) {
      list = [...entries.values()].filter((entry) => entry.summary).sort(SORTS[sort]);
      sorted.set(sort, list);
    }
    return list;
  }

  function loadOnce(): Promise<IpcResult<void>> {
    if (loaded) return Promise.resolve(ok(undefined));
    loading ??= load().then((result) => {
      if (!result.ok) loading = null; // the folder may be fixed: try again next time
      return result;
    });
    return loading;
  }

  /** Takes in story folders that appeared (a sync tool, another program) and drops those gone. */
  async function rescan(): Promise<IpcResult<void>> {
    const folders = await storyFolders();
    if (!folders.ok) return folders;
    const present = new Set(folders.value);
    for (const id of [...entries.keys()]) if (!present.has(id)) change(id, { removed: true });
    const added = folders.value.filter((id) => !entries.has(id));
    await eachLimited(added, 16, async (id) => {
      const key = await fileKey(id);
      const story = key === null ? null : await readStory(id);
      if (key === null || entries.has(id)) return; // no story file yet, or a save came in first
      entries.set(id, entryOf(story && summarizeStory(story), key));
      if (story) applySearch(id, { story });
      markDirty();
    });
    return ok(undefined);
  }

  return {
    ready() {
      if (!loaded) return loadOnce();
      rescanning ??= rescan().finally(() => (rescanning = null));
      return rescanning;
    },

    async searchReady() {
      const loadedNow = await loadOnce();
      if (loadedNow.ok) await searching;
      return loadedNow;
    },

    update(story) {
      change(story.id, { story });
      // The file's stamp, so the next start knows this entry is current without reading it.
      const stamp = fileKey(story.id).then((key) => {
        stamps.delete(stamp);
        const entry = entries.get(story.id);
        if (key === null || entry?.summary?.updatedAt !== story.updatedAt) return;
        entry.file = key;
        if (search?.versionOf(story.id) === null) search.retag(story.id, key);
      });
      stamps.add(stamp);
    },

    remove(id) {
      change(id, { removed: true });
    },

    query({ query, status, desk, sort = 'updated' }) {
      const text = query?.trim() ?? '';
      let rows: (Entry | undefined)[];
      if (text === '') rows = sortedBy(sort);
      else if (search) rows = search.search(text).map((id) => entries.get(id));
      else {
        // Until the search index is built, headlines only (the IPC handler waits for it).
        const needle = text.toLocaleLowerCase();
        rows = sortedBy(sort).filter((entry) =>
          entry.summary!.headline.toLocaleLowerCase().includes(needle),
        );
      }
      return filteredSummaries(rows, status, desk);
    },

    desks() {
      const desks = new Set<string>();
      for (const { summary } of entries.values()) if (summary?.desk) desks.add(summary.desk);
      return [...desks].sort((a, b) => a.localeCompare(b));
    },

    async flush() {
      if (timer) clearTimeout(timer);
      timer = null;
      await searching;
      await Promise.all(stamps);
      await queueWrite(writeEntries);
      await queueWrite(writeSearch);
    },
  };
}
