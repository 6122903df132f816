// Story ⇄ editor JSON, the pure functions on their own (no Lexical here; the
// round trip through the real editor is tests/renderer/story-roundtrip.test.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  NODE_TYPES,
  TEXT_FORMAT_BITS,
  type EditorNodeJson,
  type EditorStateJson,
} from '../../shared/convert/editor-json';
import { editorStateToStory, storyFrame } from '../../shared/convert/editor-to-story';
import { inlineToNodes, storyToEditorState } from '../../shared/convert/story-to-editor';
import { MARKS, type Block, type Story } from '../../shared/story/story';
import { StorySchema } from '../../shared/story/story-schema';
import { arbitraryStory, france24Story, storyWith } from './story-fixtures';

const empty = storyWith('', []);
const frame = storyFrame(empty);
const IMAGE = `assets/${'c0ffee00'.repeat(8)}.webp`;

const text = (value: string, format = 0): EditorNodeJson => ({
  type: 'text',
  text: value,
  format,
  version: 1,
});
const el = (type: string, children: EditorNodeJson[], props: object = {}): EditorNodeJson => ({
  type,
  version: 1,
  ...props,
  children,
});

/** The body nodes the editor state holds for these blocks (after the four header fields). */
function bodyNodes(body: Block[]): readonly EditorNodeJson[] {
  return storyToEditorState({ ...empty, body }).root.children.slice(4);
}

/** Reads a story back from hand-made body nodes under an empty header. */
function storyOfBody(body: EditorNodeJson[]): Story {
  const header = storyToEditorState(empty).root.children;
  return editorStateToStory({ root: { type: 'root', children: [...header, ...body] } }, frame);
}

/** Story → JSON → Story, without the editor in between. */
function pureRoundTrip(story: Story): Story {
  return editorStateToStory(storyToEditorState(story), storyFrame(story));
}

describe('storyToEditorState: the header', () => {
  it('always shows every header field, in order, empty ones with no text', () => {
    expect(storyToEditorState(empty).root.children).toEqual([
      el('headline', []),
      el('standfirst', []),
      el('byline', []),
      el('dateline', [], { date: '' }),
    ]);
  });

  it('fills them from the story: one byline node per byline, the date as a property', () => {
    expect(storyToEditorState(france24Story).root.children.slice(0, 4)).toEqual([
      el('headline', [text('Turkish tanks cross Syrian border to free IS-group held town')]),
      el('standfirst', [text(france24Story.standfirst[0]!.text)]),
      el('byline', [text('FRANCE 24')]),
      el('dateline', [text('Karkamis, Turkey')], { date: '2016-08-24' }),
    ]);
    const twoBylines = storyToEditorState({ ...empty, bylines: ['By A', 'By B'] });
    expect(twoBylines.root.children.filter((node) => node.type === 'byline')).toHaveLength(2);
  });
});

