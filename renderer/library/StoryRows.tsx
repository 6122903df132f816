import { memo, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { StorySummary } from '../../shared/story/story';
import { fullUpdated, shortUpdated, STATUS_LABELS, wordsLabel } from './library-labels';

/** Every row is this tall (library.css keeps it so): the list draws only the rows in view. */
export const ROW_HEIGHT = 60;
// Rows drawn above and below the view, so a fast scroll shows no gap.
const OVERSCAN = 8;

interface StoryRowsProps {
  readonly stories: readonly StorySummary[];
  readonly openId: string | null;
  readonly onOpen: (id: string) => void;
}

const StoryRow = memo(function StoryRow({
  story,
  current,
  onOpen,
}: {
  readonly story: StorySummary;
  readonly current: boolean;
  readonly onOpen: (id: string) => void;
}) {
  const headline = story.headline || 'Untitled story';
  return (
    <button
      type="button"
      className="nd-story-item"
      aria-current={current ? 'true' : undefined}
      onClick={() => onOpen(story.id)}
      title={headline}
    >
      <span className="nd-story-line">
        <span className="nd-story-title">{headline}</span>
        <time dateTime={story.updatedAt} title={fullUpdated(story.updatedAt)}>
          {shortUpdated(story.updatedAt)}
        </time>
      </span>
      <span className="nd-story-meta">
        <span className={`nd-status-badge nd-status-badge-${story.status}`}>
          {STATUS_LABELS[story.status]}
        </span>
        {story.desk && <span className="nd-story-desk">{story.desk}</span>}
        <span className="nd-story-words">{wordsLabel(story.words)}</span>
      </span>
    </button>
  );
});

/**
 * The story list, drawn as a window over the rows in view: ten thousand
 * stories cost the page no more than a screenful. Up and Down move between rows.
 * Give it a new `key` for a new search or filter, so it starts at the top.
 */
export function StoryRows({ stories, openId, onOpen }: StoryRowsProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(800);

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setHeight(element.clientHeight));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // Focus moves once the row it goes to is drawn (after the scroll that brings it into view).
  const focusRow = useRef<number | null>(null);
  useEffect(() => {
    if (focusRow.current === null) return;
    const row = scroller.current?.querySelector<HTMLElement>(
      `[data-row="${focusRow.current}"] button`,
    );
    if (!row) return;
    row.focus();
    focusRow.current = null;
  });

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(stories.length, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);

  function moveFocus(event: KeyboardEvent<HTMLUListElement>) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-row]');
    if (!row || !scroller.current) return;
    event.preventDefault();
    const step = event.key === 'ArrowDown' ? 1 : -1;
    const target = Math.min(stories.length - 1, Math.max(0, Number(row.dataset.row) + step));
    const element = scroller.current;
    const top = target * ROW_HEIGHT;
    if (top < element.scrollTop) element.scrollTop = top;
    else if (top + ROW_HEIGHT > element.scrollTop + element.clientHeight)
      element.scrollTop = top + ROW_HEIGHT - element.clientHeight;
    setScrollTop(element.scrollTop);
    focusRow.current = target;
  }

  return (
    <div
      ref={scroller}
      className="nd-story-scroll"
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
    >
      <ul
        className="nd-story-list"
        style={{ height: stories.length * ROW_HEIGHT }}
        onKeyDown={moveFocus}
      >
        {stories.slice(first, last).map((story, offset) => (
          <li
            key={story.id}
            data-row={first + offset}
            aria-setsize={stories.length}
            aria-posinset={first + offset + 1}
            style={{ top: (first + offset) * ROW_HEIGHT }}
          >
            <StoryRow story={story} current={story.id === openId} onOpen={onOpen} />
          </li>
        ))}
      </ul>
    </div>
  );
}
