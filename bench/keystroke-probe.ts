import type { LexicalEditor } from 'lexical';

/** One keystroke's latencies in ms, from the keydown event's timestamp. */
export interface KeystrokeSample {
  /** keydown → the update listener firing for the content change it made. */
  readonly update: number;
  /** keydown → the end of the next animation frame after that update. */
  readonly frame: number;
}

/** What the bench page asks of the probe. */
export interface KeystrokeProbe {
  /**
   * Resolves once the last keystroke has reached its frame and the page is
   * idle again (so one keystroke's leftovers do not land on the next), or
   * rejects after `timeoutMs`; then waits `pauseMs` more, so keystrokes do
   * not all fall at the same point of the frame cycle.
   */
  settle(pauseMs: number, timeoutMs?: number): Promise<void>;
  /** Hands over the samples taken so far and starts afresh. */
  take(): KeystrokeSample[];
}

interface Pending {
  readonly start: number;
  update?: number;
  frame?: number;
  onFrame?: () => void;
}

/** Measures each printable keystroke from keydown to Lexical's update and the frame after it. */
export function installKeystrokeProbe(editor: LexicalEditor): KeystrokeProbe {
  let samples: KeystrokeSample[] = [];
  let pending: Pending | null = null;
  let overlap: string | null = null;

  // Capturing on window runs before Lexical's own listeners on the root element.
  window.addEventListener(
    'keydown',
    (event) => {
      if (event.key.length !== 1) return;
      if (pending && pending.frame === undefined) {
        overlap = `keydown "${event.key}" arrived before the previous keystroke's frame`;
      }
      // event.timeStamp is when the browser created the event: input queueing counts.
      pending = { start: event.timeStamp };
    },
    true,
  );

  editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
    const current = pending;
    if (!current || current.update !== undefined) return;
    // Selection-only updates are not the keystroke's change.
    if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
    current.update = performance.now();
    requestAnimationFrame(() => {
      // rAF callbacks run before the frame's style, layout and paint; a task
      // posted from one runs after them, so `frame` includes that work.
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        current.frame = performance.now();
        samples.push({
          update: (current.update ?? NaN) - current.start,
          frame: current.frame - current.start,
        });
        current.onFrame?.();
      };
      channel.port2.postMessage(null);
    });
  });

  return {
    async settle(pauseMs, timeoutMs = 5000) {
      const current = pending;
      if (!current) throw new Error('No keydown reached the page');
      if (overlap) throw new Error(overlap);
      if (current.frame === undefined) {
        await new Promise<void>((resolve, reject) => {
          const timer = setTimeout(() => {
            const missing = current.update === undefined ? 'content update' : 'frame';
            reject(new Error(`No ${missing} within ${timeoutMs} ms of a keystroke`));
          }, timeoutMs);
          current.onFrame = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
      const resume = performance.now() + pauseMs;
      await new Promise((resolve) => setTimeout(resolve, 0));
      // setTimeout alone is too coarse for a sub-frame pause; spin out the rest.
      while (performance.now() < resume) await new Promise((resolve) => setTimeout(resolve, 0));
    },
    take() {
      const taken = samples;
      samples = [];
      return taken;
    },
  };
}
