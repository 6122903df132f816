import type { Story } from '../../shared/story/story';
import type { StoryStats } from '../../shared/story/story-stats';

interface InspectorProps {
  readonly story: Story | null;
  readonly stats: StoryStats | null;
  /** When the open story last reached the disk. */
  readonly savedAt: string | null;
  readonly libraryPath: string;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** The right-hand panel: live counts and the story's facts. */
export function Inspector({ story, stats, savedAt, libraryPath }: InspectorProps) {
  return (
    <aside className="nd-inspector" aria-label="Inspector">
      <h2>Story</h2>
      {story && stats ? (
        <>
          <dl className="nd-counts">
            <div>
              <dt>Words</dt>
              <dd data-testid="word-count">{stats.words.toLocaleString()}</dd>
            </div>
            <div>
              <dt>Characters</dt>
              <dd>{stats.characters.toLocaleString()}</dd>
            </div>
            <div>
              <dt>Headline</dt>
              <dd>
                {stats.headlineCharacters}
                <small> chars</small>
              </dd>
            </div>
            <div>
              <dt>Reading time</dt>
              <dd>{stats.readingMinutes} min</dd>
            </div>
          </dl>
          <dl className="nd-facts">
            <dt>Created</dt>
            <dd>{dateFormat.format(new Date(story.createdAt))}</dd>
            <dt>Last saved</dt>
            <dd>{dateFormat.format(new Date(savedAt ?? story.updatedAt))}</dd>
            <dt>Story id</dt>
            <dd className="nd-mono">{story.id}</dd>
          </dl>
        </>
      ) : (
        <p className="nd-hint">Open a story to see its counts.</p>
      )}
      <footer className="nd-library-path" title={libraryPath}>
        Library: <span className="nd-mono">{libraryPath || '…'}</span>
      </footer>
    </aside>
  );
}
