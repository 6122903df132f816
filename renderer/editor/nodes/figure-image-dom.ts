import { createCommand, type LexicalEditor, type NodeKey } from 'lexical';
import { storyAssetUrl } from '../../../shared/ipc/stored-image';
import type { FigureImageData } from './FigureImageNode';

/** Asks for a photo file for the figure image with this key (EditorChrome opens the dialog). */
export const CHOOSE_FIGURE_FILE_COMMAND = createCommand<NodeKey>('CHOOSE_FIGURE_FILE_COMMAND');

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

/** The figure image's node key, kept on its frame so the Choose button can name it. */
function keyOf(frame: HTMLElement): NodeKey {
  return frame.dataset.nodeKey ?? '';
}

/**
 * A clear placeholder instead of the picture: the file is missing or
 * unreadable, or the photo never came with the copy (an import or paste
 * whose image could not be fetched). Caption and credit stay; the button
 * asks for the file.
 */
function showMissing(frame: HTMLElement, editor: LexicalEditor, src: string): void {
  const box = document.createElement('div');
  box.className = 'nd-figure-missing';
  box.setAttribute('role', 'img');
  const title = document.createElement('strong');
  const why = document.createElement('span');
  if (src === '') {
    box.setAttribute('aria-label', 'No photo file yet');
    title.textContent = 'No photo file yet';
    why.textContent = 'The copy named a photo that is not here. The caption and credit are kept.';
  } else {
    box.setAttribute('aria-label', 'Image missing');
    title.textContent = 'Image missing';
    why.textContent = `${src} could not be read. The caption and credit are kept.`;
  }
  const choose = document.createElement('button');
  choose.type = 'button';
  choose.className = 'nd-figure-choose';
  choose.textContent = 'Choose the photo…';
  choose.addEventListener('click', () =>
    editor.dispatchCommand(CHOOSE_FIGURE_FILE_COMMAND, keyOf(frame)),
  );
  box.append(title, why, choose);
  frame.replaceChildren(box);
}

function showImage(frame: HTMLElement, editor: LexicalEditor, data: FigureImageData): void {
  if (data.src === '') return showMissing(frame, editor, '');
  const img = document.createElement('img');
  img.alt = data.alt;
  img.width = data.width;
  img.height = data.height;
  img.draggable = false;
  const url = storyAssetUrl(storyIdOf(editor), data.src);
  let retried = false;
  img.addEventListener('error', () => {
    if (retried) return showMissing(frame, editor, data.src);
    retried = true;
    window.setTimeout(() => (img.src = `${url}?retry`), RETRY_MS);
  });
  img.src = url;
  frame.replaceChildren(img);
}

/** Builds the image part's DOM; `onAlt` is called (outside any update) as the alt text is typed. */
export function createFigureImageDOM(
  editor: LexicalEditor,
  key: NodeKey,
  data: FigureImageData,
  onAlt: (alt: string) => void,
): HTMLElement {
  const dom = document.createElement('div');
  dom.className = 'nd-figure-image';
  const frame = document.createElement('div');
  frame.className = 'nd-figure-frame';
  frame.dataset.testid = 'figure-image';
  frame.dataset.nodeKey = key;
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
