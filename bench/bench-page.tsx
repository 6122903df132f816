import { getNearestEditorFromDOMNode, $getSelection, $isRangeSelection } from 'lexical';
import { measurePaste, type PasteTiming } from './paste-probe';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { StoryEditor } from '../renderer/editor/StoryEditor';
import '../renderer/styles/app.css';
import { clickPoint, findParagraph, placeCaret, type CaretPosition } from './caret-target';
import { installKeystrokeProbe, type KeystrokeSample } from './keystroke-probe';
import type { Story } from '../shared/story/story';
import { exportBenchStory } from './export-story';
import { PlainEditor } from './PlainEditor';
import type { EditorStateJson } from '../shared/convert/editor-json';
import { editorStateToStory, storyFrame } from '../shared/convert/editor-to-story';
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
  /**
   * Opening the story in the running page, `runs` times: the editor unmounted,
   * then mounted with the story (as the app does on open) until the whole
   * story is shown and editable, painted. Milliseconds each.
   */
  measureOpen(runs: number): Promise<number[]>;
  /** Figures in the story. */
  figures: number;
  /**
   * What an autosave costs the page, `runs` times: the editor state converted
   * to a Story (shared/convert) and copied as IPC copies it (structured clone).
   */
  measureSave(runs: number): number[];
  /** Pastes about `bytes` of web/Docs HTML at the end of the story: how long the page is busy. */
  measurePaste(bytes: number): Promise<PasteTiming>;
}

declare global {
  interface Window {
    __bench?: BenchApi;
    __benchError?: string;
  }
}

/** The benches find the story's end by its last paragraph: one goes after the credit block. */
function endingInCopy(story: Story): Story {
  const closing = 'The desk will update this story as more details emerge tonight.';
  return { ...story, body: [...story.body, { type: 'paragraph', content: [{ text: closing }] }] };
}

const params = new URLSearchParams(location.search);
const kind = params.get('editor') === 'newsdesk' ? 'newsdesk' : 'plain';
const words = Number(params.get('words') ?? 1000);
// ?photos=N: the export/storage benches' story, with exactly N photos.
const photos = params.get('photos');
const story = photos ? endingInCopy(exportBenchStory(words, Number(photos))) : generateStory(words);
const texts: Record<CaretPosition, string> = targetTexts(story);

// A stable callback, as the app's session gives: the editor need not re-subscribe.
const ignoreChange = () => {};

const container = document.getElementById('root');
if (!container) throw new Error('bench: #root is missing');
document.title = `bench: ${kind}`;

// The open benchmark takes the editor away and brings it back, as opening a story does.
let showEditor: (shown: boolean) => void = () => undefined;
function EditorSlot() {
  const [shown, setShown] = useState(true);
  showEditor = setShown;
  if (!shown) return null;
  return kind === 'newsdesk' ? (
    <StoryEditor story={story} onChange={ignoreChange} />
  ) : (
    <PlainEditor story={story} />
  );
}

// The app's shell around the editor (sidebar hidden, empty inspector column).
createRoot(container).render(
  <StrictMode>
    <div className="nd-app nd-sidebar-hidden">
      <main className="nd-main">
        <EditorSlot />
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
    async measureOpen(runs) {
      const times: number[] = [];
      for (let run = 0; run < runs; run += 1) {
        showEditor(false);
        while (document.querySelector('[data-lexical-editor="true"]')) await nextFrame();
        const started = performance.now();
        showEditor(true);
        let shown: HTMLElement | null = null;
        while (!(shown = document.querySelector<HTMLElement>('[data-lexical-editor="true"]'))) {
          await new Promise((resolve) => setTimeout(resolve, 0));
        }
        while (shown.textContent?.includes(texts.end) !== true) {
          await new Promise((resolve) => setTimeout(resolve, 0));
        }
        await nextFrame(); // and painted
        times.push(performance.now() - started);
      }
      return times;
    },
    figures: story.body.filter((block) => block.type === 'figure').length,
    measurePaste: (bytes) => measurePaste(editor, editorRoot, bytes),
    measureSave(runs) {
      const times: number[] = [];
      for (let run = 0; run < runs; run += 1) {
        const started = performance.now();
        const json = editor.getEditorState().toJSON() as unknown as EditorStateJson;
        structuredClone(editorStateToStory(json, storyFrame(story)));
        times.push(performance.now() - started);
      }
      return times;
    },
  };
}

start().catch((error: unknown) => {
  window.__benchError = String(error);
  console.error(error);
});
