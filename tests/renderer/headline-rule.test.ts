// The headline rule, as node transforms in a real (headless) Lexical editor.
import { $createHeadingNode, HeadingNode } from '@lexical/rich-text';
import { $createParagraphNode, $createTextNode, $getRoot, createEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import type { EditorStateJson } from '../../shared/convert/editor-json';
import { editorStateToStory } from '../../shared/convert/editor-to-story';
import { registerHeadlineRule } from '../../renderer/editor/headline-rule';
import { storyWith } from '../shared/story-fixtures';

function editorWithRule() {
  const editor = createEditor({
    nodes: [HeadingNode],
    onError: (error) => {
      throw error;
    },
  });
  registerHeadlineRule(editor);
  return editor;
}

function storyOf(editor: ReturnType<typeof createEditor>) {
  return editorStateToStory(
    editor.getEditorState().toJSON() as unknown as EditorStateJson,
    storyWith('', []),
  );
}

function rootTypes(editor: ReturnType<typeof createEditor>) {
  return editor.getEditorState().read(() =>
    $getRoot()
      .getChildren()
      .map((node) => (node instanceof HeadingNode ? node.getTag() : node.getType())),
  );
}

describe('headline rule', () => {
  it('puts a headline back first when everything is deleted', () => {
    const editor = editorWithRule();
    editor.update(
      () =>
        $getRoot()
          .clear()
          .append($createParagraphNode().append($createTextNode('Body'))),
      { discrete: true },
    );
    expect(rootTypes(editor)).toEqual(['h1', 'paragraph']);
    expect(storyOf(editor).body).toEqual([{ type: 'paragraph', content: [{ text: 'Body' }] }]);
  });

  it('turns an emptied document back into an empty headline', () => {
    const editor = editorWithRule();
    editor.update(() => $getRoot().clear().append($createParagraphNode()), { discrete: true });
    expect(rootTypes(editor)).toEqual(['h1']);
  });

  it('keeps exactly one headline: a second h1 or another heading becomes a paragraph', () => {
    const editor = editorWithRule();
    editor.update(
      () =>
        $getRoot()
          .clear()
          .append(
            $createHeadingNode('h1').append($createTextNode('The headline')),
            $createHeadingNode('h1').append($createTextNode('Pasted h1')),
            $createHeadingNode('h2').append($createTextNode('Pasted h2')),
          ),
      { discrete: true },
    );
    expect(rootTypes(editor)).toEqual(['h1', 'paragraph', 'paragraph']);
    expect(storyOf(editor)).toMatchObject({ headline: 'The headline' });
  });

  it('adds a headline above a heading of another level at the top', () => {
    const editor = editorWithRule();
    editor.update(
      () =>
        $getRoot()
          .clear()
          .append($createHeadingNode('h2').append($createTextNode('Sub'))),
      { discrete: true },
    );
    expect(rootTypes(editor)).toEqual(['h1', 'paragraph']);
  });
});
