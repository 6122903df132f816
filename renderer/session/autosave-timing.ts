/** Autosave waits for a pause in typing this long; conversion never runs per keystroke. */
export const AUTOSAVE_DELAY_MS = 1000;
/** While typing goes on without a pause, a save still happens at least this often. */
export const AUTOSAVE_MAX_WAIT_MS = 10_000;
/** The crash journal is written this long after the first unsaved change, and again while it lasts. */
export const JOURNAL_INTERVAL_MS = 1500;
