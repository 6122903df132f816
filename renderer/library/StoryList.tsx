import { forwardRef, useMemo, useState } from 'react';
import type { NewsdeskApi } from '../../shared/ipc/newsdesk-api';
import type { StorySummary } from '../../shared/story/story';
import { shortcutLabel } from '../shortcut-label';
import { LibraryFilters } from './LibraryFilters';
import { StoryRows } from './StoryRows';
import { NO_FILTER, useLibraryQuery, type LibraryFilter } from './use-library-query';

interface StoryListProps {
  /** Every story, newest first (the app refreshes it after each save). */
  readonly stories: readonly StorySummary[];
  /** Asks main's library index for a search or a filtered list. */
  readonly listStories: NewsdeskApi['listStories'];
  /** Why the library could not be listed, in plain words. */
  readonly error: string | null;
  readonly openId: string | null;
  readonly onOpen: (id: string) => void;
  readonly onCreate: () => void;
}

let startingList: readonly StorySummary[] | undefined;
/** The list the app passed first (its empty starting value), remembered across remounts. */
function firstList(stories: readonly StorySummary[]) {
  startingList ??= stories;
  return startingList;
}

function countLabel(count: number, filtered: boolean): string {
  const number = count.toLocaleString();
  if (filtered) return count === 1 ? '1 story found' : `${number} stories found`;
  return count === 1 ? '1 story' : `${number} stories`;
}

/**
 * The library sidebar: full-text search (Ctrl/Cmd+O; Enter opens the first
 * match), status and desk filters, the order, and the stories, with New.
 */
export const StoryList = forwardRef<HTMLInputElement, StoryListProps>(function StoryList(
  { stories, listStories, error, openId, onOpen, onCreate },
  searchRef,
) {
  const [filter, setFilter] = useState<LibraryFilter>(NO_FILTER);
  // Until main first answers, the app holds the list it started with: a library
  // being indexed for the first time (10,000 stories take seconds) is not an empty one.
  const answered = stories !== firstList(stories) || error !== null;
  const result = useLibraryQuery(listStories, stories, filter);
  const desks = useMemo(
    () => [...new Set(stories.map((story) => story.desk).filter(Boolean))].sort(),
    [stories],
  );
  const deskless = useMemo(() => stories.some((story) => story.desk === ''), [stories]);
  const problem = error ?? result.error;
  // Only the order changed: still every story, not a selection.
  const filtered = filter.query.trim() !== '' || filter.status !== null || filter.desk !== null;
  const nothingFound =
    !problem && !result.searching && stories.length > 0 && result.shown.length === 0;

  return (
    <nav className="nd-sidebar" aria-label="Stories">
      <header className="nd-sidebar-head">
        <h2>Stories</h2>
        <button
          type="button"
          className="nd-primary"
          onClick={onCreate}
          title={`New story (${shortcutLabel('N')})`}
        >
          New
        </button>
      </header>
      <input
        ref={searchRef}
        className="nd-filter"
        type="search"
        placeholder={`Search stories (${shortcutLabel('O')})`}
        aria-label="Filter stories"
        maxLength={200}
        value={filter.query}
        onChange={(event) => setFilter({ ...filter, query: event.target.value })}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            void result.first().then((story) => story && onOpen(story.id));
          } else if (event.key === 'Escape' && filter.query) {
            event.preventDefault();
            setFilter({ ...filter, query: '' });
          }
        }}
      />
      <LibraryFilters
        filter={filter}
        desks={desks}
        deskless={deskless}
        onChange={setFilter}
        count={
          stories.length === 0
            ? null
            : result.searching
              ? 'Searching…'
              : countLabel(result.shown.length, filtered)
        }
      />
      <StoryRows
        key={JSON.stringify(filter)}
        stories={result.shown}
        openId={openId}
        onOpen={onOpen}
      />
      {problem && (
        <p className="nd-hint nd-error" role="alert">
          {problem}
        </p>
      )}
      {!problem && stories.length === 0 && (
        <p className="nd-hint">
          {answered ? 'No stories yet. Start one with New.' : 'Reading the library…'}
        </p>
      )}
      {nothingFound && (
        <p className="nd-hint">
          {result.answeredQuery
            ? `No story matches “${result.answeredQuery}”${filter.status || filter.desk !== null ? ' with these filters' : ''}.`
            : 'No story matches these filters.'}
        </p>
      )}
    </nav>
  );
});
