import { useMemo, useState } from 'react';
import { exportChecks, type CheckPlace } from '../../shared/export/export-checks';
import type { Story, StoryMeta } from '../../shared/story/story';
import type { StoryStats } from '../../shared/story/story-stats';
import { ChecksList } from './ChecksList';
import { savedHeadlineLimit, saveHeadlineLimit } from './headline-limit';
import { MetadataForm } from './MetadataForm';
import { RevisionsPanel, type RevisionsPanelProps } from './RevisionsPanel';

interface InspectorProps {
  readonly story: Story | null;
  readonly stats: StoryStats | null;
  /** When the open story last reached the disk. */
  readonly savedAt: string | null;
  readonly libraryPath: string;
  readonly onMetaChange: (patch: Partial<StoryMeta>) => void;
  readonly onDatelineDate: (date: string) => void;
  readonly currentHeadline: () => string;
  /** The story as last converted from the editor (on each save): what the checks read. */
  readonly checkedStory: Story | null;
  readonly onReveal: (place: CheckPlace) => void;
  /** The Revisions section (shown when given): the bridge and what to do once one is restored. */
  readonly revisions?: Pick<RevisionsPanelProps, 'api' | 'onRestored' | 'beforeRestore'>;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** The right-hand panel: live counts against the limits, the story's details and facts. */
export function Inspector({
  story,
  stats,
  savedAt,
  libraryPath,
  onMetaChange,
  onDatelineDate,
  currentHeadline,
  checkedStory,
  onReveal,
  revisions,
}: InspectorProps) {
  const [headlineLimit, setHeadlineLimit] = useState(savedHeadlineLimit);
  const changeLimit = (limit: number) => {
    if (!Number.isInteger(limit) || limit < 1) return;
    setHeadlineLimit(limit);
    saveHeadlineLimit(limit);
  };
  const target = story?.targetWords;
  const checks = useMemo(
    () => (checkedStory ? exportChecks(checkedStory, { headlineLimit }) : []),
    [checkedStory, headlineLimit],
  );
  return (
    <aside className="nd-inspector" aria-label="Inspector">
      <h2>Story</h2>
      {story && stats ? (
        <>
          <dl className="nd-counts">
            <div className={target && stats.words > target ? 'nd-over' : ''}>
              <dt>Words</dt>
              <dd data-testid="word-count">
                {stats.words.toLocaleString()}
                {target ? (
                  <small data-testid="word-target"> / {target.toLocaleString()}</small>
                ) : null}
              </dd>
            </div>
            <div>
              <dt>Characters</dt>
              <dd data-testid="character-count">{stats.characters.toLocaleString()}</dd>
            </div>
            <div className={stats.headlineCharacters > headlineLimit ? 'nd-over' : ''}>
              <dt>Headline</dt>
              <dd data-testid="headline-count">
                {stats.headlineCharacters}
                <small>
                  {' / '}
                  <input
                    className="nd-limit"
                    type="number"
                    min={1}
                    aria-label="Headline limit (characters)"
                    value={headlineLimit}
                    onChange={(e) => changeLimit(Number(e.target.value))}
                  />
                </small>
              </dd>
            </div>
            <div>
              <dt>Reading time</dt>
              <dd>{stats.readingMinutes} min</dd>
            </div>
            <div>
              <dt>Captions</dt>
              <dd data-testid="caption-count">{stats.captionWords} words</dd>
            </div>
            <div>
              <dt>Standfirst</dt>
              <dd>{stats.standfirstWords} words</dd>
            </div>
          </dl>
          {target ? (
            <meter
              className="nd-target"
              min={0}
              max={target}
              low={target * 0.9}
              high={target * 1.0001}
              optimum={target * 0.95}
              value={Math.min(stats.words, target * 1.5)}
              aria-label="Words against the target length"
            />
          ) : null}
          <section className="nd-checks-section" aria-label="Checks before export">
            <h3>Checks</h3>
            <ChecksList checks={checks} onReveal={onReveal} />
          </section>
          <MetadataForm
            story={story}
            onChange={onMetaChange}
            onDatelineDate={onDatelineDate}
            currentHeadline={currentHeadline}
          />
          <dl className="nd-facts">
            <dt>Created</dt>
            <dd>{dateFormat.format(new Date(story.createdAt))}</dd>
            <dt>Last saved</dt>
            <dd>{dateFormat.format(new Date(savedAt ?? story.updatedAt))}</dd>
            <dt>Story id</dt>
            <dd className="nd-mono">{story.id}</dd>
          </dl>
          {revisions && (
            <RevisionsPanel key={story.id} {...revisions} storyId={story.id} savedAt={savedAt} />
          )}
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
