// Remembered window size and position, kept on a screen that exists.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WINDOW_STATE,
  fitToWorkAreas,
  parseWindowState,
} from '../../electron/window-state';

const laptop = { x: 0, y: 0, width: 1440, height: 900 };

describe('parseWindowState', () => {
  it('reads a saved state back', () => {
    const state = { x: 40, y: 30, width: 1200, height: 800, maximized: true };
    expect(parseWindowState(JSON.stringify(state))).toEqual(state);
  });

  it.each([
    ['nothing saved', null],
    ['not JSON', '{"width": 12'],
    ['a tiny window', '{"width": 10, "height": 10}'],
    ['a wrong type', '{"width": "wide", "height": 800}'],
    ['a far-off position', '{"x": 9000000, "y": 0, "width": 1000, "height": 800}'],
  ])('falls back to the default for %s', (_name, text) => {
    expect(parseWindowState(text)).toEqual(DEFAULT_WINDOW_STATE);
  });
});

describe('fitToWorkAreas', () => {
  it('keeps a window that is on a screen', () => {
    const state = { x: 100, y: 50, width: 1200, height: 800, maximized: false };
    expect(fitToWorkAreas(state, [laptop])).toEqual(state);
  });

  it('lets the system place a window left on an unplugged monitor', () => {
    const state = { x: 2000, y: 100, width: 1200, height: 800, maximized: false };
    expect(fitToWorkAreas(state, [laptop])).toEqual({ width: 1200, height: 800, maximized: false });
  });

  it('keeps a window on the corner where four screens meet', () => {
    const screens = [0, 1].flatMap((row) =>
      [0, 1].map((col) => ({ x: col * 800, y: row * 600, width: 800, height: 600 })),
    );
    const state = { x: 600, y: 400, width: 400, height: 400, maximized: false };
    expect(fitToWorkAreas(state, screens)).toEqual(state);
  });

  it('never opens larger than the largest screen', () => {
    const state = { x: 0, y: 0, width: 3000, height: 2000, maximized: false };
    expect(fitToWorkAreas(state, [laptop])).toMatchObject({ width: 1440, height: 900 });
  });

  it('leaves the state alone when no screens are known', () => {
    expect(fitToWorkAreas(DEFAULT_WINDOW_STATE, [])).toEqual(DEFAULT_WINDOW_STATE);
  });
});
