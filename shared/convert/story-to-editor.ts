import type { Block, Story, TextRun } from '../story/story';
import {
  HEADLINE_NODE,
  TEXT_FORMAT_BITS,
  type EditorNodeJson,
  type EditorStateJson,
} from './editor-json';

function formatBits(run: TextRun): number {
  return (run.marks ?? []).reduce((bits, mark) => bits | TEXT_FORMAT_BITS[mark], 0);
}

/** Lexical keeps line breaks and tabs as nodes of their own, not characters. */
function runToNodes(run: TextRun): EditorNodeJson[] {
  const format = formatBits(run);
  return run.text
    .split(/(\n|\t)/)
    .filter((piece) => piece !== '')
    .map((piece): EditorNodeJson => {
      if (piece === '\n') return { type: 'linebreak', version: 1 };
      if (piece === '\t') return { type: 'tab', text: '\t', format, version: 1 };
      return { type: 'text', text: piece, format, version: 1 };
    });
}

function blockToNode(block: Block): EditorNodeJson {
  return { type: 'paragraph', version: 1, children: block.content.flatMap(runToNodes) };
}

/** The editor state that shows a story: the headline first, then the body. */
export function storyToEditorState(story: Story): EditorStateJson {
  const headline: EditorNodeJson = {
    ...HEADLINE_NODE,
    version: 1,
    children: story.headline === '' ? [] : [{ type: 'text', text: story.headline, version: 1 }],
  };
  return { root: { type: 'root', children: [headline, ...story.body.map(blockToNode)] } };
}
