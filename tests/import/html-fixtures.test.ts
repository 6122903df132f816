// Fixtures are .html.txt so that Prettier leaves the clipboard bytes as they came.
// Real clipboard shapes (Word on Windows, Google Docs, a news page) read into
// drafts: every block and mark asserted, then the paste body made from them.
import { readFileSync } from 'node:fs';
import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { draftToBody } from '../../shared/import/draft-to-body';
import { htmlToDraft } from '../../shared/import/html-to-draft';
import type { DraftBlock } from '../../shared/import/import-draft';

const purifier = createDOMPurify(new JSDOM('').window);

function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/clipboard/${name}`, import.meta.url), 'utf8');
}

const p = (...content: object[]) => ({ type: 'paragraph', content }) as DraftBlock;

describe('Word (Windows desktop, CF_HTML body)', () => {
  const draft = htmlToDraft(fixture('word-windows.html.txt'), purifier);

  it('reads every block: title style, bold/italic by tag and by style, list, footnotes; no comment, no empty paragraph', () => {
    expect(draft).toEqual({
      title: '',
      blocks: [
        { type: 'heading', level: 1, content: [{ text: 'Council approves new bridge' }] },
        p({ text: 'By Jane Doe', marks: ['bold'] }),
        p(
          { text: 'The city council voted on Tuesday to fund the ' },
          { text: 'Riverside', marks: ['italic'] },
          { text: ' bridge, ending a ' },
          { text: 'three-year', marks: ['bold'] },
          { text: ' dispute over its cost.' },
          { text: '1', marks: ['superscript'] },
        ),
        { type: 'heading', level: 1, content: [{ text: 'What happens next' }] },
        p(
          { text: 'Work starts in spring. The plan has ' },
          { text: 'three', marks: ['italic'] },
          { text: ' stages:' },
        ),
        {
          type: 'list',
          ordered: false,
          items: [
            {
              content: [{ text: 'Demolition of the old pier' }],
              sublist: {
                ordered: false,
                items: [
                  {
                    content: [
                      { text: 'Permits from the ' },
                      { text: 'port authority', marks: ['bold'] },
                    ],
                  },
                ],
              },
            },
            { content: [{ text: 'Foundations' }] },
            { content: [{ text: 'The deck' }] },
          ],
        },
        p({ text: 'The mayor called it “a good day”.' }),
        p({ text: '1', marks: ['superscript'] }, { text: ' Council minutes, 4 March.' }),
      ],
    });
  });

  it('leaves out Word’s list bullets, comment marks and comment text', () => {
    const text = JSON.stringify(draft);
    for (const junk of ['·', '[JD1]', 'press office', 'mso-', '&nbsp;', '\u00a0']) {
      expect(text).not.toContain(junk);
    }
  });

  it('an ordered Word list (1., 2.) is an ordered list', () => {
    const item = (n: string, text: string) =>
      `<p class=MsoListParagraph style='mso-list:l1 level1 lfo2'><![if !supportLists]><span style='mso-list:Ignore'>${n}<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]>${text}<o:p></o:p></p>`;
    const { blocks } = htmlToDraft(`${item('1.', 'First')}\n${item('2.', 'Second')}`, purifier);
    expect(blocks).toEqual([
      {
        type: 'list',
        ordered: true,
        items: [{ content: [{ text: 'First' }] }, { content: [{ text: 'Second' }] }],
      },
    ]);
  });
});

describe('Google Docs', () => {
  const draft = htmlToDraft(fixture('google-docs.html.txt'), purifier);

  it('reads every block: the font-weight:normal wrapper makes nothing bold; 700, italic, super, line-through do', () => {
    expect(draft).toEqual({
      title: '',
      blocks: [
        p(
          { text: 'Flood waters rose ' },
          { text: 'two metres', marks: ['bold'] },
          { text: ' overnight, the ' },
          { text: 'Environment Agency', marks: ['italic'] },
          { text: ' said, citing ' },
          // The link's underline is its look, not a mark.
          { text: 'its gauges', href: 'https://www.gov.uk/check-flooding' },
          { text: '.' },
        ),
        { type: 'heading', level: 2, content: [{ text: 'Roads closed' }] },
        {
          type: 'list',
          ordered: false,
          items: [
            {
              content: [{ text: 'A38 at Bridgwater' }],
              sublist: { ordered: false, items: [{ content: [{ text: 'both directions' }] }] },
            },
            { content: [{ text: 'M5', marks: ['bold'] }, { text: ' junction 24' }] },
          ],
        },
        {
          type: 'figure',
          url: 'https://lh7-us.googleusercontent.com/docsz/AD_4nXeX3p1n0Q9kLr8vT2mW5yH7uJ6iK4oL3pN2qR1sT0uV9wX8yZ7aB6cD5eF4gH3iJ2kL1mN0oP9qR8sT7uV6wX5yZ4?key=Qm9ndXNLZXk',
          alt: '',
          caption: [],
          credit: '',
          width: 602,
          height: 339,
        },
        p({ text: 'Water over the A38 on Monday.', marks: ['italic'] }),
        p(
          { text: 'The level was 4.2m' },
          { text: 'a', marks: ['superscript'] },
          { text: ' at ' },
          { text: 'noon', marks: ['strikethrough'] },
          { text: ' 3pm.' },
        ),
        {
          type: 'list',
          ordered: true,
          items: [
            { content: [{ text: 'Move valuables upstairs' }] },
            { content: [{ text: 'Call 0345 988 1188' }] },
          ],
        },
        { type: 'rule' },
        p({ text: 'Additional reporting by Sam Lee' }),
      ],
    });
  });
});

describe('a news page', () => {
  const draft = htmlToDraft(fixture('news-site.html.txt'), purifier);

  it('reads the title, and only the article: no menu, search, share buttons, related, ad, footer, teasers, cookie banner', () => {
    expect(draft).toEqual({
      title: 'Turkish tanks cross Syrian border | World News & Analysis',
      blocks: [
        p({ text: 'Middle East', href: 'https://www.example-news.com/world/middle-east' }),
        {
          type: 'heading',
          level: 1,
          content: [{ text: 'Turkish tanks cross Syrian border to free IS-group held town' }],
        },
        p({
          text: 'Turkey sent tanks into Syria on Wednesday in its first major incursion of the war.',
        }),
        p(
          { text: 'By ' },
          { text: 'Jane Doe', href: 'https://www.example-news.com/authors/jane-doe' },
          { text: ' · 24 August 2016' },
        ),
        {
          type: 'figure',
          url: 'https://cdn.example-news.com/img/2016/08/tanks-800.jpg',
          alt: 'Turkish army tanks near the border at Karkamis',
          caption: [{ text: 'Turkish army tanks near the border at Karkamis on Wednesday.' }],
          credit: 'Bulent Kilic/AFP',
          width: 800,
          height: 450,
        },
        p(
          {
            text: 'Turkish tanks and special forces crossed into Syria early on Wednesday to drive the ',
          },
          { text: 'Islamic State', marks: ['bold'] },
          { text: ' group out of the border town of ' },
          { text: 'Jarabulus', marks: ['italic'] },
          { text: '.' },
        ),
        p({
          text: 'The operation, backed by US-led coalition air strikes, began at 4am local time. Officials said it was aimed at “terror groups”.',
        }),
        { type: 'heading', level: 2, content: [{ text: 'Pre-empting Kurdish forces' }] },
        p({ text: 'Ankara is also determined to stop Kurdish militia filling the vacuum.' }),
        {
          type: 'quote',
          content: [{ text: 'We will not allow a terror corridor on our southern border.' }],
          attribution: 'Recep Tayyip Erdogan, Turkish president',
        },
        // In the article's text: detection, not the reader, decides it is chrome.
        p(
          { text: 'Read more: ' },
          {
            text: 'Who are the Kurds?',
            href: 'https://www.example-news.com/world/kurds-explained',
          },
        ),
        p({
          text: 'The town lies on the Euphrates river.\nIt had about 11,000 residents before the war.',
        }),
        p({ text: '(FRANCE 24 with AP and REUTERS)' }),
      ],
    });
  });
});

describe('pasting them', () => {
  it('Word: headings are subheads (level 2), never a second headline; the rest as is', () => {
    const body = draftToBody(htmlToDraft(fixture('word-windows.html.txt'), purifier));
    expect(body.map((block) => block.type)).toEqual([
      'subhead',
      'paragraph',
      'paragraph',
      'subhead',
      'paragraph',
      'list',
      'paragraph',
      'paragraph',
    ]);
    expect(body[0]).toEqual({
      type: 'subhead',
      level: 2,
      content: [{ text: 'Council approves new bridge' }],
    });
  });

  it('Google Docs: the photo is fetched from its https address', () => {
    const body = draftToBody(htmlToDraft(fixture('google-docs.html.txt'), purifier));
    const figure = body.find((block) => block.type === 'figure');
    expect(figure).toEqual({
      type: 'figure',
      image: { alt: '' },
      caption: [],
      credit: '',
      fetch: { url: expect.stringMatching(/^https:\/\/lh7-us\.googleusercontent\.com\//) },
    });
  });

  it('the news page: figure with caption, credit and alt to fetch; the quote a pull quote', () => {
    const body = draftToBody(htmlToDraft(fixture('news-site.html.txt'), purifier));
    expect(body.find((block) => block.type === 'figure')).toEqual({
      type: 'figure',
      image: { alt: 'Turkish army tanks near the border at Karkamis' },
      caption: [{ text: 'Turkish army tanks near the border at Karkamis on Wednesday.' }],
      credit: 'Bulent Kilic/AFP',
      fetch: { url: 'https://cdn.example-news.com/img/2016/08/tanks-800.jpg' },
    });
    expect(body.find((block) => block.type === 'pullquote')).toEqual({
      type: 'pullquote',
      content: [{ text: 'We will not allow a terror corridor on our southern border.' }],
      attribution: 'Recep Tayyip Erdogan, Turkish president',
    });
    expect(body.filter((block) => block.type === 'subhead').map((block) => block.level)).toEqual([
      2, 2,
    ]);
  });
});
