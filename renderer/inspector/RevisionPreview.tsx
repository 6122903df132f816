import { useEffect, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { escapeAttribute } from '../../shared/export/html-escape';
import { storyToHtmlFragment } from '../../shared/export/story-html';
import type { NewsdeskApi } from '../../shared/ipc/newsdesk-api';
import { storyAssetUrl } from '../../shared/ipc/stored-image';
import type { RevisionSummary } from '../../shared/storage/revision-retention';
import type { Story } from '../../shared/story/story';

interface RevisionPreviewProps {
  readonly api: NewsdeskApi;
  readonly storyId: string;
  readonly revision: RevisionSummary;
  /** The revision's time as the list shows it ("Today 14:02"). */
  readonly label: string;
  /** Its length and why it was taken ("120 words · Saved"). */
  readonly details: string;
  readonly onClose: () => void;
  readonly onRestored: (story: Story) => void;
  readonly beforeRestore?: () => Promise<boolean>;
}

type Loaded =
  | { readonly kind: 'loading' }
  | { readonly kind: 'loaded'; readonly story: Story }
  | { readonly kind: 'error'; readonly message: string };

// The exporter points images at `images/<file>` beside an export; here they
// are the story's own assets, served by the app. Only a tag the exporter
// wrote can match: every `<` in the story's text is escaped to `&lt;`.
const EXPORTED_IMAGE = /<img src="images\/([0-9a-f]{64}\.(?:png|jpg|gif|webp))"/g;

/** A story as read-only HTML, with its images from the app's image route. */
export function revisionHtml(story: Story, storyId: string): string {
  return storyToHtmlFragment(story).replace(
    EXPORTED_IMAGE,
    (_tag, file: string) =>
      `<img src="${escapeAttribute(storyAssetUrl(storyId, `assets/${file}`))}"`,
  );
}

/**
 * One revision, read-only, in a modal: the text as it was, and "Restore this
 * version" (the current version is kept as a revision first, so a restore
 * can itself be undone from the list). Esc or Close leaves it.
 */
export function RevisionPreview({
  api,
  storyId,
  revision,
  label,
  details,
  onClose,
  onRestored,
  beforeRestore,
}: RevisionPreviewProps) {
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const [restoring, setRestoring] = useState(false);
  const [restoreError, setRestoreError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    void api.loadRevision({ storyId, revisionId: revision.id }).then((result) => {
      if (!current) return;
      setLoaded(
        result.ok
          ? { kind: 'loaded', story: result.value }
          : { kind: 'error', message: result.error.message },
      );
    });
    return () => {
      current = false;
    };
  }, [api, storyId, revision.id]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && !restoring && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [restoring, onClose]);

  const html = useMemo(
    () => (loaded.kind === 'loaded' ? revisionHtml(loaded.story, storyId) : ''),
    [loaded, storyId],
  );

  const restore = async () => {
    setRestoring(true);
    setRestoreError(null);
    if (beforeRestore && !(await beforeRestore())) {
      setRestoring(false);
      setRestoreError('Not restored: your latest changes could not be saved first.');
      return;
    }
    const result = await api.restoreRevision({ storyId, revisionId: revision.id });
    if (!result.ok) {
      setRestoring(false);
      setRestoreError(result.error.message);
      return;
    }
    onRestored(result.value);
    onClose();
  };

  // A portal: inside the inspector the dialog would take on its headings' look and its scrolling.
  return createPortal(
    <div className="nd-modal-backdrop" onClick={() => !restoring && onClose()}>
      <div
        className="nd-modal nd-revision-preview"
        role="dialog"
        aria-modal="true"
        aria-labelledby="nd-revision-preview-title"
        onClick={(event) => event.stopPropagation()}
      >
        <header>
          <h2 id="nd-revision-preview-title">Revision: {label}</h2>
          <span className="nd-revision-meta">{details}</span>
        </header>
        {loaded.kind === 'error' ? (
          <p className="nd-error" role="alert">
            {loaded.message}
          </p>
        ) : loaded.kind === 'loading' ? (
          <p className="nd-hint">Reading the revision…</p>
        ) : (
          <div
            className="nd-revision-article"
            data-testid="revision-preview"
            // Safe as HTML: storyToHtmlFragment escapes every piece of text and
            // attribute and lets only http(s)/mailto links through (it is the
            // exporter's renderer, tested for that); the story was validated by main.
            dangerouslySetInnerHTML={{ __html: html }}
          />
        )}
        {restoreError && (
          <p className="nd-error" role="alert">
            {restoreError}
          </p>
        )}
        <footer className="nd-revision-actions">
          <small className="nd-hint">
            The story as it is now is kept in the list, so a restore can be undone.
          </small>
          <button type="button" autoFocus onClick={onClose} disabled={restoring}>
            Close
          </button>
          <button
            type="button"
            className="nd-primary"
            onClick={() => void restore()}
            disabled={loaded.kind !== 'loaded' || restoring}
          >
            {restoring ? 'Restoring…' : 'Restore this version'}
          </button>
        </footer>
      </div>
    </div>,
    document.body,
  );
}
