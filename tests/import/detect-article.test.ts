import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../shared/import/detect-article';
import { parseDateline } from '../../shared/import/article-rules-dateline';
import { bylineRule, titleHeadline } from '../../shared/import/article-rules-header';
import { isClosingCredit } from '../../shared/import/article-rules-body';
import { startWork } from '../../shared/import/article-work';
import type { DraftBlock, DraftDocument } from '../../shared/import/import-draft';
import { importText, outline } from './article-helpers';

const p = (text: string): DraftBlock => ({ type: 'paragraph', content: [{ text }] });
const h = (level: 1 | 2 | 3 | 4 | 5 | 6, text: string): DraftBlock => ({
  type: 'heading',
  level,
  content: [{ text }],
});
const doc = (blocks: DraftBlock[], title = ''): DraftDocument => ({ title, blocks });
const prose = 'The ferry operator said on Tuesday that crossings would resume within the week.';

describe('chrome rules', () => {
  it.each([
    'Skip to main content',
    'Read more',
    'Share',
    'Share this article',
    'Advertisement',
    'Facebook | Twitter | Email',
    'Sign up to our newsletter',
    'This website uses cookies to improve your experience. Accept or manage your settings.',
    '© 2024 Harbour Gazette',
    'Home › World › Europe',
  ])('drops %j', (line) => {
    const article = detectArticle(doc([p('Harbour road closes for repairs'), p(line), p(prose)]));
    expect(outline(article)).toEqual([`p: ${prose}`]);
    expect(article.findings).toContainEqual(expect.objectContaining({ index: 1, role: 'dropped' }));
  });

  it.each([
    'Shoppers were asked to share cars on the way into town.',
    'The newsletter, which has 10,000 readers, said the plan would fail.',
    '"We accept your use of cookies," the company said in its privacy policy.',
    'Share prices fell 5% on Tuesday.',
    'Advertisement spending fell by a third last year, the agency said.',
  ])('keeps the story sentence %j', (line) => {
    const article = detectArticle(doc([p('Harbour road closes for repairs'), p(prose), p(line)]));
    expect(outline(article)).toEqual([`p: ${prose}`, `p: ${line}`]);
  });

  it('drops a "Page not found" widget and only the sentence under it', () => {
    const article = detectArticle(
      doc([
        p('Harbour road closes'),
        p(prose),
        p('Page not found'),
        p('The content you requested does not exist or is not available anymore.'),
        p('The road reopens in June.'),
      ]),
    );
    expect(outline(article)).toEqual([`p: ${prose}`, 'p: The road reopens in June.']);
  });
});

describe('headline rules', () => {
  it('takes the first h1, dropping short lines above it', () => {
    const article = detectArticle(doc([p('Harbour Gazette'), h(1, 'Road to close'), p(prose)]));
    expect(article.headline).toBe('Road to close');
    expect(article.findings[0]).toMatchObject({ index: 0, rule: 'before-headline' });
  });

  it('falls back to the page title without the outlet', () => {
    expect(detectArticle(doc([p(prose)], 'Road to close - Harbour Gazette')).headline).toBe(
      'Road to close',
    );
    expect(titleHeadline('Road to close | The Gazette')).toBe('Road to close');
    expect(titleHeadline('Road to close')).toBe('Road to close');
  });

  it('prefers a line with four words or more over a site name', () => {
    const article = importText(
      'Harbour Gazette\n\nFerries halted by a third day of strikes\n\n' + prose,
    );
    expect(article.headline).toBe('Ferries halted by a third day of strikes');
  });
});

describe('standfirst and byline rules', () => {
  it('takes a standfirst only when clear', () => {
    const withByline = importText(
      `Road to close for summer\n\nShopkeepers say the works will cost them the season.\n\nBy Jane Doe\n\n${prose}`,
    );
    expect(withByline.standfirst).toEqual([
      { text: 'Shopkeepers say the works will cost them the season.' },
    ]);
    const plain = importText(`Road to close for summer\n\n${prose}\n\n${prose}`);
    expect(plain.standfirst).toEqual([]);
    expect(outline(plain)).toHaveLength(2);
  });

  it.each([
    ['By Jane Doe', 'byline-by'],
    ['By Jane Doe and John Roe', 'byline-by'],
    ['By JANE DOE, Reuters', 'byline-by'],
    ['Jane Doe, Reuters', 'byline-name-outlet'],
    ['Jane Doe and John Roe, Europe correspondent', 'byline-name-outlet'],
    ['By the time the tanks arrived, the town was empty.', null],
    ['Paris, France', null],
  ])('%s → %s', (line, rule) => {
    expect(bylineRule(line)).toBe(rule);
  });
});

