import { useEffect, useState } from 'react';
import type { IpcResponse } from '../../shared/ipc/contract';
import type { NewsdeskApi } from '../../shared/ipc/newsdesk-api';

type SettingsView = IpcResponse<'getSettings'>;

/**
 * File › Settings…: where the library lives. A new folder is used from the
 * next start (the open story, its index and journal belong to this one), so
 * the dialog offers to restart; the story is saved before the app quits.
 */
export function SettingsDialog({
  api,
  onClose,
}: {
  readonly api: NewsdeskApi;
  readonly onClose: () => void;
}) {
  const [view, setView] = useState<SettingsView | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void api.getSettings({}).then((result) => {
      if (result.ok) setView(result.value);
      else setError(result.error.message);
    });
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [api, onClose]);

  const choose = async () => {
    const result = await api.chooseLibraryFolder({});
    if (!result.ok) setError(result.error.message);
    else if (result.value) setView(result.value);
  };
  const pending =
    view !== null &&
    !view.libraryFromEnvironment &&
    view.chosenLibraryPath !== null &&
    view.chosenLibraryPath !== view.libraryPath;

  return (
    <div className="nd-modal-backdrop" onClick={onClose}>
      <div
        className="nd-modal nd-settings"
        role="dialog"
        aria-modal="true"
        aria-label="Settings"
        onClick={(event) => event.stopPropagation()}
      >
        <header>
          <h2>Settings</h2>
          <button type="button" onClick={onClose} aria-label="Close" autoFocus>
            ×
          </button>
        </header>
        <section>
          <h3>Library folder</h3>
          <p>Where your stories, their images and their revisions are kept.</p>
          <p className="nd-mono" data-testid="library-in-use">
            {view?.libraryPath ?? '…'}
          </p>
          {view?.libraryFromEnvironment ? (
            <p className="nd-hint">Set by NEWSDESK_LIBRARY, which wins over this setting.</p>
          ) : (
            <button type="button" onClick={() => void choose()}>
              Choose another folder…
            </button>
          )}
          {pending && (
            <div className="nd-settings-pending" role="status">
              <p>
                From the next start: <span className="nd-mono">{view.chosenLibraryPath}</span>
              </p>
              <button type="button" className="nd-primary" onClick={() => void api.restartApp({})}>
                Restart Newsdesk now
              </button>
            </div>
          )}
          {error && (
            <p className="nd-error" role="alert">
              {error}
            </p>
          )}
        </section>
      </div>
    </div>
  );
}
