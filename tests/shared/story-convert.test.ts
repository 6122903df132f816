// Story ⇄ editor state, through the real Lexical editor (headless, no DOM).
import { HeadingNode } from '@lexical/rich-text';
import fc from 'fast-check';
import { createEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import type { EditorStateJson } from '../../shared/convert/editor-json';
import { editorStateToStory } from '../../shared/convert/editor-to-story';
import { storyToEditorState } from '../../shared/convert/story-to-editor';
import type { Story } from '../../shared/story/story';
import { StorySchema } from '../../shared/story/story-schema';
import { arbitraryStory, storyWith } from './story-fixtures';

/** Loads editor JSON into a real Lexical editor and reads back what it holds. */
function throughLexical(state: EditorStateJson): EditorStateJson {
  const editor = createEditor({
    nodes: [HeadingNode],
    onError: (error) => {
      throw error;
    },
  });
  const parsed = editor.parseEditorState(JSON.stringify(state));
  return parsed.toJSON() as unknown as EditorStateJson;
}

function roundTrip(story: Story): Story {
  return editorStateToStory(throughLexical(storyToEditorState(story)), story);
}

describe('story ⇄ editor', () => {
  it('keeps headline, paragraphs and marks', () => {
    const story: Story = {
      ...storyWith('Turkish tanks cross Syrian border', []),
      body: [
        {
          type: 'paragraph',
          content: [
            { text: 'Turkish tanks and ' },
            { text: 'special forces', marks: ['bold'] },
            { text: ' crossed ' },
            { text: 'into', marks: ['bold', 'italic', 'underline', 'strikethrough'] },
          ],
        },
        { type: 'paragraph', content: [] },
        { type: 'paragraph', content: [{ text: 'Line one\nline two\twith a tab' }] },
      ],
    };
    expect(roundTrip(story)).toEqual(story);
  });

  it('keeps an empty story empty', () => {
    const story = storyWith('', []);
    expect(roundTrip(story)).toEqual(story);
  });

  it('is the identity for every valid story (1,000 generated)', () => {
    fc.assert(
      fc.property(arbitraryStory, (story) => {
        expect(StorySchema.parse(story)).toEqual(story);
        expect(roundTrip(story)).toEqual(story);
      }),
      { numRuns: 1000, seed: 20261124 },
    );
  });

  it('reads a headline with line breaks as one line', () => {
    const state: EditorStateJson = {
      root: {
        type: 'root',
        children: [
          {
            type: 'heading',
            tag: 'h1',
            children: [
              { type: 'text', text: 'Two' },
              { type: 'linebreak' },
              { type: 'text', text: 'lines', format: 1 },
            ],
          },
        ],
      },
    };
    expect(editorStateToStory(state, storyWith('', [])).headline).toBe('Two lines');
  });

  it('keeps the words of blocks it does not model yet, as paragraphs', () => {
    const state: EditorStateJson = {
      root: {
        type: 'root',
        children: [
          { type: 'heading', tag: 'h1', children: [{ type: 'text', text: 'Head' }] },
          { type: 'quote', children: [{ type: 'text', text: 'A quote' }] },
          {
            type: 'heading',
            tag: 'h2',
            children: [{ type: 'link', children: [{ type: 'text', text: 'Linked', format: 2 }] }],
          },
        ],
      },
    };
    expect(editorStateToStory(state, storyWith('', [])).body).toEqual([
      { type: 'paragraph', content: [{ text: 'A quote' }] },
      { type: 'paragraph', content: [{ text: 'Linked', marks: ['italic'] }] },
    ]);
  });

  it('treats a document without a headline as all body', () => {
    const state: EditorStateJson = {
      root: {
        type: 'root',
        children: [{ type: 'paragraph', children: [{ type: 'text', text: 'Body' }] }],
      },
    };
    const story = editorStateToStory(state, storyWith('old', []));
    expect(story.headline).toBe('');
    expect(story.body).toEqual([{ type: 'paragraph', content: [{ text: 'Body' }] }]);
  });

  it('merges neighbouring runs with the same marks and drops unknown format bits', () => {
    const state: EditorStateJson = {
      root: {
        type: 'root',
        children: [
          { type: 'heading', tag: 'h1', children: [] },
          {
            type: 'paragraph',
            children: [
              { type: 'text', text: 'a', format: 1 },
              { type: 'text', text: 'b', format: 1 | 16 },
              { type: 'text', text: '', format: 2 },
            ],
          },
        ],
      },
    };
    expect(editorStateToStory(state, storyWith('', [])).body).toEqual([
      { type: 'paragraph', content: [{ text: 'ab', marks: ['bold'] }] },
    ]);
  });
});
