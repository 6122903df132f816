// htmlToDraft's mapping rules one by one: whitespace, marks, links, photos,
// quotes, lists, tables, page title and article, limits.
import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { htmlToDraft } from '../../shared/import/html-to-draft';
import { limitNesting } from '../../shared/import/html-depth';
import type { DraftBlock } from '../../shared/import/import-draft';
import { LIMITS } from '../../shared/story/inline-schema';
import type { List } from '../../shared/story/story';

const purifier = createDOMPurify(new JSDOM('').window);
const blocks = (html: string): readonly DraftBlock[] => htmlToDraft(html, purifier).blocks;
const para = (text: string): DraftBlock => ({ type: 'paragraph', content: [{ text }] });

describe('text and whitespace', () => {
  it('collapses whitespace as a browser does, across elements, and drops a space before <br>', () => {
    expect(blocks('<p>  one \n\t two  <b> three </b> four <br>  five </p>')).toEqual([
      {
        type: 'paragraph',
        content: [
          { text: 'one two ' },
          { text: 'three ', marks: ['bold'] },
          { text: 'four\nfive' },
        ],
      },
    ]);
  });

  it('runs of &nbsp; are one space; a lone one stays; paragraphs of only spaces go', () => {
    expect(
      blocks('<p>10&nbsp;km&nbsp;&nbsp;&nbsp;away &nbsp;now</p><p>&nbsp;</p><p> &nbsp; <br> </p>'),
    ).toEqual([para('10\u00a0km away now')]);
  });

  it('two line breaks in a row split the paragraph; one is a line break', () => {
    expect(blocks('<div>First<br><br>Second<br>line<br><br><br>Third</div>')).toEqual([
      para('First'),
      { type: 'paragraph', content: [{ text: 'Second\nline' }] },
      para('Third'),
    ]);
  });

  it('a div with text and blocks gives each its own paragraph', () => {
    expect(blocks('<div>loose <i>text</i><p>para</p>tail<div>inner</div></div>')).toEqual([
      { type: 'paragraph', content: [{ text: 'loose ' }, { text: 'text', marks: ['italic'] }] },
      para('para'),
      para('tail'),
      para('inner'),
    ]);
  });

  it('keeps whitespace inside <pre>', () => {
    expect(blocks('<pre><code>a  b\n  c</code></pre>')).toEqual([
      {
        type: 'paragraph',
        content: [
          { text: 'a  b', marks: ['code'] },
          { text: '\n' },
          { text: '  c', marks: ['code'] },
        ],
      },
    ]);
  });

  it('strips control characters and the BOM', () => {
    expect(blocks('<p>a\u0001b\u0008c\u007fd\u0085e\ufefff</p>')).toEqual([para('abcdef')]);
  });
});

describe('marks and links', () => {
  it('maps tags to marks in canonical order', () => {
    expect(
      blocks(
        '<p><strong><em>a</em></strong><u>b</u><s>c</s><strike>d</strike><del>e</del><sup>f</sup><sub>g</sub><code>h</code></p>',
      )[0],
    ).toEqual({
      type: 'paragraph',
      content: [
        { text: 'a', marks: ['bold', 'italic'] },
        { text: 'b', marks: ['underline'] },
        { text: 'cde', marks: ['strikethrough'] },
        { text: 'f', marks: ['superscript'] },
        { text: 'g', marks: ['subscript'] },
        { text: 'h', marks: ['code'] },
      ],
    });
  });

  it('style normal undoes a tag’s bold and italic', () => {
    expect(
      blocks(
        '<p><b>a<span style="font-weight:400">b</span></b><i style="font-style:normal">c</i></p>',
      ),
    ).toEqual([{ type: 'paragraph', content: [{ text: 'a', marks: ['bold'] }, { text: 'bc' }] }]);
  });

  it('keeps http(s) and mailto links; others are text', () => {
    expect(
      blocks(
        '<p><a href=" https://a.example/x ">a</a> <a href="mailto:desk@example.com">m</a> <a href="ftp://f">f</a> <a href="#top">t</a> <a name="x">n</a></p>',
      ),
    ).toEqual([
      {
        type: 'paragraph',
        content: [
          { text: 'a', href: 'https://a.example/x' },
          { text: ' ' },
          { text: 'm', href: 'mailto:desk@example.com' },
          { text: ' f t n' },
        ],
      },
    ]);
  });

  it('a link over a line break stays one link', () => {
    expect(blocks('<p><a href="https://a.example/"><b>x</b><br>y</a></p>')).toEqual([
      {
        type: 'paragraph',
        content: [
          { text: 'x', marks: ['bold'], href: 'https://a.example/' },
          { text: '\ny', href: 'https://a.example/' },
        ],
      },
    ]);
  });
});

