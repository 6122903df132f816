const isMac = /Mac|iPhone|iPad/.test(navigator.platform);

/** "Ctrl+S" on Windows and Linux, "⌘S" on macOS. */
export function shortcutLabel(keys: string): string {
  return isMac ? `⌘${keys.replace('Shift+', '⇧')}` : `Ctrl+${keys}`;
}

/** True for the platform's command modifier (Cmd on macOS, Ctrl elsewhere). */
export function hasCommandKey(event: KeyboardEvent): boolean {
  return isMac ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
}
