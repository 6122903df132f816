import { forwardRef, useMemo, useState } from 'react';
import type { StorySummary } from '../../shared/story/story';
import { shortcutLabel } from '../shortcut-label';

interface StoryListProps {
  readonly stories: readonly StorySummary[];
  /** Why the library could not be listed, in plain words. */
  readonly error: string | null;
  readonly openId: string | null;
  readonly onOpen: (id: string) => void;
  readonly onCreate: () => void;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** The library sidebar: stories newest first, a filter box and the New button. */
export const StoryList = forwardRef<HTMLInputElement, StoryListProps>(function StoryList(
  { stories, error, openId, onOpen, onCreate },
  filterRef,
) {
  const [filter, setFilter] = useState('');
  const shown = useMemo(() => {
    const needle = filter.trim().toLocaleLowerCase();
    return needle
      ? stories.filter((s) => s.headline.toLocaleLowerCase().includes(needle))
      : stories;
  }, [stories, filter]);

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
        ref={filterRef}
        className="nd-filter"
        type="search"
        placeholder={`Filter headlines (${shortcutLabel('O')})`}
        aria-label="Filter stories"
        value={filter}
        onChange={(event) => setFilter(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && shown[0]) onOpen(shown[0].id);
        }}
      />
      <ul className="nd-story-list">
        {shown.map((story) => (
          <li key={story.id}>
            <button
              type="button"
              className="nd-story-item"
              aria-current={story.id === openId ? 'true' : undefined}
              onClick={() => onOpen(story.id)}
            >
              <span className="nd-story-title">{story.headline || 'Untitled story'}</span>
              <span className="nd-story-meta">
                {dateFormat.format(new Date(story.updatedAt))} · {story.words.toLocaleString()}{' '}
                words
              </span>
            </button>
          </li>
        ))}
      </ul>
      {error && (
        <p className="nd-hint nd-error" role="alert">
          {error}
        </p>
      )}
      {!error && stories.length === 0 && (
        <p className="nd-hint">No stories yet. Start one with New.</p>
      )}
      {stories.length > 0 && shown.length === 0 && (
        <p className="nd-hint">No headline matches “{filter}”.</p>
      )}
    </nav>
  );
});
