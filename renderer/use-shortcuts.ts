import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../shared/ipc/channels';
import { hasCommandKey } from './shortcut-label';

const KEYS: Readonly<Record<string, MenuCommand>> = {
  n: 'new-story',
  o: 'open-story',
  s: 'save-story',
  w: 'close-story',
  '\\': 'toggle-sidebar',
};

/**
 * App-level shortcuts. The native menu shows the same accelerators without
 * registering them, so a key press arrives here once, in Electron and in a browser.
 */
export function useShortcuts(run: (command: MenuCommand) => void): void {
  const latest = useRef(run);
  useEffect(() => {
    latest.current = run;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!hasCommandKey(event) || event.altKey || event.shiftKey) return;
      const command = KEYS[event.key.toLowerCase()];
      if (!command) return;
      event.preventDefault();
      latest.current(command);
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, []);
}
