import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../shared/ipc/channels';
import { shortcutFor, type EditorAction } from './shortcuts';

/**
 * Keyboard shortcuts (shortcuts.ts). The native menu shows the same
 * accelerators without registering them, so a key press arrives here once,
 * in Electron and in a browser; menu clicks arrive as the same commands.
 */
export function useShortcuts(
  run: (command: MenuCommand) => void,
  runEditor: (action: EditorAction) => void,
): void {
  const latest = useRef({ run, runEditor });
  useEffect(() => {
    latest.current = { run, runEditor };
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const shortcut = shortcutFor(event);
      if (!shortcut || shortcut.run === 'native') return;
      event.preventDefault();
      event.stopPropagation();
      if ('menu' in shortcut.run) latest.current.run(shortcut.run.menu);
      else latest.current.runEditor(shortcut.run.editor);
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, []);
}
