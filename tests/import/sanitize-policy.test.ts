// The sanitizer's policy and plumbing: markers read from style and class,
// hooks that live for one call only, and both DOMPurify flavours accepted.
import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import { markersOf, parseStyle } from '../../shared/import/html-markers';
import { MAX_TREE_DEPTH, type Purifier, sanitizeToTree } from '../../shared/import/html-sanitize';
import { ALLOWED_ATTR, ALLOWED_TAGS, FORBID_CONTENTS } from '../../shared/import/sanitize-policy';

const window = new JSDOM('').window;
const purifier = createDOMPurify(window);

// Compile-time: the renderer's default export (browser DOMPurify) is a Purifier as well.
const browserPurifier: Purifier = createDOMPurify;

function markers(tag: string, attrs: Record<string, string>) {
  return markersOf(tag, (name) => attrs[name] ?? null);
}

describe('markersOf', () => {
  it('reads weights: 600+ and bold are bold; normal and 400 undo it (Google Docs’ wrapper)', () => {
    expect(
      markers('b', { style: 'font-weight:normal;', id: 'docs-internal-guid-1' }).tokens,
    ).toEqual(['unbold']);
    expect(markers('span', { style: 'font-weight:700' }).tokens).toEqual(['bold']);
    expect(markers('span', { style: 'FONT-WEIGHT: 600 !important' }).tokens).toEqual(['bold']);
    expect(markers('span', { style: 'font-weight:400' }).tokens).toEqual(['unbold']);
  });

  it('reads italic, underline, line-through, super and sub', () => {
    expect(
      markers('span', {
        style: 'font-style:italic;text-decoration:underline line-through;vertical-align:super',
      }).tokens,
    ).toEqual(['italic', 'underline', 'strike', 'sup']);
    expect(markers('span', { style: 'vertical-align:sub;font-style:normal' }).tokens).toEqual([
      'unitalic',
      'sub',
    ]);
  });

  it('reads Word: list paragraphs, their numbers, notes, comments, Title and Quote styles', () => {
    expect(markers('p', { style: 'text-indent:-18.0pt;mso-list:l0 level2 lfo1' })).toEqual({
      tokens: [],
      list: '1 2',
    });
    expect(markers('span', { style: 'mso-list:Ignore' }).tokens).toEqual(['listmarker']);
    expect(markers('div', { style: 'mso-element:footnote-list' }).tokens).toEqual(['notes']);
    expect(markers('a', { href: '#_ftn1', style: 'mso-footnote-id:ftn1' }).tokens).toEqual([
      'noteref',
    ]);
    expect(markers('a', { href: '#_edn2' }).tokens).toEqual(['noteref']);
    expect(markers('div', { style: 'mso-element:comment-list' }).tokens).toEqual(['drop']);
    expect(markers('span', { class: 'MsoCommentReference' }).tokens).toEqual(['drop']);
    expect(markers('a', { class: 'msocomanchor', href: '#_msocom_1' }).tokens).toEqual(['drop']);
    expect(markers('p', { class: 'MsoTitle' }).tokens).toEqual(['title']);
    expect(markers('p', { class: 'MsoQuote' }).tokens).toEqual(['quote']);
  });

  it('drops hidden elements and page chrome, but never the story’s own containers', () => {
    expect(markers('span', { style: 'display:none' }).tokens).toEqual(['drop']);
    expect(markers('span', { style: 'mso-hide:all' }).tokens).toEqual(['drop']);
    expect(markers('div', { 'aria-hidden': 'true' }).tokens).toEqual(['drop']);
    expect(markers('div', { hidden: '' }).tokens).toEqual(['drop']);
    expect(markers('div', { role: 'navigation' }).tokens).toEqual(['drop']);
    expect(markers('div', { class: 'article__share-tools' }).tokens).toEqual(['drop']);
    expect(markers('div', { id: 'cookie-banner' }).tokens).toEqual(['drop']);
    expect(markers('span', { class: 'visually-hidden' }).tokens).toEqual(['drop']);
    expect(markers('article', { class: 'tag-related section-social' }).tokens).toEqual([]);
    expect(markers('div', { class: 'story-body lead hidden-xs' }).tokens).toEqual([]);
  });

  it('tells a credit element by its class', () => {
    expect(markers('span', { class: 'story__credit' }).tokens).toEqual(['credit']);
    expect(markers('span', { class: 'image-copyright' }).tokens).toEqual(['credit']);
  });

  it('takes a lazy image’s real address when src is a placeholder', () => {
    expect(
      markers('img', { src: 'data:image/gif;base64,R0lGOD', 'data-src': 'https://a/b.jpg' }).src,
    ).toBe('https://a/b.jpg');
    expect(
      markers('img', { src: 'https://a/c.jpg', 'data-src': 'https://a/b.jpg' }).src,
    ).toBeUndefined();
  });

  it('parses inline styles', () => {
    expect([...parseStyle("font-family:'Times New Roman'; COLOR : Red ;;bad")]).toEqual([
      ['font-family', "'times new roman'"],
      ['color', 'red'],
    ]);
  });
});

