import type { Block, Mark, Story, TextRun } from '../story/story';
import { normalizeRuns, makeRun } from '../story/story-runs';
import {
  HEADLINE_NODE,
  TEXT_FORMAT_BITS,
  type EditorNodeJson,
  type EditorStateJson,
} from './editor-json';

/** Everything a story has that the editor does not hold. */
export type StoryFrame = Omit<Story, 'headline' | 'body'>;

function marksOf(format: unknown): Mark[] {
  if (typeof format !== 'number') return [];
  return (Object.keys(TEXT_FORMAT_BITS) as Mark[]).filter(
    (mark) => (format & TEXT_FORMAT_BITS[mark]) !== 0,
  );
}

/** Inline nodes to runs. Unknown inline containers (a pasted link) keep their text. */
function inlineRuns(nodes: readonly EditorNodeJson[] = []): TextRun[] {
  return nodes.flatMap((node): TextRun[] => {
    if (node.type === 'linebreak') return [{ text: '\n' }];
    if (typeof node.text === 'string') return [makeRun(node.text, marksOf(node.format))];
    return inlineRuns(node.children);
  });
}

function isHeadline(node: EditorNodeJson): boolean {
  return node.type === HEADLINE_NODE.type && node.tag === HEADLINE_NODE.tag;
}

/** The headline is one line of plain text: breaks become spaces, marks are dropped. */
function headlineText(node: EditorNodeJson | undefined): string {
  if (!node) return '';
  return inlineRuns(node.children)
    .map((run) => run.text)
    .join('')
    .replace(/[\r\n]+/g, ' ');
}

/**
 * Any top-level node becomes a paragraph for now, so no words are lost to a
 * block type this version does not model yet.
 */
function nodeToBlock(node: EditorNodeJson): Block {
  return { type: 'paragraph', content: normalizeRuns(inlineRuns(node.children)) };
}

/** Reads the story out of the editor's state; `frame` supplies id, times and version. */
export function editorStateToStory(state: EditorStateJson, frame: StoryFrame): Story {
  const [first, ...rest] = state.root.children;
  const hasHeadline = first !== undefined && isHeadline(first);
  const bodyNodes = hasHeadline ? rest : state.root.children;
  return {
    ...frame,
    headline: hasHeadline ? headlineText(first) : '',
    body: bodyNodes.map(nodeToBlock),
  };
}
