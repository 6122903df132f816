const isMac = /Mac|iPhone|iPad/.test(navigator.platform);

/** "Ctrl+Alt+F" on Windows and Linux, "⌘⌥F" on macOS. `keys` has no command key in it. */
export function shortcutLabel(keys: string): string {
  return isMac ? `⌘${keys.replace('Shift+', '⇧').replace('Alt+', '⌥')}` : `Ctrl+${keys}`;
}

/** True for the platform's command modifier (Cmd on macOS, Ctrl elsewhere). */
export function hasCommandKey(event: KeyboardEvent): boolean {
  return isMac ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
}
