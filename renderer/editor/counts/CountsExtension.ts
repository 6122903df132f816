import { $getNodeByKey, $getRoot, defineExtension, type LexicalEditor } from 'lexical';
import { readingMinutes, type StoryStats } from '../../../shared/story/story-stats';
import { $countBlock, NO_COUNTS, type BlockCounts } from './block-counts';

/**
 * Live counts without rescanning the story: each top-level block's counts
 * are kept, and after an update only the blocks Lexical marked dirty are
 * counted again (a keystroke: one paragraph).
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
  const publish = () =>
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
  publish();

  return editor.registerUpdateListener(({ editorState, dirtyElements, dirtyLeaves }) => {
    if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
    editorState.read(() => {
      const tops = new Set<string>();
      for (const key of [...dirtyElements.keys(), ...dirtyLeaves]) {
        if (key === 'root') continue;
        if (perBlock.has(key)) tops.add(key);
        const node = $getNodeByKey(key);
        // A removed block is recounted to zero; a changed one from its top-level ancestor.
        if (!node) tops.add(key);
        else tops.add(node.getTopLevelElement()?.getKey() ?? key);
      }
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
    publish();
  });
}

/** Configure with `report`: it is called with the story's counts after every change. */
export const CountsExtension = defineExtension({
  name: '@newsdesk/counts',
  config: { report: (stats: StoryStats): void => void stats },
  register: (editor, config) => registerCounts(editor, config.report),
});
