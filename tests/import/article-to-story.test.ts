import { describe, expect, it } from 'vitest';
import { articleToStory } from '../../shared/import/article-to-story';
import type { ImportedArticle } from '../../shared/import/import-draft';
import { LIMITS, StorySchema } from '../../shared/story/story-schema';

const init = { id: '6f1c2b7e-4d3a-4b8e-9c1d-2a3b4c5d6e7f', now: new Date('2026-11-29T10:00:00Z') };

function article(parts: Partial<ImportedArticle>): ImportedArticle {
  return { headline: '', standfirst: [], bylines: [], body: [], findings: [], ...parts };
}

describe('articleToStory', () => {
  it('builds the header and body, dropping fetch from figures', () => {
    const story = articleToStory(
      article({
        headline: 'Ferries halted by strike',
        standfirst: [{ text: 'Islands cut off for a second day' }],
        bylines: ['By Eleni Markou'],
        dateline: { place: 'PIRAEUS', date: '2026-03-04' },
        body: [
          {
            type: 'figure',
            image: { alt: '' },
            caption: [{ text: 'Passengers wait' }],
            credit: 'AFP photo',
            fetch: { url: 'https://example.com/a.jpg' },
          },
          { type: 'paragraph', content: [{ text: 'Ferries stayed in port.' }] },
          { type: 'credit', text: '(Reporting by Eleni Markou)' },
        ],
      }),
      init,
    );
    expect(StorySchema.safeParse(story).success).toBe(true);
    expect(story).toMatchObject({
      id: init.id,
      headline: 'Ferries halted by strike',
      bylines: ['By Eleni Markou'],
      dateline: { place: 'PIRAEUS', date: '2026-03-04' },
      createdAt: '2026-11-29T10:00:00.000Z',
    });
    expect(story.body[0]).toEqual({
      type: 'figure',
      image: { alt: '' },
      caption: [{ text: 'Passengers wait' }],
      credit: 'AFP photo',
    });
  });

  it('makes hostile input valid', () => {
    const story = articleToStory(
      article({
        headline: 'Line\none\u0000' + 'x'.repeat(5_000),
        standfirst: [
          { text: 'a', marks: ['bold', 'bold'] },
          { text: 'b', marks: ['bold'] },
        ],
        bylines: ['', '\u0007', 'By\tSomeone'],
        dateline: { place: '  ', date: '2026-02-30' },
        body: [
          { type: 'paragraph', content: [{ text: '   ' }] },
          { type: 'paragraph', content: [{ text: 'x', href: 'javascript:alert(1)' }] },
          { type: 'paragraph', content: [{ text: 'y'.repeat(250_001) }] },
          { type: 'subhead', level: 2, content: [] },
          { type: 'credit', text: '' },
          { type: 'list', ordered: false, items: [{ content: [{ text: '' }] }] },
          {
            type: 'list',
            ordered: true,
            items: Array.from({ length: 3_000 }, () => ({ content: [{ text: 'i' }] })),
          },
          {
            type: 'list',
            ordered: true,
            items: Array.from({ length: 3_000 }, () => ({ content: [{ text: 'j' }] })),
          },
        ],
      }),
      init,
    );
    const parsed = StorySchema.safeParse(story);
    expect(parsed.error?.issues).toBeUndefined();
    expect(story.headline.length).toBeLessThanOrEqual(LIMITS.lineChars);
    expect(story.bylines).toEqual(['By Someone']);
    expect(story.dateline).toBeUndefined();
    expect(story.body.filter((block) => block.type === 'paragraph')).toHaveLength(4);
    expect(story.body.at(-1)).toMatchObject({ type: 'list' });
  });

  it('flattens lists nested deeper than the limit', () => {
    type Item = { content: { text: string }[]; sublist?: { ordered: boolean; items: Item[] } };
    let item: Item = { content: [{ text: 'deepest' }] };
    for (let depth = 0; depth < 20; depth += 1) {
      item = { content: [{ text: `level ${depth}` }], sublist: { ordered: false, items: [item] } };
    }
    const story = articleToStory(
      article({ body: [{ type: 'list', ordered: false, items: [item] }] }),
      init,
    );
    expect(StorySchema.safeParse(story).success).toBe(true);
    expect(JSON.stringify(story)).toContain('deepest');
  });
});
