import { useCallback, useEffect, useMemo, useState } from 'react';
import type { IpcRequest } from '../../shared/ipc/contract';
import type { NewsdeskApi } from '../../shared/ipc/newsdesk-api';
import type { StoryStatus, StorySummary } from '../../shared/story/story';
import type { StorySort } from '../../shared/story/story-summary';

/** What the sidebar shows: a search and filters, as the user set them. */
export interface LibraryFilter {
  readonly query: string;
  /** null: every status. */
  readonly status: StoryStatus | null;
  /** null: every desk; '': stories filed under no desk. */
  readonly desk: string | null;
  readonly sort: StorySort;
}

export const NO_FILTER: LibraryFilter = { query: '', status: null, desk: null, sort: 'updated' };

/** Typing pauses this long before the search goes to main. */
export const SEARCH_DELAY_MS = 120;

type ListRequest = IpcRequest<'listStories'>;

function requestOf({ query, status, desk, sort }: LibraryFilter): ListRequest {
  const text = query.trim().slice(0, 200);
  return {
    ...(text ? { query: text } : {}),
    ...(status ? { status } : {}),
    ...(desk !== null ? { desk } : {}),
    ...(sort !== 'updated' ? { sort } : {}),
  };
}

interface Answer {
  readonly key: string;
  readonly stories: readonly StorySummary[];
  readonly error: string | null;
}

/**
 * The stories to show for `filter`. With no search and no filter that is
 * `all` (the app's own list, newest first); otherwise main's index answers,
 * the search text after a short pause in typing. A slower answer never
 * replaces a newer one, and the last answer stays up while the next is on its way.
 */
export function useLibraryQuery(
  listStories: NewsdeskApi['listStories'],
  all: readonly StorySummary[],
  filter: LibraryFilter,
) {
  const [typed, setTyped] = useState(filter.query);
  useEffect(() => {
    const timer = setTimeout(() => setTyped(filter.query), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [filter.query]);

  const request = useMemo(() => requestOf({ ...filter, query: typed }), [filter, typed]);
  const key = JSON.stringify(request);
  const [answer, setAnswer] = useState<Answer | null>(null);

  useEffect(() => {
    if (key === '{}') return;
    let current = true;
    void listStories(JSON.parse(key) as ListRequest).then((result) => {
      if (!current) return;
      setAnswer({
        key,
        stories: result.ok ? result.value : [],
        error: result.ok ? null : result.error.message,
      });
    });
    return () => {
      current = false;
    };
    // `all` changes after every save: a filtered list is asked for again then.
  }, [listStories, key, all]);

  const unfiltered = key === '{}';
  const shown = unfiltered ? all : (answer?.stories ?? []);

  /** The first story for the text as typed now, even if the pause has not ended yet. */
  const first = useCallback(async (): Promise<StorySummary | null> => {
    const now = requestOf(filter);
    const nowKey = JSON.stringify(now);
    if (nowKey === '{}') return all[0] ?? null;
    if (nowKey === answer?.key) return answer.stories[0] ?? null;
    const result = await listStories(now);
    return result.ok ? (result.value[0] ?? null) : null;
  }, [filter, all, answer, listStories]);

  return {
    shown,
    unfiltered,
    searching: !unfiltered && answer?.key !== key,
    error: unfiltered ? null : (answer?.error ?? null),
    /** The search text the shown list answers. */
    answeredQuery: request.query ?? '',
    first,
  };
}
