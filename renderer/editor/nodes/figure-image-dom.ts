import type { LexicalEditor } from 'lexical';
import { storyAssetUrl } from '../../../shared/ipc/stored-image';
import type { FigureImageData } from './FigureImageNode';

/**
 * The image of a figure as the reporter sees it — the picture (or a clear
 * placeholder when its file is missing or unreadable) and its alt text,
 * editable in place — built as plain DOM by the node: a React view per
 * figure cost every keystroke measurable time in long stories (npm run bench).
 */

// A missing file may still be on its way (a figure pasted from another story): one retry.
const RETRY_MS = 800;

function storyIdOf(editor: LexicalEditor): string {
  return editor.getRootElement()?.dataset.storyId ?? '';
}

function showMissing(frame: HTMLElement, src: string): void {
  const box = document.createElement('div');
  box.className = 'nd-figure-missing';
  box.setAttribute('role', 'img');
  box.setAttribute('aria-label', 'Image missing');
  const title = document.createElement('strong');
  title.textContent = 'Image missing';
  const why = document.createElement('span');
  why.textContent = `${src} could not be read. The caption and credit are kept; insert the photo again to replace it.`;
  box.append(title, why);
  frame.replaceChildren(box);
}

function showImage(frame: HTMLElement, editor: LexicalEditor, data: FigureImageData): void {
  const img = document.createElement('img');
  img.alt = data.alt;
  img.width = data.width;
  img.height = data.height;
  img.draggable = false;
  const url = storyAssetUrl(storyIdOf(editor), data.src);
  let retried = false;
  img.addEventListener('error', () => {
    if (retried) return showMissing(frame, data.src);
    retried = true;
    window.setTimeout(() => (img.src = `${url}?retry`), RETRY_MS);
  });
  img.src = url;
  frame.replaceChildren(img);
}

/** Builds the image part's DOM; `onAlt` is called (outside any update) as the alt text is typed. */
export function createFigureImageDOM(
  editor: LexicalEditor,
  data: FigureImageData,
  onAlt: (alt: string) => void,
): HTMLElement {
  const dom = document.createElement('div');
  dom.className = 'nd-figure-image';
  const frame = document.createElement('div');
  frame.className = 'nd-figure-frame';
  frame.dataset.testid = 'figure-image';
  frame.dataset.src = data.src;
  showImage(frame, editor, data);

  const label = document.createElement('label');
  label.className = 'nd-figure-alt';
  const caption = document.createElement('span');
  caption.textContent = 'Alt text';
  const input = document.createElement('input');
  input.type = 'text';
  input.value = data.alt;
  input.placeholder = 'Describe the photo for readers who cannot see it';
  input.addEventListener('input', () => {
    // eslint-disable-next-line no-control-regex -- control characters are what is refused here
    const alt = input.value.replace(/[\u0000-\u001f\u007f]/g, ' ');
    onAlt(alt);
  });
  label.append(caption, input);
  dom.append(frame, label);
  return dom;
}

/** Brings the DOM up to date with the node (a new file, or an undone alt text). */
export function updateFigureImageDOM(
  dom: HTMLElement,
  editor: LexicalEditor,
  data: FigureImageData,
): void {
  const frame = dom.querySelector<HTMLElement>('.nd-figure-frame');
  if (frame && frame.dataset.src !== data.src) {
    frame.dataset.src = data.src;
    showImage(frame, editor, data);
  }
  const img = frame?.querySelector('img');
  if (img && img.alt !== data.alt) img.alt = data.alt;
  const input = dom.querySelector('input');
  // The field keeps its own text while typed in, so the caret never jumps.
  if (input && input.value !== data.alt && document.activeElement !== input) {
    input.value = data.alt;
  }
}
