// draftToBody: a draft as body blocks for a paste at the caret.
import { describe, expect, it } from 'vitest';
import { draftToBody, isFetchableUrl } from '../../shared/import/draft-to-body';
import type { DraftDocument } from '../../shared/import/import-draft';

const doc = (blocks: DraftDocument['blocks']): DraftDocument => ({ title: 'ignored', blocks });

describe('draftToBody', () => {
  it('makes every heading a subhead: h1/h2 level 2, h3–h6 level 3', () => {
    const levels = ([1, 2, 3, 4, 5, 6] as const).map((level) => ({
      type: 'heading' as const,
      level,
      content: [{ text: `h${level}` }],
    }));
    expect(draftToBody(doc(levels))).toEqual(
      [2, 2, 3, 3, 3, 3].map((level, i) => ({
        type: 'subhead',
        level,
        content: [{ text: `h${i + 1}` }],
      })),
    );
  });

  it('makes quotes pull quotes', () => {
    expect(
      draftToBody(doc([{ type: 'quote', content: [{ text: 'We stay.' }], attribution: 'Ann' }])),
    ).toEqual([{ type: 'pullquote', content: [{ text: 'We stay.' }], attribution: 'Ann' }]);
  });

  it('makes figures to fetch (http(s), data:image) or placeholders (relative, empty, anything else)', () => {
    const figure = (url: string) => ({
      type: 'figure' as const,
      url,
      alt: 'Alt',
      caption: [{ text: 'Cap' }],
      credit: 'AFP',
      width: 10,
      height: 10,
    });
    const body = draftToBody(
      doc([
        figure('https://a.example/p.jpg'),
        figure('data:image/jpeg;base64,/9j/4AAQ'),
        figure('images/p.jpg'),
        figure(''),
        figure('data:image/svg+xml,<svg/>'),
      ]),
    );
    const base = {
      type: 'figure',
      image: { alt: 'Alt' },
      caption: [{ text: 'Cap' }],
      credit: 'AFP',
    };
    expect(body).toEqual([
      { ...base, fetch: { url: 'https://a.example/p.jpg' } },
      { ...base, fetch: { url: 'data:image/jpeg;base64,/9j/4AAQ' } },
      base,
      base,
      base,
    ]);
  });

  it('keeps lists, rules, paragraphs and credit blocks as they are', () => {
    const blocks: DraftDocument['blocks'] = [
      { type: 'paragraph', content: [{ text: 'p', marks: ['bold'] }] },
      { type: 'list', ordered: true, items: [{ content: [{ text: 'i' }] }] },
      { type: 'rule' },
      { type: 'credit', text: '(AFP)' },
    ];
    expect(draftToBody(doc(blocks))).toEqual(blocks);
  });

  it('removes empty blocks: blank paragraphs and headings, empty list items, figures with nothing', () => {
    expect(
      draftToBody(
        doc([
          { type: 'paragraph', content: [] },
          { type: 'paragraph', content: [{ text: ' \u00a0\n' }] },
          { type: 'heading', level: 2, content: [] },
          { type: 'quote', content: [], attribution: 'Nobody' },
          {
            type: 'list',
            ordered: false,
            items: [
              { content: [] },
              { content: [], sublist: { ordered: true, items: [{ content: [] }] } },
            ],
          },
          { type: 'figure', url: '', alt: '', caption: [], credit: '' },
          { type: 'credit', text: '  ' },
          {
            type: 'list',
            ordered: false,
            items: [
              { content: [], sublist: { ordered: true, items: [{ content: [{ text: 'kept' }] }] } },
            ],
          },
        ]),
      ),
    ).toEqual([
      {
        type: 'list',
        ordered: false,
        items: [
          { content: [], sublist: { ordered: true, items: [{ content: [{ text: 'kept' }] }] } },
        ],
      },
    ]);
  });

  it('merges two lists of the same kind in a row, as the story holds them', () => {
    const list = (ordered: boolean, text: string) => ({
      type: 'list' as const,
      ordered,
      items: [{ content: [{ text }] }],
    });
    expect(draftToBody(doc([list(false, 'a'), list(false, 'b'), list(true, 'c')]))).toEqual([
      {
        type: 'list',
        ordered: false,
        items: [{ content: [{ text: 'a' }] }, { content: [{ text: 'b' }] }],
      },
      list(true, 'c'),
    ]);
  });

  it('fetches only what main can fetch or decode', () => {
    expect(isFetchableUrl('HTTPS://A.EXAMPLE/x.png')).toBe(true);
    expect(isFetchableUrl('data:image/webp;base64,UklGR')).toBe(true);
    for (const url of [
      '',
      'images/p.jpg',
      'blob:https://a/1',
      'file:///p.png',
      'data:text/html,x',
      'javascript:x',
    ]) {
      expect(isFetchableUrl(url)).toBe(false);
    }
  });
});