describe('headings, rules, title, article', () => {
  it('maps h1–h6 to draft headings and <hr> to a rule', () => {
    expect(blocks('<h1>a</h1><h3>b</h3><hr><h6><i>c</i></h6>')).toEqual([
      { type: 'heading', level: 1, content: [{ text: 'a' }] },
      { type: 'heading', level: 3, content: [{ text: 'b' }] },
      { type: 'rule' },
      { type: 'heading', level: 6, content: [{ text: 'c', marks: ['italic'] }] },
    ]);
  });

  it('reads the first <title> before <body>, entities decoded', () => {
    expect(
      htmlToDraft(
        '<html><head><title> Floods &amp; storms\n</title></head><body><p>x</p></body></html>',
        purifier,
      ).title,
    ).toBe('Floods & storms');
    expect(htmlToDraft('<body><p>x</p><svg><title>Icon</title></svg></body>', purifier).title).toBe(
      '',
    );
  });

  it('reads a page from its only <article>, else its only <main>', () => {
    expect(blocks('<p>site</p><article><p>story</p></article><p>footer</p>')).toEqual([
      para('story'),
    ]);
    expect(blocks('<p>site</p><main><p>story</p></main>')).toEqual([para('story')]);
    expect(blocks('<article><p>one</p></article><article><p>two</p></article>')).toEqual([
      para('one'),
      para('two'),
    ]);
  });
});

describe('photos', () => {
  it('a bare image in a paragraph is a figure between the paragraph’s halves', () => {
    expect(
      blocks(
        '<p>before <img src="https://a.example/p.jpg" alt=" A  photo " width="640" height="480"> after</p>',
      ),
    ).toEqual([
      para('before'),
      {
        type: 'figure',
        url: 'https://a.example/p.jpg',
        alt: 'A photo',
        caption: [],
        credit: '',
        width: 640,
        height: 480,
      },
      para('after'),
    ]);
  });

  it('keeps http(s), data:image and relative addresses; //host as https; tracking pixels go', () => {
    const urls = blocks(
      '<img src="//cdn.example/a.png"><img src="data:image/png;base64,iVBORw0KGgo="><img src="images/b.jpg"><img src="https://t.example/p.gif" width="1" height="1">',
    ).map((block) => block.type === 'figure' && block.url);
    expect(urls).toEqual([
      'https://cdn.example/a.png',
      'data:image/png;base64,iVBORw0KGgo=',
      'images/b.jpg',
    ]);
  });

  it('tells the credit by <small>, <cite> or by splitCaptionCredit', () => {
    const caption = (inner: string) => {
      const figure = blocks(
        `<figure><img src="https://a/p.jpg"><figcaption>${inner}</figcaption></figure>`,
      )[0];
      return figure?.type === 'figure' ? [figure.caption, figure.credit] : null;
    };
    expect(caption('Soldiers at the <b>border</b>. <small>AFP</small>')).toEqual([
      [{ text: 'Soldiers at the ' }, { text: 'border', marks: ['bold'] }, { text: '.' }],
      'AFP',
    ]);
    expect(caption('Soldiers <cite>Jane Doe/Reuters</cite>')).toEqual([
      [{ text: 'Soldiers' }],
      'Jane Doe/Reuters',
    ]);
    expect(caption('Soldiers in <i>Ankara</i>. REUTERS/Umit Bektas')).toEqual([
      [{ text: 'Soldiers in ' }, { text: 'Ankara', marks: ['italic'] }, { text: '.' }],
      'REUTERS/Umit Bektas',
    ]);
    expect(caption('A quiet street in the old town')).toEqual([
      [{ text: 'A quiet street in the old town' }],
      '',
    ]);
  });

  it('a figure without an image keeps its caption as text; a figure holding a blockquote is a quote', () => {
    expect(blocks('<figure><figcaption>Video: the flood</figcaption></figure>')).toEqual([
      para('Video: the flood'),
    ]);
    expect(
      blocks(
        '<figure><blockquote><p>We stay.</p></blockquote><figcaption>— Jane Doe</figcaption></figure>',
      ),
    ).toEqual([{ type: 'quote', content: [{ text: 'We stay.' }], attribution: 'Jane Doe' }]);
  });
});

