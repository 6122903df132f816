// The Story schema at the boundary: what it accepts and what it refuses.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSafeHref } from '../../shared/story/inline-schema';
import type { Block, Story } from '../../shared/story/story';
import { createEmptyStory } from '../../shared/story/story-create';
import { LIMITS, StorySchema, StoryShapeSchema } from '../../shared/story/story-schema';
import { arbitraryStory, france24Story, storyWith } from './story-fixtures';

const base = storyWith('Headline', ['Body']);
const IMAGE = `assets/${'0'.repeat(64)}.png`;

function accepts(change: Partial<Record<keyof Story, unknown>>): boolean {
  return StorySchema.safeParse({ ...base, ...change }).success;
}

function paragraphWith(content: unknown): { body: unknown[] } {
  return { body: [{ type: 'paragraph', content }] };
}

function figureWith(image: Record<string, unknown>): { body: unknown[] } {
  const figure = { type: 'figure', caption: [], credit: '' };
  return { body: [{ ...figure, image: { src: IMAGE, alt: '', width: 1, height: 1, ...image } }] };
}

describe('StorySchema', () => {
  it('accepts a new empty story, a written one and the France 24 story', () => {
    const fresh = createEmptyStory(
      '5d1c1a52-1f0e-4d7b-8e3a-2b9c4f6a7e81',
      new Date('2026-11-24T10:00:00Z'),
    );
    expect(StorySchema.parse(fresh)).toEqual(fresh);
    expect(fresh).toMatchObject({ headline: '', body: [], createdAt: '2026-11-24T10:00:00.000Z' });
    expect(StorySchema.parse(base)).toEqual(base);
    expect(StorySchema.parse(france24Story)).toEqual(france24Story);
  });

  it('accepts every generated story (the fixtures are valid and canonical)', () => {
    fc.assert(
      fc.property(arbitraryStory, (story) => {
        expect(StorySchema.parse(story)).toEqual(story);
      }),
      { numRuns: 300, seed: 20261125 },
    );
  });

  it.each([
    'https://www.france24.com/en/middle-east/20160824-turkey-syria',
    'http://example.org/a?b=c&d=e#f',
    'HTTPS://EXAMPLE.ORG/',
    'mailto:desk@example.org',
    'MailTo:desk@example.org?subject=Copy',
  ])('accepts the link %s', (href) => {
    expect(isSafeHref(href)).toBe(true);
    expect(accepts(paragraphWith([{ text: 'x', href }]))).toBe(true);
  });

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['javascript: in capitals', 'JavaScript:alert(1)'],
    ['javascript: after a space', ' javascript:alert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['file:', 'file:///etc/passwd'],
    ['vbscript:', 'vbscript:msgbox(1)'],
    ['a relative path', '/en/story'],
    ['a scheme-relative URL', '//evil.example/'],
    ['a bare scheme', 'https://'],
    ['a URL with a space', 'https://example.org/a b'],
    ['a URL with a control character', 'https://example.org/\u0001'],
    ['a URL with a quote', 'https://example.org/"onmouseover="x'],
    ['an over-long URL', `https://example.org/${'a'.repeat(LIMITS.hrefChars)}`],
    ['an empty link', ''],
  ])('refuses a link that is %s', (_name, href) => {
    expect(isSafeHref(href)).toBe(false);
    expect(accepts(paragraphWith([{ text: 'x', href }]))).toBe(false);
    expect(accepts({ standfirst: [{ text: 'x', href }] })).toBe(false);
  });

  it.each([
    ['headline', (t: string) => ({ headline: t })],
    ['byline', (t: string) => ({ bylines: [t] })],
    ['dateline place', (t: string) => ({ dateline: { place: `Ankara${t}` } })],
    ['desk', (t: string) => ({ desk: t })],
    ['tag', (t: string) => ({ tags: [t] })],
    ['author', (t: string) => ({ authors: [t] })],
    ['figure credit', (t: string) => ({ body: [{ ...figureOf(), credit: t }] })],
    ['figure alt text', (t: string) => figureWith({ alt: t })],
    ['pull quote attribution', (t: string) => ({ body: [{ ...quoteOf(), attribution: t }] })],
    ['credit block', (t: string) => ({ body: [{ type: 'credit', text: t }] })],
  ])('keeps the %s to one line of plain text', (_field, make) => {
    expect(accepts(make('A line — with “quotes”, قوات and 🇹🇷'))).toBe(true);
    for (const bad of ['one\ntwo', 'tab\there', 'carriage\rreturn', 'nul\u0000', 'del\u007f']) {
      expect(accepts(make(bad))).toBe(false);
    }
  });

  it('allows line breaks and tabs in runs, but no other control characters', () => {
    expect(accepts(paragraphWith([{ text: 'line\nbreak\tand tab' }]))).toBe(true);
    expect(accepts(paragraphWith([{ text: 'carriage\rreturn' }]))).toBe(false);
    expect(accepts(paragraphWith([{ text: 'bell\u0007' }]))).toBe(false);
  });

  it('refuses empty bylines, tags and authors, and a dateline without a place', () => {
    expect(accepts({ bylines: [''] })).toBe(false);
    expect(accepts({ tags: [''] })).toBe(false);
    expect(accepts({ authors: [''] })).toBe(false);
    expect(accepts({ dateline: { place: '' } })).toBe(false);
    expect(accepts({ dateline: { place: 'Ankara', date: '2016-08-24' } })).toBe(true);
    expect(accepts({ dateline: { place: 'Ankara', date: '24/08/2016' } })).toBe(false);
    expect(accepts({ dateline: { place: 'Ankara', date: '2016-02-30' } })).toBe(false);
  });

  it.each(['', 'turkey', 'turkish-tanks-cross-syria', '2016-08-24-jarabulus'])(
    'accepts the slug %j',
    (slug) => expect(accepts({ slug })).toBe(true),
  );

  it.each([
    'Turkish-Tanks',
    'turkish tanks',
    'turkish--tanks',
    '-turkish',
    'turkish-',
    'türkiye',
    '../etc',
    'x'.repeat(121),
  ])('refuses the slug %j', (slug) => {
    expect(accepts({ slug })).toBe(false);
  });

  it.each(['en', 'ar', 'he', 'pt-BR', 'zh-Hant', 'sr-Latn-RS'])('accepts the language %j', (l) => {
    expect(accepts({ language: l })).toBe(true);
  });

  it.each(['', 'e', 'english', 'en_GB', 'en-', '12', 'en-toolongsubtag'])(
    'refuses the language %j',
    (language) => expect(accepts({ language })).toBe(false),
  );

  it.each([
    ['a path outside the story', '../other/assets/x.png'],
    ['an absolute path', `/assets/${'0'.repeat(64)}.png`],
    ['a web address', 'https://example.org/x.png'],
    ['a name that is not a hash', 'assets/photo.png'],
    ['an upper-case hash', `assets/${'A'.repeat(64)}.png`],
    ['an unknown type', `assets/${'0'.repeat(64)}.svg`],
    ['nothing', ''],
  ])('refuses an image src that is %s', (_name, src) => {
    expect(accepts(figureWith({ src }))).toBe(false);
  });

  it('refuses image sizes that are not whole positive pixels', () => {
    expect(accepts(figureWith({}))).toBe(true);
    expect(accepts(figureWith({ width: 0 }))).toBe(false);
    expect(accepts(figureWith({ height: 1.5 }))).toBe(false);
    expect(accepts(figureWith({ width: 100_001 }))).toBe(false);
  });

  it('takes a photo without its file as its alt text alone, and nothing in between', () => {
    const only = (image: Record<string, unknown>) => ({
      body: [{ type: 'figure', caption: [{ text: 'Smoke over Jarablus' }], credit: 'AFP', image }],
    });
    expect(accepts(only({ alt: 'Smoke over the town' }))).toBe(true);
    expect(accepts(only({ alt: '' }))).toBe(true);
    expect(accepts(only({}))).toBe(false);
    expect(accepts(only({ alt: '', width: 10, height: 10 }))).toBe(false);
    expect(accepts(only({ alt: '', src: IMAGE }))).toBe(false);
    expect(accepts(only({ alt: '', src: '', width: 1, height: 1 }))).toBe(false);
  });

  it.each([
    ['an empty run', [{ text: '' }]],
    ['an empty marks list', [{ text: 'x', marks: [] }]],
    ['marks out of order', [{ text: 'x', marks: ['italic', 'bold'] }]],
    ['a mark twice', [{ text: 'x', marks: ['bold', 'bold'] }]],
    ['a marked line break', [{ text: 'a\nb', marks: ['bold'] }]],
    ['two runs that should be one', [{ text: 'a' }, { text: 'b' }]],
    [
      'two runs with the same marks and link',
      [
        { text: 'a', marks: ['bold'], href: 'https://a.example/' },
        { text: 'b', marks: ['bold'], href: 'https://a.example/' },
      ],
    ],
  ])('refuses runs that are not canonical: %s', (_name, content) => {
    expect(accepts(paragraphWith(content))).toBe(false);
    expect(accepts({ standfirst: content })).toBe(false);
  });

  it('accepts neighbouring runs that differ in marks or link only', () => {
    const content = [
      { text: 'a', href: 'https://a.example/' },
      { text: 'b', href: 'https://b.example/' },
      { text: 'c' },
      { text: 'd', marks: ['bold'] },
    ];
    expect(accepts(paragraphWith(content))).toBe(true);
  });

  it('refuses two lists of the same kind in a row, and says where', () => {
    const list = (ordered: boolean): Block => ({
      type: 'list',
      ordered,
      items: [{ content: [{ text: 'item' }] }],
    });
    expect(accepts({ body: [list(false), list(true), list(false)] })).toBe(true);
    const twoBullets = StorySchema.safeParse({ ...base, body: [list(false), list(false)] });
    expect(twoBullets.success).toBe(false);
    expect(twoBullets.error?.issues[0]).toMatchObject({
      path: ['body', 1],
      message: 'two lists of the same kind in a row are one list',
    });
    // The shape alone (what the JSON Schema publishes) does not see it.
    expect(StoryShapeSchema.safeParse({ ...base, body: [list(false), list(false)] }).success).toBe(
      true,
    );
  });

  it('checks runs inside nested lists, captions and pull quotes', () => {
    const split = [{ text: 'a' }, { text: 'b' }];
    const nested: Block = {
      type: 'list',
      ordered: true,
      items: [{ content: [], sublist: { ordered: false, items: [{ content: split }] } }],
    };
    expect(accepts({ body: [nested] })).toBe(false);
    expect(accepts({ body: [{ ...figureOf(), caption: split }] })).toBe(false);
    expect(accepts({ body: [{ ...quoteOf(), content: split }] })).toBe(false);
  });

  it('nests lists at most eight deep', () => {
    const deep = (levels: number): Block => {
      let list = { ordered: false, items: [{ content: [{ text: 'x' }] }] };
      for (let i = 1; i < levels; i += 1) {
        list = { ordered: false, items: [{ content: [{ text: 'x' }], sublist: list }] } as never;
      }
      return { type: 'list', ...list };
    };
    expect(accepts({ body: [deep(8)] })).toBe(true);
    expect(accepts({ body: [deep(9)] })).toBe(false);
  });

  it.each([
    ['an id that is a path', { id: '../../etc' }],
    ['an upper-case id', { id: '0B6F6C4E-8D1A-4F4E-9A57-3C2D7E5B9A10' }],
    ['an over-long headline', { headline: 'x'.repeat(LIMITS.lineChars + 1) }],
    ['a missing headline', { headline: undefined }],
    ['a date without a zone', { createdAt: '2026-11-24T10:00:00' }],
    ['an embargo with an offset', { embargo: '2026-11-24T10:00:00+01:00' }],
    ['version 1', { schemaVersion: 1 }],
    ['version 2', { schemaVersion: 2 }],
    ['version 4', { schemaVersion: 4 }],
    ['an unknown key', { colour: 'red' }],
    ['an unknown status', { status: 'published' }],
    ['a target of no words', { targetWords: 0 }],
    ['a fractional target', { targetWords: 1.5 }],
    ['an unknown block', { body: [{ type: 'video', content: [] }] }],
    ['a subhead of level 4', { body: [{ type: 'subhead', level: 4, content: [] }] }],
    ['an empty list', { body: [{ type: 'list', ordered: false, items: [] }] }],
    ['an unknown mark', paragraphWith([{ text: 'x', marks: ['blink'] }])],
    ['a 20 MB run', paragraphWith([{ text: 'x'.repeat(20 * 1024 * 1024) }])],
  ])('refuses %s', (_name, change) => {
    expect(accepts(change as Partial<Record<keyof Story, unknown>>)).toBe(false);
  });
});

function figureOf() {
  return {
    type: 'figure',
    image: { src: IMAGE, alt: '', width: 1, height: 1 },
    caption: [],
    credit: '',
  };
}

function quoteOf() {
  return { type: 'pullquote', content: [], attribution: '' };
}