describe('storyToEditorState: each block', () => {
  it('paragraph: runs become text nodes with format bits; line breaks and tabs nodes of their own', () => {
    const paragraph: Block = {
      type: 'paragraph',
      content: [
        { text: 'Turkish ' },
        { text: 'tanks\tcross', marks: ['bold', 'italic'] },
        { text: '\n' },
        { text: 'H' },
        { text: '2', marks: ['subscript'] },
        { text: 'O' },
      ],
    };
    expect(bodyNodes([paragraph])).toEqual([
      el('paragraph', [
        text('Turkish '),
        text('tanks', 3),
        { type: 'tab', text: '\t', format: 3, version: 1 },
        text('cross', 3),
        { type: 'linebreak', version: 1 },
        text('H'),
        text('2', TEXT_FORMAT_BITS.subscript),
        text('O'),
      ]),
    ]);
  });

  it('every mark has its own Lexical format bit, both ways', () => {
    const bits = MARKS.map((mark) => TEXT_FORMAT_BITS[mark]);
    expect(new Set(bits).size).toBe(MARKS.length);
    for (const mark of MARKS) {
      const block: Block = { type: 'paragraph', content: [{ text: mark, marks: [mark] }] };
      expect(bodyNodes([block])[0]!.children).toEqual([text(mark, TEXT_FORMAT_BITS[mark])]);
      expect(storyOfBody([...bodyNodes([block])]).body).toEqual([block]);
    }
    // Lexical's own values (lexical/src/LexicalConstants.ts IS_BOLD … IS_SUPERSCRIPT).
    expect(TEXT_FORMAT_BITS).toEqual({
      bold: 1,
      italic: 2,
      strikethrough: 4,
      underline: 8,
      code: 16,
      subscript: 32,
      superscript: 64,
    });
  });

  it('links: runs in a row with one href share a link node; a different href starts another', () => {
    const a = 'https://a.example/';
    const b = 'mailto:desk@example.org';
    expect(
      inlineToNodes([
        { text: 'one ', href: a },
        { text: 'two', marks: ['bold'], href: a },
        { text: 'three', href: b },
        { text: ' plain' },
        { text: 'four', href: a },
      ]),
    ).toEqual([
      el('link', [text('one '), text('two', 1)], { url: a }),
      el('link', [text('three')], { url: b }),
      text(' plain'),
      el('link', [text('four')], { url: a }),
    ]);
  });

  it('subhead: its level is a property', () => {
    const h3: Block = {
      type: 'subhead',
      level: 3,
      content: [{ text: 'Pre-empting Kurdish forces' }],
    };
    expect(bodyNodes([h3])).toEqual([
      el('subhead', [text('Pre-empting Kurdish forces')], { level: 3 }),
    ]);
  });

  it('figure: image, caption and credit, in that order', () => {
    const figure: Block = {
      type: 'figure',
      image: { src: IMAGE, alt: 'Tanks at the border', width: 1024, height: 576 },
      caption: [{ text: 'The Islamic State group', marks: ['italic'] }],
      credit: 'AFP photo',
    };
    expect(bodyNodes([figure])).toEqual([
      el('figure', [
        {
          type: 'figure-image',
          version: 1,
          src: IMAGE,
          alt: 'Tanks at the border',
          width: 1024,
          height: 576,
        },
        el('figure-caption', [text('The Islamic State group', 2)]),
        el('figure-credit', [text('AFP photo')]),
      ]),
    ]);
  });

  it('pull quote: its words, then the attribution', () => {
    const quote: Block = { type: 'pullquote', content: [{ text: 'Words' }], attribution: '' };
    expect(bodyNodes([quote])).toEqual([
      el('pullquote', [el('pullquote-text', [text('Words')]), el('pullquote-attribution', [])]),
    ]);
  });

  it('list: a nested list sits in an item of its own after its parent item', () => {
    const list: Block = {
      type: 'list',
      ordered: true,
      items: [
        {
          content: [{ text: 'Jarablus' }],
          sublist: { ordered: false, items: [{ content: [{ text: 'held by IS' }] }] },
        },
        { content: [] },
      ],
    };
    expect(bodyNodes([list])).toEqual([
      el(
        'list',
        [
          el('listitem', [text('Jarablus')], { value: 1 }),
          el(
            'listitem',
            [
              el('list', [el('listitem', [text('held by IS')], { value: 1 })], {
                listType: 'bullet',
                start: 1,
                tag: 'ul',
              }),
            ],
            { value: 2 },
          ),
          el('listitem', [], { value: 3 }),
        ],
        { listType: 'number', start: 1, tag: 'ol' },
      ),
    ]);
  });

  it('rule and credit block', () => {
    expect(
      bodyNodes([{ type: 'rule' }, { type: 'credit', text: '(FRANCE 24 with AP and REUTERS)' }]),
    ).toEqual([
      { type: 'rule', version: 1 },
      el('credit-block', [text('(FRANCE 24 with AP and REUTERS)')]),
    ]);
  });
});

