import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { BrowserWindow } from 'electron';
import { writeFileAtomic } from './storage/atomic-write';
import { parseWindowState, type WindowState } from './window-state';

const FILE = 'window-state.json';

/** Reads the remembered window state from the app's data folder. */
export async function readWindowState(userDataDir: string): Promise<WindowState> {
  const text = await fs.readFile(path.join(userDataDir, FILE), 'utf8').catch(() => null);
  return parseWindowState(text);
}

/**
 * Remembers the window's normal bounds whenever it settles, and once more on
 * close. `flush()` resolves when the last write is on disk, so quitting can wait.
 */
export function trackWindowState(window: BrowserWindow, userDataDir: string) {
  let pending: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;

  const save = () => {
    clearTimeout(timer);
    if (window.isDestroyed()) return;
    const bounds = window.getNormalBounds();
    const state: WindowState = { ...bounds, maximized: window.isMaximized() };
    pending = pending
      .then(() => writeFileAtomic(path.join(userDataDir, FILE), JSON.stringify(state)))
      .catch((error: unknown) => console.warn('[window] could not remember its size', error));
  };
  const saveSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(save, 500);
  };

  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const) {
    window.on(event as 'resize', saveSoon);
  }
  window.on('close', save);
  return { flush: () => pending };
}
