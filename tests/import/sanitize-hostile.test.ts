// Hostile HTML pasted or imported never yields a script, an event handler or
// an unsafe address in the draft or in the paste body: every link passes
// isSafeHref, every photo address is http(s), data:image or relative.
import { readFileSync } from 'node:fs';
import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { draftToBody } from '../../shared/import/draft-to-body';
import { htmlToDraft } from '../../shared/import/html-to-draft';
import type { DraftDocument, ImportBlock } from '../../shared/import/import-draft';
import { inlineText } from '../../shared/story/story-runs';
import { draftProblems } from './html-safety';

const purifier = createDOMPurify(new JSDOM('').window);

// Cases are separated by "<!-- case: name -->" lines; the file is .html.txt so Prettier keeps it as is.
const source = readFileSync(
  new URL('../fixtures/clipboard/hostile.html.txt', import.meta.url),
  'utf8',
);
const cases = source
  .split(/^<!-- case: /m)
  .filter((part) => part.trim() !== '')
  .map((part) => {
    const end = part.indexOf(' -->');
    return { name: part.slice(0, end), html: part.slice(end + 4) };
  });

function text(doc: DraftDocument): string {
  return doc.blocks
    .map((block) => ('content' in block ? inlineText(block.content) : JSON.stringify(block)))
    .join('|');
}

function fetchProblems(body: readonly ImportBlock[]): string[] {
  return body.flatMap((block) =>
    block.type === 'figure' &&
    block.fetch &&
    !/^(?:https?:\/\/|data:image\/(?:png|jpe?g|gif|webp)[;,])/i.test(block.fetch.url)
      ? [`fetch ${block.fetch.url}`]
      : [],
  );
}

describe('hostile HTML', () => {
  it('has its cases', () => {
    expect(cases.map((c) => c.name)).toEqual([
      'script',
      'img-onerror',
      'javascript-links',
      'other-schemes',
      'svg-math',
      'frames-objects',
      'forms',
      'styles',
      'mxss',
      'mxss-2',
      'template-meta-base',
      'events',
      'image-urls',
      'forged-markers',
      'body-attrs',
    ]);
  });

  for (const { name, html } of [...cases, { name: 'all at once', html: source }]) {
    it(`${name}: nothing executable or unsafe reaches the draft or the body`, () => {
      const draft = htmlToDraft(html, purifier);
      expect(draftProblems(draft)).toEqual([]);
      const json = JSON.stringify(draft);
      for (const bad of [
        'PWNED',
        'javascript:',
        'vbscript:',
        'data:text',
        '<script',
        'onerror',
        'onclick',
      ]) {
        expect(json.toLowerCase()).not.toContain(bad.toLowerCase());
      }
      expect(fetchProblems(draftToBody(draft))).toEqual([]);
    });
  }

  const read = (name: string) => htmlToDraft(cases.find((c) => c.name === name)!.html, purifier);

  it('keeps the words around what it removes, and link text without the link', () => {
    expect(text(read('script'))).toBe('BeforeAfter');
    expect(text(read('javascript-links'))).toBe('js space entity tab newline case hex padded');
    expect(read('javascript-links').blocks).toEqual([
      { type: 'paragraph', content: [{ text: 'js space entity tab newline case hex padded' }] },
    ]);
    expect(read('other-schemes').blocks).toEqual([
      {
        type: 'paragraph',
        content: [
          { text: 'data vb file relative quote ' },
          { text: 'ok', href: 'https://ok.example/story' },
        ],
      },
    ]);
    expect(text(read('svg-math'))).toBe('after svg');
    expect(text(read('frames-objects'))).toBe('after frames');
    expect(text(read('forms'))).toBe('after form');
    expect(text(read('styles'))).toBe('styled');
    expect(text(read('template-meta-base'))).toBe('rel');
    expect(read('events').blocks).toEqual([
      { type: 'paragraph', content: [{ text: 'events' }] },
      { type: 'paragraph', content: [{ text: 'bold', marks: ['bold'] }] },
    ]);
  });

  it('photos with unsafe addresses stay as placeholders without an address (alt kept), never fetched', () => {
    const draft = read('image-urls');
    expect(draft.blocks.map((block) => block.type === 'figure' && [block.url, block.alt])).toEqual([
      ['', 'js'],
      ['', 'html'],
      ['', 'svg'],
      ['', 'blob'],
      ['', 'file'],
      ['', 'vb'],
    ]);
    expect(draftToBody(draft).every((block) => block.type === 'figure' && !block.fetch)).toBe(true);
  });

  it('markers in the copy are not ours: a page cannot hide text or fake a list', () => {
    expect(read('forged-markers').blocks).toEqual([
      { type: 'paragraph', content: [{ text: 'kept although marked drop' }] },
      { type: 'paragraph', content: [{ text: 'kept too' }] },
    ]);
  });

  it('escaped markup in the copy is text, kept as the author wrote it', () => {
    const draft = htmlToDraft('<p>Type &lt;script&gt; to start</p>', purifier);
    expect(draft.blocks).toEqual([
      { type: 'paragraph', content: [{ text: 'Type <script> to start' }] },
    ]);
  });

  it('a hostile title is text', () => {
    const draft = htmlToDraft(
      '<title>News &lt;img src=x onerror=alert(1)&gt; <b>now</b></title><p>x</p>',
      purifier,
    );
    expect(draft.title).toBe('News <img src=x onerror=alert(1)> <b>now</b>');
  });
});