describe('editorStateToStory', () => {
  it('reads back every valid story the JSON was made from (without the editor)', () => {
    expect(pureRoundTrip(france24Story)).toEqual(france24Story);
    fc.assert(
      fc.property(arbitraryStory, (story) => {
        expect(pureRoundTrip(story)).toEqual(story);
      }),
      { numRuns: 300, seed: 20261125 },
    );
  });

  it('takes id, metadata and times from the frame, the rest from the editor', () => {
    const frameOf = storyFrame(france24Story);
    expect(Object.keys(frameOf).sort()).toEqual(
      [
        'schemaVersion',
        'id',
        'slug',
        'status',
        'desk',
        'tags',
        'language',
        'targetWords',
        'authors',
        'createdAt',
        'updatedAt',
      ].sort(),
    );
    const story = editorStateToStory(storyToEditorState(empty), frameOf);
    expect(story).toEqual({ ...frameOf, headline: '', standfirst: [], bylines: [], body: [] });
  });

  it('makes plain fields one line of plain text: breaks and tabs become spaces, marks and links go', () => {
    const state: EditorStateJson = {
      root: {
        type: 'root',
        children: [
          el('headline', [
            text('Two', 1),
            { type: 'linebreak' },
            el('link', [text('lines')], { url: 'https://a.example/' }),
          ]),
          el('byline', [text('By\tJane')]),
          el('byline', []),
          el('dateline', [text('Ankara')], { date: 'Wednesday' }),
          el('credit-block', [text('(AFP)'), { type: 'tab', text: '\t' }, text('x')]),
        ],
      },
    };
    const story = editorStateToStory(state, frame);
    expect(story.headline).toBe('Two lines');
    expect(story.bylines).toEqual(['By Jane']);
    expect(story.dateline).toEqual({ place: 'Ankara' });
    expect(story.body).toEqual([{ type: 'credit', text: '(AFP) x' }]);
  });

  it('drops a dateline without a place, and keeps a date only when it is YYYY-MM-DD', () => {
    const withDateline = (dateline: EditorNodeJson) =>
      editorStateToStory(
        { root: { type: 'root', children: [el('headline', []), dateline] } },
        frame,
      ).dateline;
    expect(withDateline(el('dateline', [], { date: '2016-08-24' }))).toBeUndefined();
    expect(withDateline(el('dateline', [text('Ankara')], { date: '2016-08-24' }))).toEqual({
      place: 'Ankara',
      date: '2016-08-24',
    });
    expect(withDateline(el('dateline', [text('Ankara')]))).toEqual({ place: 'Ankara' });
  });

  it('keeps the words of a link it refuses, without the link', () => {
    const story = storyOfBody([
      el('paragraph', [
        el('link', [text('click', 1)], { url: 'javascript:alert(1)' }),
        el('link', [text(' here')], { url: 'data:text/html,x' }),
        el('link', [text(' or mail')], { url: 'mailto:desk@example.org' }),
      ]),
    ]);
    expect(story.body).toEqual([
      {
        type: 'paragraph',
        content: [
          { text: 'click', marks: ['bold'] },
          { text: ' here' },
          { text: ' or mail', href: 'mailto:desk@example.org' },
        ],
      },
    ]);
    expect(StorySchema.safeParse(story).success).toBe(true);
  });

  it('keeps the words of blocks it does not model, as paragraphs', () => {
    const story = storyOfBody([
      el('quote', [text('A quote')]),
      el('heading', [el('link', [text('Linked', 2)])], { tag: 'h2' }),
      el('headline', [text('A headline below the header')]),
    ]);
    expect(story.body).toEqual([
      { type: 'paragraph', content: [{ text: 'A quote' }] },
      { type: 'paragraph', content: [{ text: 'Linked', marks: ['italic'] }] },
      { type: 'paragraph', content: [{ text: 'A headline below the header' }] },
    ]);
  });

  it('treats a document without a header as all body', () => {
    const state: EditorStateJson = {
      root: { type: 'root', children: [el('paragraph', [text('Body')])] },
    };
    const story = editorStateToStory(state, frame);
    expect(story.headline).toBe('');
    expect(story.body).toEqual([{ type: 'paragraph', content: [{ text: 'Body' }] }]);
  });

  it('merges neighbouring runs with the same marks and drops unknown format bits and empty text', () => {
    const story = storyOfBody([
      el('paragraph', [text('a', 1), text('b', 1 | 128), text('', 2), text('\n', 1)]),
    ]);
    expect(story.body).toEqual([
      { type: 'paragraph', content: [{ text: 'ab', marks: ['bold'] }, { text: '\n' }] },
    ]);
  });

  it('merges two lists of the same kind in a row, and drops an empty list', () => {
    const list = (listType: string, words: string[]) =>
      el(
        'list',
        words.map((word) => el('listitem', [text(word)])),
        { listType },
      );
    const story = storyOfBody([
      list('bullet', ['a']),
      list('bullet', ['b']),
      list('number', ['1']),
      el('list', [], { listType: 'bullet' }),
    ]);
    expect(story.body).toEqual([
      {
        type: 'list',
        ordered: false,
        items: [{ content: [{ text: 'a' }] }, { content: [{ text: 'b' }] }],
      },
      { type: 'list', ordered: true, items: [{ content: [{ text: '1' }] }] },
    ]);
  });

  it('gives a nested list with no item before it an empty item, and never lets one list replace another', () => {
    const nested = (listType: string, word: string) =>
      el('listitem', [el('list', [el('listitem', [text(word)])], { listType })]);
    const story = storyOfBody([
      el(
        'list',
        [
          nested('bullet', 'first'),
          el('listitem', [text('item')]),
          nested('bullet', 'x'),
          nested('number', 'y'),
        ],
        {
          listType: 'bullet',
        },
      ),
    ]);
    expect(story.body).toEqual([
      {
        type: 'list',
        ordered: false,
        items: [
          { content: [], sublist: { ordered: false, items: [{ content: [{ text: 'first' }] }] } },
          {
            content: [{ text: 'item' }],
            sublist: { ordered: false, items: [{ content: [{ text: 'x' }] }] },
          },
          { content: [], sublist: { ordered: true, items: [{ content: [{ text: 'y' }] }] } },
        ],
      },
    ]);
  });

  it('reads a figure’s image properties, with 1 for a missing size', () => {
    const story = storyOfBody([
      el('figure', [
        { type: 'figure-image', src: IMAGE, alt: 'Alt' },
        el('figure-caption', [text('Caption')]),
        el('figure-credit', [text('AFP'), { type: 'linebreak' }, text('photo')]),
      ]),
    ]);
    expect(story.body).toEqual([
      {
        type: 'figure',
        image: { src: IMAGE, alt: 'Alt', width: 1, height: 1 },
        caption: [{ text: 'Caption' }],
        credit: 'AFP photo',
      },
    ]);
  });

  it('reads subhead levels other than 3 as 2', () => {
    expect(storyOfBody([el('subhead', [text('S')], { level: 7 })]).body).toEqual([
      { type: 'subhead', level: 2, content: [{ text: 'S' }] },
    ]);
    expect(storyOfBody([el('subhead', [text('S')])]).body).toEqual([
      { type: 'subhead', level: 2, content: [{ text: 'S' }] },
    ]);
  });

  it('names every Newsdesk node type once', () => {
    const types = Object.values(NODE_TYPES);
    expect(new Set(types).size).toBe(types.length);
  });
});
