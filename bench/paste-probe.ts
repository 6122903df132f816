import { $getRoot, type LexicalEditor } from 'lexical';
import { pasteHtml } from './paste-html';

export interface PasteTiming {
  readonly bytes: number;
  /** The paste handler: sanitize, map to blocks, insert (one task). */
  readonly handledMs: number;
  /** From the paste to the frame after the last piece is in (a large paste goes in pieces). */
  readonly paintedMs: number;
  /** The longest task the page ran meanwhile (Long Tasks API; 0 when none over 50 ms). */
  readonly longestTaskMs: number;
  /** Top-level blocks in the story afterwards. */
  readonly blocks: number;
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Pastes generated HTML at the end of the story as the OS would hand it over, and times it. */
export async function measurePaste(
  editor: LexicalEditor,
  root: HTMLElement,
  bytes: number,
): Promise<PasteTiming> {
  const html = pasteHtml(bytes);
  editor.update(() => $getRoot().selectEnd());
  root.focus();
  await nextFrame();
  let longestTaskMs = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longestTaskMs = Math.max(longestTaskMs, entry.duration);
  });
  observer.observe({ type: 'longtask' });
  const transfer = new DataTransfer();
  transfer.setData('text/html', html);
  transfer.setData('text/plain', 'pasted copy');
  const started = performance.now();
  root.dispatchEvent(
    new ClipboardEvent('paste', { bubbles: true, cancelable: true, clipboardData: transfer }),
  );
  const handledMs = performance.now() - started;
  await nextFrame();
  while (document.querySelector('.nd-paste-progress')) await nextFrame();
  const paintedMs = performance.now() - started;
  await new Promise((resolve) => setTimeout(resolve, 200));
  observer.disconnect();
  const blocks = editor.getEditorState().read(() => $getRoot().getChildrenSize());
  return { bytes: html.length, handledMs, paintedMs, longestTaskMs, blocks };
}
