// Story → editor → Story through the real Lexical editor with Newsdesk's nodes
// and structure rules: whatever a story holds, the editor gives back unchanged.
import { $dfs } from '@lexical/utils';
import fc from 'fast-check';
import { $getRoot, createEditor, ParagraphNode, TextNode, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { NODE_TYPES, type EditorStateJson } from '../../shared/convert/editor-json';
import { editorStateToStory, storyFrame } from '../../shared/convert/editor-to-story';
import { storyToEditorState } from '../../shared/convert/story-to-editor';
import type { Block, Story } from '../../shared/story/story';
import { StorySchema } from '../../shared/story/story-schema';
import { STORY_NODES } from '../../renderer/editor/nodes';
import { registerStructureRules } from '../../renderer/editor/structure/StructureExtension';
import { arbitraryStory, france24Story, storyWith } from '../shared/story-fixtures';

/** A headless editor (no root element, so no DOM) with the app's nodes and rules. */
function storyEditor(): LexicalEditor {
  const editor = createEditor({
    namespace: 'story-roundtrip',
    nodes: [ParagraphNode, TextNode, ...STORY_NODES],
    onError: (error) => {
      throw error;
    },
  });
  registerStructureRules(editor);
  return editor;
}

/**
 * Loads editor JSON, then marks every node dirty — the root's children, as
 * the app's first edit of each block would, and everything under them — so
 * every transform (structure rules, list merging, text normalization) runs
 * over the whole document. Returns what the editor then holds.
 */
function throughEditor(state: EditorStateJson): EditorStateJson {
  const editor = storyEditor();
  editor.setEditorState(editor.parseEditorState(JSON.stringify(state)));
  editor.update(
    () => {
      for (const child of $getRoot().getChildren()) child.markDirty();
      for (const { node } of $dfs()) node.markDirty();
    },
    { discrete: true },
  );
  return editor.getEditorState().toJSON() as unknown as EditorStateJson;
}

/** Story → editor → Story. */
function roundTrip(story: Story): Story {
  return editorStateToStory(throughEditor(storyToEditorState(story)), storyFrame(story));
}

const rootTypes = (state: EditorStateJson) => state.root.children.map((node) => node.type);

describe('story → editor → story, through Lexical with Newsdesk’s nodes', () => {
  it('keeps the France 24 story as filed', () => {
    expect(StorySchema.parse(france24Story)).toEqual(france24Story);
    expect(roundTrip(france24Story)).toEqual(france24Story);
  });

  it('keeps an empty story empty', () => {
    const story = storyWith('', []);
    expect(roundTrip(story)).toEqual(story);
  });

  it('keeps every block type on its own', () => {
    const list: Block = {
      type: 'list',
      ordered: true,
      items: [{ content: [{ text: 'one' }] }, { content: [{ text: 'two', marks: ['bold'] }] }],
    };
    for (const block of [...france24Story.body, list, { type: 'rule' } as const]) {
      const story: Story = { ...storyWith('', []), body: [block] };
      expect(roundTrip(story)).toEqual(story);
    }
  });

  it('keeps line breaks, marked tabs, links across marks, and deep lists', () => {
    const story: Story = {
      ...storyWith('Head', []),
      // A line break carries no marks (story-runs.ts): it is a run of its own.
      standfirst: [
        { text: 'One', marks: ['italic'] },
        { text: '\n' },
        { text: 'two', marks: ['italic'] },
      ],
      bylines: ['By Jane Doe', 'By خالد'],
      dateline: { place: 'Ankara' },
      body: [
        {
          type: 'paragraph',
          content: [
            { text: 'a\tb', marks: ['bold'] },
            { text: 'x', href: 'mailto:desk@example.org' },
            { text: 'y', marks: ['code'], href: 'mailto:desk@example.org' },
            { text: '\n' },
            { text: '2', marks: ['subscript'] },
          ],
        },
        {
          type: 'list',
          ordered: true,
          items: [
            {
              content: [],
              sublist: {
                ordered: false,
                items: [
                  {
                    content: [{ text: 'two' }],
                    sublist: { ordered: true, items: [{ content: [{ text: 'three' }] }] },
                  },
                ],
              },
            },
          ],
        },
        { type: 'list', ordered: false, items: [{ content: [{ text: 'bullet' }] }] },
      ],
    };
    expect(StorySchema.parse(story)).toEqual(story);
    expect(roundTrip(story)).toEqual(story);
  });

  it('registers a node for every type the conversions write (shared/convert/editor-json.ts)', () => {
    const editor = storyEditor();
    // _nodes is the editor's registry of node types (public in the typings, underscored by convention).
    const registered = [...editor._nodes.keys()];
    expect(registered).toEqual(expect.arrayContaining(Object.values(NODE_TYPES)));
  });

  it('runs the structure rules over the loaded document (the harness is live)', () => {
    const state = storyToEditorState(storyWith('Head', ['Body']));
    const withoutDateline = state.root.children.filter((node) => node.type !== 'dateline');
    const strayHeadline = {
      type: 'headline',
      version: 1,
      children: [{ type: 'text', version: 1, text: 'Pasted', format: 0 }],
    };
    const after = throughEditor({
      root: { ...state.root, children: [...withoutDateline, strayHeadline] },
    });
    expect(rootTypes(after)).toEqual([
      'headline',
      'standfirst',
      'byline',
      'dateline',
      'paragraph',
      'paragraph',
    ]);
    expect(editorStateToStory(after, storyFrame(storyWith('', []))).body).toEqual([
      { type: 'paragraph', content: [{ text: 'Body' }] },
      { type: 'paragraph', content: [{ text: 'Pasted' }] },
    ]);
  });

  it('is the identity for every valid story (1,000 generated)', () => {
    fc.assert(
      fc.property(arbitraryStory, (story) => {
        expect(StorySchema.parse(story)).toEqual(story);
        expect(roundTrip(story)).toEqual(story);
      }),
      { numRuns: 1000, seed: 20261125 },
    );
  }, 120_000);
});
