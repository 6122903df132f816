// The structure rules in a real (headless) Lexical editor with the app's nodes.
import { $createLinkNode } from '@lexical/link';
import {
  $createTextNode,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  createEditor,
  INSERT_PARAGRAPH_COMMAND,
  ParagraphNode,
  TextNode,
  type LexicalEditor,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import type { EditorStateJson } from '../../shared/convert/editor-json';
import { editorStateToStory, storyFrame } from '../../shared/convert/editor-to-story';
import { storyToEditorState } from '../../shared/convert/story-to-editor';
import type { Story } from '../../shared/story/story';
import { STORY_NODES } from '../../renderer/editor/nodes';
import { $createCreditBlockNode } from '../../renderer/editor/nodes/CreditBlockNode';
import { $createFigureCaptionNode } from '../../renderer/editor/nodes/FigureCaptionNode';
import { $isFigureNode } from '../../renderer/editor/nodes/FigureNode';
import { $createHeadlineNode } from '../../renderer/editor/nodes/HeadlineNode';
import { $isPullQuoteNode } from '../../renderer/editor/nodes/PullQuoteNode';
import { registerStructureRules } from '../../renderer/editor/structure/StructureExtension';
import { storyWith } from '../shared/story-fixtures';

const PHOTO = `assets/${'a'.repeat(64)}.png`;

function editorWith(story: Story): LexicalEditor {
  const editor = createEditor({
    namespace: 'structure-rules',
    nodes: [ParagraphNode, TextNode, ...STORY_NODES],
    onError: (error) => {
      throw error;
    },
  });
  registerStructureRules(editor);
  editor.setEditorState(editor.parseEditorState(JSON.stringify(storyToEditorState(story))));
  return editor;
}

function read(editor: LexicalEditor, story: Story): Story {
  const json = editor.getEditorState().toJSON() as unknown as EditorStateJson;
  return editorStateToStory(json, storyFrame(story));
}

function types(editor: LexicalEditor): string[] {
  return editor.getEditorState().read(() =>
    $getRoot()
      .getChildren()
      .map((node) => node.getType()),
  );
}

const discrete = { discrete: true } as const;

describe('structure rules', () => {
  it('puts missing header fields back, empty, in order', () => {
    const story = storyWith('Tanks cross border', ['Body.']);
    const editor = editorWith(story);
    editor.update(() => {
      const [, standfirst, byline, dateline] = $getRoot().getChildren();
      standfirst!.remove();
      dateline!.remove();
      byline!.remove();
    }, discrete);
    expect(types(editor)).toEqual(['headline', 'standfirst', 'byline', 'dateline', 'paragraph']);
    expect(read(editor, story)).toEqual(story);
  });

  it('puts fields out of order back in order, and makes a second headline body text', () => {
    const story = { ...storyWith('Tanks cross border', []), bylines: ['By A'] };
    const editor = editorWith(story);
    editor.update(() => {
      const [headline, standfirst, byline] = $getRoot().getChildren();
      standfirst!.insertBefore(byline!); // byline above the standfirst
      headline!.insertAfter($createHeadlineNode().append($createTextNode('Second')));
    }, discrete);
    expect(types(editor)).toEqual(['headline', 'standfirst', 'byline', 'dateline', 'paragraph']);
    expect(read(editor, story).body).toEqual([
      { type: 'paragraph', content: [{ text: 'Second' }] },
    ]);
  });

  it('makes a header field pasted into the body a paragraph, keeping its words', () => {
    const story = storyWith('Headline', ['One', 'Two']);
    const editor = editorWith(story);
    editor.update(() => {
      $getRoot()
        .getLastChild()!
        .insertBefore($createHeadlineNode().append($createTextNode('Pasted')));
    }, discrete);
    expect(
      read(editor, story).body.map((b) => b.type === 'paragraph' && b.content[0]?.text),
    ).toEqual(['One', 'Pasted', 'Two']);
    expect(read(editor, story).headline).toBe('Headline');
  });

  it('keeps the credit block (and the headline) plain text', () => {
    const story = storyWith('Headline', []);
    const editor = editorWith(story);
    editor.update(() => {
      const bold = $createTextNode('(AFP').toggleFormat('bold');
      const link = $createLinkNode('https://example.org').append($createTextNode(' and AP)'));
      $getRoot().append($createCreditBlockNode().append(bold, link));
      $getRoot()
        .getFirstChildOrThrow<ParagraphNode>()
        .getFirstChild<TextNode>()
        ?.toggleFormat('italic');
    }, discrete);
    const after = read(editor, story);
    expect(after.body).toEqual([{ type: 'credit', text: '(AFP and AP)' }]);
    const formats = editor.getEditorState().read(() =>
      $getRoot()
        .getAllTextNodes()
        .map((node) => node.getFormat()),
    );
    expect(formats.every((format) => format === 0)).toBe(true);
  });

  it('a figure that loses its image keeps its caption and credit as a paragraph', () => {
    const story: Story = {
      ...storyWith('Headline', []),
      body: [
        {
          type: 'figure',
          image: { src: PHOTO, alt: '', width: 10, height: 10 },
          caption: [{ text: 'Smoke over Jarablus' }],
          credit: 'AFP photo',
        },
      ],
    };
    const editor = editorWith(story);
    editor.update(() => {
      const figure = $getRoot().getChildren().find($isFigureNode)!;
      figure.getFirstChildOrThrow().remove();
    }, discrete);
    expect(read(editor, story).body).toEqual([
      { type: 'paragraph', content: [{ text: 'Smoke over Jarablus — AFP photo' }] },
    ]);
  });

  it('a caption pasted on its own is a paragraph; a pull quote gets its attribution back', () => {
    const story: Story = {
      ...storyWith('Headline', []),
      body: [{ type: 'pullquote', content: [{ text: 'We will act' }], attribution: 'Minister' }],
    };
    const editor = editorWith(story);
    editor.update(() => {
      const quote = $getRoot().getChildren().find($isPullQuoteNode)!;
      quote.getLastChildOrThrow().remove();
      $getRoot().append($createFigureCaptionNode().append($createTextNode('Loose caption')));
    }, discrete);
    expect(read(editor, story).body).toEqual([
      { type: 'pullquote', content: [{ text: 'We will act' }], attribution: '' },
      { type: 'paragraph', content: [{ text: 'Loose caption' }] },
    ]);
  });

  it('Enter moves through the header fields and out of a figure', () => {
    const story: Story = {
      ...storyWith('Headline', []),
      bylines: ['By A'],
      body: [
        {
          type: 'figure',
          image: { src: PHOTO, alt: '', width: 10, height: 10 },
          caption: [],
          credit: '',
        },
      ],
    };
    const editor = editorWith(story);
    const where = () =>
      editor.getEditorState().read(() => {
        const selection = $getSelection();
        if (!$isRangeSelection(selection)) return null;
        const node = selection.anchor.getNode();
        return (node.getType() === 'text' ? node.getParentOrThrow() : node).getType();
      });
    const enter = () =>
      editor.update(
        () => void editor.dispatchCommand(INSERT_PARAGRAPH_COMMAND, undefined),
        discrete,
      );
    editor.update(() => $getRoot().getFirstChildOrThrow<ParagraphNode>().selectEnd(), discrete);
    const visited: (string | null)[] = [];
    for (let i = 0; i < 4; i += 1) {
      enter();
      visited.push(where());
    }
    expect(visited).toEqual(['standfirst', 'byline', 'dateline', 'paragraph']);
    // At the end of a filled byline, Enter adds another byline.
    editor.update(() => $getRoot().getChildren()[2]!.selectEnd(), discrete);
    enter();
    expect(where()).toBe('byline');
    expect(types(editor).slice(0, 5)).toEqual([
      'headline',
      'standfirst',
      'byline',
      'byline',
      'dateline',
    ]);
    // From the caption, Enter goes to the credit, then to a paragraph after the figure.
    editor.update(
      () => $getRoot().getChildren().find($isFigureNode)!.getChildren()[1]!.selectStart(),
      discrete,
    );
    enter();
    expect(where()).toBe('figure-credit');
    enter();
    expect(where()).toBe('paragraph');
    expect(types(editor).slice(-2)).toEqual(['figure', 'paragraph']);
  });
});
