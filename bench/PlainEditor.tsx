import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { $createHeadingNode, HeadingNode } from '@lexical/rich-text';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  type ElementNode,
  type TextFormatType,
} from 'lexical';
import type { Inline, Story } from '../shared/story/story';

function $appendRuns(parent: ElementNode, runs: Inline): ElementNode {
  for (const run of runs) {
    const text = $createTextNode(run.text);
    for (const mark of run.marks ?? []) text.toggleFormat(mark as TextFormatType);
    parent.append(text);
  }
  return parent;
}

/** The story's words as stock Lexical blocks: h1 headline, h2 subheads, every other line (byline, dateline, caption, credit) a paragraph. */
function $storyToPlainBlocks(story: Story): void {
  const root = $getRoot();
  root.append($appendRuns($createHeadingNode('h1'), [{ text: story.headline }]));
  root.append($appendRuns($createParagraphNode(), story.standfirst));
  for (const byline of story.bylines)
    root.append($appendRuns($createParagraphNode(), [{ text: byline }]));
  if (story.dateline)
    root.append($appendRuns($createParagraphNode(), [{ text: story.dateline.place }]));
  for (const block of story.body) {
    if (block.type === 'paragraph') root.append($appendRuns($createParagraphNode(), block.content));
    else if (block.type === 'subhead')
      root.append($appendRuns($createHeadingNode('h2'), block.content));
    else if (block.type === 'figure') {
      root.append($appendRuns($createParagraphNode(), block.caption));
      root.append($appendRuns($createParagraphNode(), [{ text: block.credit }]));
    }
  }
}

/** The baseline: LexicalComposer + RichTextPlugin + ContentEditable + HeadingNode, nothing else. */
export function PlainEditor({ story }: { readonly story: Story }) {
  const initialConfig = {
    namespace: 'bench-plain',
    nodes: [HeadingNode],
    editorState: () => $storyToPlainBlocks(story),
    onError: (error: Error) => console.error('[plain editor]', error),
  };
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <div className="nd-page">
        <RichTextPlugin
          contentEditable={<ContentEditable className="nd-editable" aria-label="Story text" />}
          ErrorBoundary={LexicalErrorBoundary}
        />
      </div>
    </LexicalComposer>
  );
}
