import type { StoryStatus, StorySummary } from '../../shared/story/story';
import type { StorySort } from '../../shared/story/story-summary';

/** What the sidebar asks for: all optional; filters are exact. */
export interface LibraryQuery {
  readonly query?: string;
  readonly status?: StoryStatus;
  /** '' lists the stories that have no desk. */
  readonly desk?: string;
  /** Ignored when there is a query: matches come best first. */
  readonly sort?: StorySort;
}

/** One story in the library index. */
export interface Entry {
  /** Null when story.json could not be read as a story: kept out of the list. */
  readonly summary: StorySummary | null;
  /** `mtime:size` of story.json when read; null until known, so the next start re-reads it. */
  file: string | null;
  readonly time: number;
}

// Sidebar orders: newest first, or by status (draft, subbing, ready), newest first within each.
const STATUS_RANK: Record<StoryStatus, number> = { draft: 0, subbing: 1, ready: 2 };
const newestFirst = (a: Entry, b: Entry) =>
  b.time - a.time || (a.summary!.id < b.summary!.id ? -1 : 1);
export const SORTS: Record<StorySort, (a: Entry, b: Entry) => number> = {
  updated: newestFirst,
  status: (a, b) =>
    STATUS_RANK[a.summary!.status] - STATUS_RANK[b.summary!.status] || newestFirst(a, b),
};

/** An index entry for a story's summary (null: unreadable) and its file stamp. */
export function entryOf(summary: StorySummary | null, file: string | null): Entry {
  return { summary, file, time: summary ? Date.parse(summary.updatedAt) : 0 };
}

/** The summaries of `rows` that pass the filters, in the rows' order; unreadable stories left out. */
export function filteredSummaries(
  rows: readonly (Entry | undefined)[],
  status: StoryStatus | undefined,
  desk: string | undefined,
): StorySummary[] {
  const summaries: StorySummary[] = [];
  for (const entry of rows) {
    const summary = entry?.summary;
    if (!summary) continue;
    if (status !== undefined && summary.status !== status) continue;
    if (desk !== undefined && summary.desk !== desk) continue;
    summaries.push(summary);
  }
  return summaries;
}
