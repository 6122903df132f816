import { STORY_STATUSES, type StoryStatus } from '../../shared/story/story';
import { STORY_SORTS, type StorySort } from '../../shared/story/story-summary';
import { SORT_LABELS, STATUS_LABELS } from './library-labels';
import type { LibraryFilter } from './use-library-query';

interface LibraryFiltersProps {
  readonly filter: LibraryFilter;
  readonly desks: readonly string[];
  /** Whether some story has no desk (then "No desk" is offered). */
  readonly deskless: boolean;
  readonly onChange: (filter: LibraryFilter) => void;
  /** "12 stories found", shown beside the order; null hides the line. */
  readonly count: string | null;
}

// Desk names are free text, so a desk's option value carries a prefix no sentinel can clash with.
const ALL = 'all';
const NONE = 'none';
const deskValue = (desk: string | null) =>
  desk === null ? ALL : desk === '' ? NONE : `desk:${desk}`;
const deskOf = (value: string) => (value === ALL ? null : value === NONE ? '' : value.slice(5));

/** Status, desk and order of the library list. */
export function LibraryFilters({ filter, desks, deskless, onChange, count }: LibraryFiltersProps) {
  const searching = filter.query.trim() !== '';
  // A desk chosen earlier stays offered even when no story is filed under it any more.
  const offered =
    filter.desk && !desks.includes(filter.desk) ? [...desks, filter.desk].sort() : desks;
  return (
    <>
      <div className="nd-library-filters">
        <select
          aria-label="Status filter"
          value={filter.status ?? ALL}
          onChange={(event) =>
            onChange({
              ...filter,
              status: event.target.value === ALL ? null : (event.target.value as StoryStatus),
            })
          }
        >
          <option value={ALL}>All statuses</option>
          {STORY_STATUSES.map((status) => (
            <option key={status} value={status}>
              {STATUS_LABELS[status]}
            </option>
          ))}
        </select>
        <select
          aria-label="Desk filter"
          value={deskValue(filter.desk)}
          onChange={(event) => onChange({ ...filter, desk: deskOf(event.target.value) })}
        >
          <option value={ALL}>All desks</option>
          {offered.map((desk) => (
            <option key={desk} value={deskValue(desk)}>
              {desk}
            </option>
          ))}
          {(deskless || filter.desk === '') && <option value={NONE}>No desk</option>}
        </select>
      </div>
      {count !== null && (
        <div className="nd-library-bar">
          <p className="nd-library-count" aria-live="polite">
            {count}
          </p>
          <select
            aria-label="Order"
            value={searching ? 'relevance' : filter.sort}
            disabled={searching}
            title={searching ? 'Search results come best match first' : undefined}
            onChange={(event) => onChange({ ...filter, sort: event.target.value as StorySort })}
          >
            {searching && <option value="relevance">Best match</option>}
            {STORY_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {SORT_LABELS[sort]}
              </option>
            ))}
          </select>
        </div>
      )}
    </>
  );
}
