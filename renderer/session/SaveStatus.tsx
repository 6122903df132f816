import { describeSaveState, type SaveState } from './save-state';

interface SaveStatusProps {
  readonly state: SaveState;
  /** Tries the save again (after a full disk is cleared, a drive comes back). */
  readonly onRetry: () => void;
  /** Writes the window's words somewhere else, as a package. */
  readonly onSaveAs: () => void;
  /** Replaces the version changed on disk with the window's. */
  readonly onKeepMine: () => void;
  /** Takes the version on disk (the window's is kept as a revision). */
  readonly onLoadTheirs: () => void;
}

/**
 * The status line under the page: "Saved 14:02", "Saving…", and when a save
 * fails or the file changed under us, what happened and what can be done.
 * The words stay in the window (and in the crash journal) whatever is chosen.
 */
export function SaveStatus({
  state,
  onRetry,
  onSaveAs,
  onKeepMine,
  onLoadTheirs,
}: SaveStatusProps) {
  const problem = state.kind === 'error' || state.kind === 'conflict';
  return (
    <div
      className={`nd-status nd-status-${state.kind}`}
      role={problem ? 'alert' : 'status'}
      data-testid="save-status"
    >
      <span>{describeSaveState(state)}</span>
      {state.kind === 'error' && (
        <>
          <button type="button" onClick={onRetry}>
            Retry
          </button>
          <button type="button" onClick={onSaveAs}>
            Save As…
          </button>
        </>
      )}
      {state.kind === 'conflict' && (
        <>
          <button type="button" onClick={onKeepMine}>
            Keep mine
          </button>
          <button type="button" onClick={onLoadTheirs}>
            Load theirs
          </button>
        </>
      )}
    </div>
  );
}
