import { $getNodeByKey, $getRoot, defineExtension, type LexicalEditor } from 'lexical';
import { readingMinutes, type StoryStats } from '../../../shared/story/story-stats';
import { $countBlock, NO_COUNTS, type BlockCounts } from './block-counts';

// Counts reach the inspector this long after typing (and at most this often).
const REPORT_INTERVAL_MS = 120;

/**
 * Live counts without rescanning the story: each top-level block's counts
 * are kept, and only the blocks Lexical marked dirty are counted again (a
 * keystroke: one paragraph) — batched, just after typing.
 */
export function registerCounts(
  editor: LexicalEditor,
  report: (stats: StoryStats) => void,
): () => void {
  const perBlock = new Map<string, BlockCounts>();
  const totals = { ...NO_COUNTS };
  const add = (counts: BlockCounts, sign: 1 | -1) => {
    for (const key of Object.keys(totals) as (keyof BlockCounts)[]) {
      totals[key] += sign * counts[key];
    }
  };
  const recount = (key: string) => {
    const previous = perBlock.get(key);
    if (previous) add(previous, -1);
    perBlock.delete(key);
    const node = $getNodeByKey(key);
    if (!node || !node.isAttached() || node.getParent()?.getKey() !== 'root') return;
    const counts = $countBlock(node);
    perBlock.set(key, counts);
    add(counts, 1);
  };
  const send = () =>
    report({
      words: totals.words,
      characters: totals.characters,
      headlineCharacters: totals.headlineCharacters,
      standfirstWords: totals.standfirstWords,
      captionWords: totals.captionWords,
      readingMinutes: readingMinutes(totals.words),
    });
  // The story as loaded: counted once, whole.
  editor.getEditorState().read(() => {
    for (const node of $getRoot().getChildren()) recount(node.getKey());
  });
  send();

  // Typing only notes which blocks changed; they are counted a moment later,
  // off the keystroke's path, against the newest state.
  const pending = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    timer = undefined;
    editor.getEditorState().read(() => {
      const tops = new Set<string>();
      for (const key of pending) {
        // A removed block is recounted to zero; a changed one from its top-level ancestor.
        if (perBlock.has(key)) tops.add(key);
        tops.add($getNodeByKey(key)?.getTopLevelElement()?.getKey() ?? key);
      }
      pending.clear();
      for (const key of tops) recount(key);
      // Blocks added or removed at the top (Lexical does not always list a
      // removed block as dirty): when the numbers disagree, reconcile once.
      const root = $getRoot();
      if (perBlock.size !== root.getChildrenSize()) {
        const present = new Set(root.getChildrenKeys());
        for (const key of [...perBlock.keys()]) if (!present.has(key)) recount(key);
        for (const key of present) if (!perBlock.has(key)) recount(key);
      }
    });
    send();
  };

  const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
    if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
    // Only the keys are noted here; they are resolved and counted in flush().
    for (const key of dirtyElements.keys()) if (key !== 'root') pending.add(key);
    for (const key of dirtyLeaves) pending.add(key);
    timer ??= setTimeout(flush, REPORT_INTERVAL_MS);
  });
  return () => {
    unregister();
    clearTimeout(timer);
  };
}

/** Configure with `report`: it is called with the story's counts after every change. */
export const CountsExtension = defineExtension({
  name: '@newsdesk/counts',
  config: { report: (stats: StoryStats): void => void stats },
  register: (editor, config) => registerCounts(editor, config.report),
});