describe('quotes', () => {
  it('reads the attribution from <cite>, <footer>, or a last dash line', () => {
    expect(
      blocks('<blockquote><p>One.</p><footer>— <cite>Ann</cite></footer></blockquote>'),
    ).toEqual([{ type: 'quote', content: [{ text: 'One.' }], attribution: 'Ann' }]);
    expect(blocks('<blockquote><p>Two.</p><p>Three.</p><p>– Bo, mayor</p></blockquote>')).toEqual([
      { type: 'quote', content: [{ text: 'Two.\nThree.' }], attribution: 'Bo, mayor' },
    ]);
    expect(blocks('<blockquote>Four.<br>-- Cy</blockquote>')).toEqual([
      { type: 'quote', content: [{ text: 'Four.' }], attribution: 'Cy' },
    ]);
    expect(blocks('<blockquote>— Not an attribution alone</blockquote>')).toEqual([
      { type: 'quote', content: [{ text: '— Not an attribution alone' }], attribution: '' },
    ]);
  });
});

describe('lists', () => {
  it('nests lists, and reads stray content in a list as an item', () => {
    expect(blocks('<ol><li>a<ul><li>b</li></ul></li><li></li>c</ol>')).toEqual([
      {
        type: 'list',
        ordered: true,
        items: [
          {
            content: [{ text: 'a' }],
            sublist: { ordered: false, items: [{ content: [{ text: 'b' }] }] },
          },
          { content: [{ text: 'c' }] },
        ],
      },
    ]);
  });

  it('nests at most LIMITS.listDepth deep: deeper items join the deepest list', () => {
    const html = '<ul><li>x'.repeat(12) + '</li></ul>'.repeat(12);
    const [list] = blocks(html);
    let depth = 0;
    let current: List | undefined = list?.type === 'list' ? list : undefined;
    let deepest: List | undefined;
    while (current) {
      depth += 1;
      deepest = current;
      current = current.items[0]?.sublist;
    }
    expect(depth).toBe(LIMITS.listDepth);
    expect(deepest?.items).toHaveLength(12 - LIMITS.listDepth + 1);
  });

  it('a photo in a list item follows the list', () => {
    expect(
      blocks('<ul><li>a <img src="https://a/p.jpg"></li></ul>').map((block) => block.type),
    ).toEqual(['list', 'figure']);
  });
});

describe('tables', () => {
  it('a data table is a paragraph a row, cells separated by tabs', () => {
    expect(
      blocks(
        '<table><caption>Results</caption><thead><tr><th>Party</th><th>Seats</th></tr></thead><tbody><tr><td><p>Green</p></td><td>12</td></tr><tr><td></td><td></td></tr></tbody></table>',
      ),
    ).toEqual([para('Results'), para('Party\tSeats'), para('Green\t12')]);
  });

  it('a layout table gives its cells’ blocks', () => {
    expect(
      blocks('<table><tr><td><h2>Title</h2><p>Body</p></td><td>Side</td></tr></table>'),
    ).toEqual([
      { type: 'heading', level: 2, content: [{ text: 'Title' }] },
      para('Body'),
      para('Side'),
    ]);
  });
});

describe('limits and hostile shapes', () => {
  it('cuts a run longer than LIMITS.runChars into paragraphs', () => {
    const long = 'a'.repeat(LIMITS.runChars + 10);
    const out = blocks(`<p>${long}</p>`);
    expect(out.map((block) => block.type === 'paragraph' && block.content[0]!.text.length)).toEqual(
      [LIMITS.runChars, 10],
    );
  });

  it('keeps at most LIMITS.runsPerInline runs a paragraph', () => {
    const out = blocks(`<p>${'<b>x</b>y'.repeat(LIMITS.runsPerInline)}</p>`);
    expect(
      out.every(
        (block) => block.type === 'paragraph' && block.content.length <= LIMITS.runsPerInline,
      ),
    ).toBe(true);
    expect(out).toHaveLength(2);
  });

  it('bounds nesting before parsing: 5,000 nested <b>s read as bold text', () => {
    const deep = '<b>'.repeat(5_000) + 'deep' + '</b>'.repeat(5_000);
    expect(blocks(deep)).toEqual([
      { type: 'paragraph', content: [{ text: 'deep', marks: ['bold'] }] },
    ]);
    expect(limitNesting('<div><p>x</p></div>')).toBe('<div><p>x</p></div>');
  });

  it('skips a Windows CF_HTML header', () => {
    expect(
      blocks(
        'Version:0.9\r\nStartHTML:00000097\r\nEndHTML:00000170\r\n<html><body><p>x</p></body></html>',
      ),
    ).toEqual([para('x')]);
  });
});