describe('dateline rule', () => {
  const work = startWork([], new Set());
  it.each([
    ['ANKARA, Aug 24 (Reuters) - Turkish tanks', 'ANKARA, Aug 24 (Reuters) -', { place: 'ANKARA' }],
    ['WASHINGTON (AP) — The Senate', 'WASHINGTON (AP) —', { place: 'WASHINGTON' }],
    ['Paris (AFP) - France said', 'Paris (AFP) -', { place: 'Paris' }],
    [
      'SAN JUAN, Puerto Rico (AP) — Power',
      'SAN JUAN, Puerto Rico (AP) —',
      { place: 'SAN JUAN, Puerto Rico' },
    ],
    [
      'ATHENS, March 4, 2025 — The strike',
      'ATHENS, March 4, 2025 —',
      { place: 'ATHENS', date: '2025-03-04' },
    ],
  ])('%s', (text, prefix, dateline) => {
    expect(parseDateline(text, work)).toMatchObject({ prefix, dateline });
  });

  it.each([
    'Officials - the mayor said - agreed',
    'Turkey said on Tuesday',
    'John Smith - the mayor',
  ])('finds none in %j', (text) => {
    expect(parseDateline(text, work)).toBeNull();
  });

  it('cuts the prefix from the first paragraph, keeping its formatting', () => {
    const article = detectArticle(
      doc([
        h(1, 'Road to close'),
        {
          type: 'paragraph',
          content: [{ text: 'LEEDS (PA) - ', marks: ['bold'] }, { text: 'The road closes.' }],
        },
      ]),
    );
    expect(article.dateline).toEqual({ place: 'LEEDS' });
    expect(article.body).toEqual([{ type: 'paragraph', content: [{ text: 'The road closes.' }] }]);
  });
});

describe('body rules', () => {
  it('turns HTML figures into import figures, splitting a credit out of the caption', () => {
    const article = detectArticle(
      doc([
        h(1, 'Road to close'),
        {
          type: 'figure',
          url: 'https://example.com/a.jpg',
          alt: 'The harbour road',
          caption: [{ text: 'The road in January. REUTERS/Jo Lee' }],
          credit: '',
        },
        { type: 'figure', url: '', alt: '', caption: [{ text: 'Dawn' }], credit: 'AFP' },
        p(prose),
      ]),
    );
    expect(article.body.slice(0, 2)).toEqual([
      {
        type: 'figure',
        image: { alt: 'The harbour road' },
        caption: [{ text: 'The road in January.' }],
        credit: 'REUTERS/Jo Lee',
        fetch: { url: 'https://example.com/a.jpg' },
      },
      { type: 'figure', image: { alt: '' }, caption: [{ text: 'Dawn' }], credit: 'AFP' },
    ]);
  });

  it('maps headings to subheads, blockquotes to pull quotes', () => {
    const article = detectArticle(
      doc([
        h(1, 'Road to close'),
        p(prose),
        h(2, 'Second'),
        h(4, 'Deeper'),
        h(1, 'Another h1'),
        { type: 'quote', content: [{ text: 'We will reopen.' }], attribution: 'Mayor' },
        { type: 'list', ordered: false, items: [{ content: [{ text: 'a' }] }] },
        { type: 'rule' },
        p(''),
      ]),
    );
    expect(outline(article)).toEqual([
      `p: ${prose}`,
      'h2: Second',
      'h3: Deeper',
      'h2: Another h1',
      'quote: We will reopen. — Mayor',
      'list: a',
      'rule',
    ]);
  });

  it('does not take one-line paragraphs, quotes or the last line for subheads', () => {
    const lines = outline(
      importText(
        `Road to close for summer\n\n${prose}\n\nThe road closes in May.\n\n"It is a disaster for us"\n\n${prose}\n\nSee you in June`,
      ),
    );
    expect(lines.filter((line) => line.startsWith('h2'))).toEqual([]);
  });

  it('recognises closing credits', () => {
    expect(isClosingCredit('(FRANCE 24 with AP and REUTERS)')).toBe(true);
    expect(isClosingCredit('(Reporting by Jo Lee; Editing by Sam Roe)')).toBe(true);
    expect(isClosingCredit('(Additional reporting by Jo Lee)')).toBe(true);
    expect(isClosingCredit('Compiled by Jo Lee')).toBe(true);
    expect(isClosingCredit('(The road reopens in June.)')).toBe(false);
    expect(isClosingCredit('The road reopens in June.')).toBe(false);
  });
});

describe('keep', () => {
  it('leaves kept blocks as body paragraphs with their text', () => {
    const blocks = [
      h(1, 'Road to close'),
      p(prose),
      p('Share'),
      p('Pre-empting the council'),
      p(prose),
    ];
    const without = detectArticle(doc(blocks));
    expect(outline(without)).toEqual([`p: ${prose}`, 'h2: Pre-empting the council', `p: ${prose}`]);
    const kept = detectArticle(doc(blocks), { keep: new Set([2, 3]) });
    expect(outline(kept)).toEqual([
      `p: ${prose}`,
      'p: Share',
      'p: Pre-empting the council',
      `p: ${prose}`,
    ]);
    expect(kept.findings.some((finding) => finding.index === 2 || finding.index === 3)).toBe(false);
  });
});
