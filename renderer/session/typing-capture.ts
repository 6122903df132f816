/**
 * Keys typed between Ctrl+N and the new story's editor taking focus: without
 * this they would land in the story being left (after its last save) or
 * nowhere. While capturing, plain typing is held back and kept; the new
 * headline receives it.
 */
export interface TypingCapture {
  /** Stops capturing and answers what was typed. */
  take(): string;
}

export function startTypingCapture(target: Window = window): TypingCapture {
  let typed = '';
  let active = true;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
    if (event.key.length === 1) typed += event.key;
    else if (event.key === 'Backspace') typed = typed.slice(0, -1);
    else return; // arrows, Enter, Tab…: not text, left alone
    event.preventDefault();
    event.stopPropagation();
  };
  target.addEventListener('keydown', onKeyDown, { capture: true });
  // A capture that is never taken (the new story failed) must not swallow keys for long.
  const timeout = target.setTimeout(() => stop(), 10_000);
  function stop() {
    if (!active) return;
    active = false;
    target.clearTimeout(timeout);
    target.removeEventListener('keydown', onKeyDown, { capture: true });
  }
  return {
    take() {
      stop();
      return typed;
    },
  };
}
