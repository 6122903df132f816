import { getNearestEditorFromDOMNode, $getSelection, $isRangeSelection } from 'lexical';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { StoryEditor } from '../renderer/editor/StoryEditor';
import '../renderer/styles/app.css';
import { clickPoint, findParagraph, placeCaret, type CaretPosition } from './caret-target';
import { installKeystrokeProbe, type KeystrokeSample } from './keystroke-probe';
import { PlainEditor } from './PlainEditor';
import { generateStory, targetTexts } from './story-generator';

/** What scripts/bench.mjs calls in the page. */
export interface BenchApi {
  /** Scrolls the target paragraph into view and says where to click it. */
  target(position: CaretPosition): { x: number; y: number };
  /** After the click: puts the caret exactly in place; resolves when Lexical has it. */
  placeCaret(position: CaretPosition): Promise<void>;
  /** Waits for the last keystroke's frame, then `pauseMs` more. */
  settle(pauseMs: number): Promise<void>;
  take(): KeystrokeSample[];
  /** The target paragraph's text now, to check the keystrokes landed there. */
  targetText(): string;
}

declare global {
  interface Window {
    __bench?: BenchApi;
    __benchError?: string;
  }
}

const params = new URLSearchParams(location.search);
const kind = params.get('editor') === 'newsdesk' ? 'newsdesk' : 'plain';
const story = generateStory(Number(params.get('words') ?? 1000));
const texts: Record<CaretPosition, string> = targetTexts(story);

// A stable callback, as the app's session gives: the editor need not re-subscribe.
const ignoreChange = () => {};

const container = document.getElementById('root');
if (!container) throw new Error('bench: #root is missing');
document.title = `bench: ${kind}`;

// The app's shell around the editor (sidebar hidden, empty inspector column).
createRoot(container).render(
  <StrictMode>
    <div className="nd-app nd-sidebar-hidden">
      <main className="nd-main">
        {kind === 'newsdesk' ? (
          <StoryEditor story={story} onChange={ignoreChange} />
        ) : (
          <PlainEditor story={story} />
        )}
      </main>
      <aside />
    </div>
  </StrictMode>,
);

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

async function start(): Promise<void> {
  let root: HTMLElement | null = null;
  while (!(root = document.querySelector<HTMLElement>('[data-lexical-editor="true"]'))) {
    await nextFrame();
  }
  const editor = getNearestEditorFromDOMNode(root);
  if (!editor) throw new Error('bench: no Lexical editor on the content-editable root');
  // Wait until the story is rendered (the initial state may commit after mount).
  while (root.textContent?.includes(texts.end) !== true) await nextFrame();
  const probe = installKeystrokeProbe(editor);
  let target: HTMLElement | null = null;
  const editorRoot = root;

  window.__bench = {
    target(position) {
      target = findParagraph(editorRoot, texts[position]);
      return clickPoint(target);
    },
    async placeCaret(position) {
      if (!target) throw new Error('bench: target() first');
      placeCaret(target, position);
      const paragraph = target;
      for (let tries = 0; tries < 60; tries += 1) {
        await nextFrame();
        const inside = editor.getEditorState().read(() => {
          const selection = $getSelection();
          if (!$isRangeSelection(selection) || !selection.isCollapsed()) return false;
          return paragraph.contains(editor.getElementByKey(selection.anchor.key));
        });
        if (inside && document.activeElement === editorRoot) return;
      }
      throw new Error(`bench: the caret did not reach the ${position} paragraph`);
    },
    settle: (pauseMs) => probe.settle(pauseMs),
    take: () => probe.take(),
    targetText: () => target?.textContent ?? '',
  };
}

start().catch((error: unknown) => {
  window.__benchError = String(error);
  console.error(error);
});
