import { useEffect, useState } from 'react';
import type { NewsdeskApi } from '../../shared/ipc/newsdesk-api';
import type { RevisionReason, RevisionSummary } from '../../shared/storage/revision-retention';
import type { Story } from '../../shared/story/story';
import { shortcutLabel } from '../shortcut-label';
import { RevisionPreview } from './RevisionPreview';

export interface RevisionsPanelProps {
  readonly api: NewsdeskApi;
  readonly storyId: string;
  /** When the open story last reached the disk: the list is read again each time it changes. */
  readonly savedAt: string | null;
  /** The story as restored and saved; the window re-opens it in the editor. */
  readonly onRestored: (story: Story) => void;
  /**
   * Saves words not yet on disk before a restore, so the 'before-restore'
   * revision holds them too; false (not saved) stops the restore.
   */
  readonly beforeRestore?: () => Promise<boolean>;
}

type Listing =
  | { readonly kind: 'loading' }
  | { readonly kind: 'listed'; readonly revisions: readonly RevisionSummary[] }
  | { readonly kind: 'error'; readonly message: string };

/** How the list names why a revision was taken. */
const REASON_LABELS: Record<RevisionReason, string> = {
  save: 'Saved',
  timed: 'While editing',
  'before-restore': 'Before a restore',
  'before-recovery': 'Before recovery',
  damaged: 'When damage was found',
  conflict: 'Yours, when the file changed on disk',
  'before-import': 'Before a package replaced it',
};

const DAY_MS = 86_400_000;
const clock = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });
const weekday = new Intl.DateTimeFormat(undefined, { weekday: 'short' });
const calendarDate = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const fullTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'medium' });

const startOfDay = (date: Date) =>
  new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();

/**
 * When a revision was taken, as a reporter says it: "Today 14:02",
 * "Yesterday 17:40", "Mon 9:15" within the week, then the date ("12 Nov
 * 2026" — older revisions are one a day, so the day is enough). Local time.
 */
export function revisionTimeLabel(savedAt: string, now: Date): string {
  const at = new Date(savedAt);
  // Rounded: a day with a daylight-saving change is 23 or 25 hours long.
  const days = Math.round((startOfDay(now) - startOfDay(at)) / DAY_MS);
  if (days === 0) return `Today ${clock.format(at)}`;
  if (days === 1) return `Yesterday ${clock.format(at)}`;
  if (days > 1 && days < 7) return `${weekday.format(at)} ${clock.format(at)}`;
  return calendarDate.format(at);
}

/** "1 word", "1,204 words". */
function wordsLabel(words: number): string {
  return `${words.toLocaleString()} ${words === 1 ? 'word' : 'words'}`;
}

/**
 * The inspector's "Revisions" section: the story's snapshots, newest first,
 * with time, length and why each was taken. Choosing one opens its preview,
 * from which it can be restored.
 */
export function RevisionsPanel({
  api,
  storyId,
  savedAt,
  onRestored,
  beforeRestore,
}: RevisionsPanelProps) {
  const [listing, setListing] = useState<Listing>({ kind: 'loading' });
  const [previewing, setPreviewing] = useState<RevisionSummary | null>(null);

  useEffect(() => {
    let current = true;
    void api.listRevisions({ storyId }).then((result) => {
      // A slower answer for an earlier save or another story must not win.
      if (!current) return;
      setListing(
        result.ok
          ? { kind: 'listed', revisions: result.value }
          : { kind: 'error', message: result.error.message },
      );
    });
    return () => {
      current = false;
    };
  }, [api, storyId, savedAt]);

  const now = new Date();
  return (
    <section className="nd-revisions" aria-labelledby="nd-revisions-title">
      <h3 id="nd-revisions-title">Revisions</h3>
      {listing.kind === 'error' ? (
        <p className="nd-error" role="alert">
          {listing.message}
        </p>
      ) : listing.kind === 'listed' && listing.revisions.length === 0 ? (
        <p className="nd-hint">
          None yet. <kbd>{shortcutLabel('S')}</kbd> keeps one; while you write, one is kept every
          few minutes.
        </p>
      ) : listing.kind === 'listed' ? (
        <ol className="nd-revision-list" data-testid="revision-list">
          {listing.revisions.map((revision) => (
            <li key={revision.id}>
              <button
                type="button"
                onClick={() => setPreviewing(revision)}
                title={`${fullTime.format(new Date(revision.savedAt))} — ${revision.headline || 'Untitled'}`}
              >
                <time dateTime={revision.savedAt}>{revisionTimeLabel(revision.savedAt, now)}</time>
                <span className="nd-revision-words">{wordsLabel(revision.words)}</span>
                <span className="nd-revision-reason">{REASON_LABELS[revision.reason]}</span>
              </button>
            </li>
          ))}
        </ol>
      ) : null}
      {previewing && (
        <RevisionPreview
          api={api}
          storyId={storyId}
          revision={previewing}
          label={revisionTimeLabel(previewing.savedAt, now)}
          details={`${wordsLabel(previewing.words)} · ${REASON_LABELS[previewing.reason]}`}
          onClose={() => setPreviewing(null)}
          onRestored={onRestored}
          beforeRestore={beforeRestore}
        />
      )}
    </section>
  );
}