describe('sanitizeToTree', () => {
  it('returns a plain tree with only our attributes', () => {
    expect(
      sanitizeToTree(
        '<p class="x" style="font-weight:bold" onclick="x()" data-foo="1">A <a href="https://a.example/" target="_blank" title="t">b</a><img src="https://a/i.png" alt="i" width="10" height="20" srcset="https://a/j.png 2x"></p>',
        purifier,
      ),
    ).toEqual({
      type: 'element',
      tag: '#fragment',
      attrs: {},
      children: [
        {
          type: 'element',
          tag: 'p',
          attrs: { 'data-nd': 'bold' },
          children: [
            { type: 'text', text: 'A ' },
            {
              type: 'element',
              tag: 'a',
              attrs: { href: 'https://a.example/' },
              children: [{ type: 'text', text: 'b' }],
            },
            {
              type: 'element',
              tag: 'img',
              attrs: { src: 'https://a/i.png', alt: 'i', width: '10', height: '20' },
              children: [],
            },
          ],
        },
      ],
    });
  });

  it('adds its hook for the call only: the purifier is as it was after', () => {
    sanitizeToTree('<b style="font-weight:normal">x</b>', purifier);
    expect(purifier.sanitize('<span style="font-weight:bold">x</span>')).toBe(
      '<span style="font-weight:bold">x</span>',
    );
  });

  it('removes its hook when sanitizing throws', () => {
    const added: unknown[] = [];
    const failing: Purifier = {
      sanitize: () => {
        throw new Error('boom');
      },
      addHook: (_name, hook) => added.push(hook),
      removeHook: vi.fn((_name, hook) => added.splice(added.indexOf(hook), 1)),
    };
    expect(() => sanitizeToTree('<p>x</p>', failing)).toThrow('boom');
    expect(added).toEqual([]);
  });

  it('keeps the text under MAX_TREE_DEPTH as one text node', () => {
    const deep = '<i>'.repeat(1_000) + 'deep' + '</i>'.repeat(1_000);
    let node = sanitizeToTree(deep, purifier).children[0];
    let depth = 0;
    while (node?.type === 'element') {
      node = node.children[0];
      depth += 1;
    }
    expect(depth).toBe(MAX_TREE_DEPTH + 1);
    expect(node).toEqual({ type: 'text', text: 'deep' });
  });
});

describe('the policy', () => {
  it('allows no style, class, id, event handler or srcset, and no svg, math, iframe, object, form or script', () => {
    for (const name of ['style', 'class', 'id', 'srcset', 'onerror', 'onclick']) {
      expect(ALLOWED_ATTR).not.toContain(name);
    }
    for (const tag of [
      'svg',
      'math',
      'iframe',
      'object',
      'embed',
      'form',
      'input',
      'script',
      'style',
      'link',
      'meta',
      'base',
    ]) {
      expect(ALLOWED_TAGS).not.toContain(tag);
    }
  });

  it('drops the text of code, styles, menus, asides, forms and embeds', () => {
    for (const tag of [
      'script',
      'style',
      'noscript',
      'template',
      'nav',
      'aside',
      'form',
      'button',
      'select',
      'svg',
      'iframe',
      'textarea',
    ]) {
      expect(FORBID_CONTENTS).toContain(tag);
    }
  });

  it('is accepted by the browser build too (type only)', () => {
    expect(typeof browserPurifier).toBe('function');
  });
});
