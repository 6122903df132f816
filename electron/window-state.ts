import { z } from 'zod';

/** Where the window was and how big, remembered between launches. */
export interface WindowState {
  readonly x?: number;
  readonly y?: number;
  readonly width: number;
  readonly height: number;
  readonly maximized: boolean;
}

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1320, height: 860, maximized: false };

const Size = z.number().int().min(200).max(20_000);
const Position = z.number().int().min(-50_000).max(50_000);
const WindowStateSchema = z.object({
  x: Position.optional(),
  y: Position.optional(),
  width: Size,
  height: Size,
  maximized: z.boolean().default(false),
});

/** Reads a saved window state; anything unreadable falls back to the default. */
export function parseWindowState(text: string | null): WindowState {
  if (text === null) return DEFAULT_WINDOW_STATE;
  try {
    const parsed = WindowStateSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : DEFAULT_WINDOW_STATE;
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
}

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Keeps a remembered window reachable: if a monitor was unplugged and the
 * window would open mostly off-screen, let the OS place it instead; never
 * larger than the biggest screen.
 */
export function fitToWorkAreas(state: WindowState, workAreas: readonly Rect[]): WindowState {
  if (workAreas.length === 0) return state;
  const widest = Math.max(...workAreas.map((area) => area.width));
  const tallest = Math.max(...workAreas.map((area) => area.height));
  const width = Math.min(state.width, widest);
  const height = Math.min(state.height, tallest);
  if (state.x === undefined || state.y === undefined) return { ...state, width, height };
  const rect = { x: state.x, y: state.y, width, height };
  // Work areas do not overlap, so the visible part is the sum over screens.
  const visible = workAreas.reduce((sum, area) => sum + overlap(rect, area), 0);
  if (visible >= 0.5 * width * height) return { ...state, width, height };
  return { width, height, maximized: state.maximized };
}
