/** What the status bar says about the open story. */
export type SaveState =
  | { readonly kind: 'saved'; readonly at: string }
  | { readonly kind: 'dirty' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'error'; readonly message: string }
  /** The file changed on disk under us: nothing is written until the user chooses. */
  | { readonly kind: 'conflict'; readonly message: string };

/** "Saved 14:02", "Saving…", … in the user's locale. */
export function describeSaveState(state: SaveState): string {
  switch (state.kind) {
    case 'saved':
      return `Saved ${new Date(state.at).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })}`;
    case 'dirty':
      return 'Unsaved changes';
    case 'saving':
      return 'Saving…';
    case 'error':
    case 'conflict':
      return state.message;
  }
}
