// Properties over generated HTML (a small grammar of tags, attributes and
// text with hostile pieces): htmlToDraft never throws, every link is safe,
// and the paste body sits in a story that StorySchema accepts. Then the
// cost: 2 MB of realistic clipboard HTML through jsdom, timed.
import { readFileSync } from 'node:fs';
import createDOMPurify from 'dompurify';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { draftToBody } from '../../shared/import/draft-to-body';
import { htmlToDraft } from '../../shared/import/html-to-draft';
import type { ImportBlock } from '../../shared/import/import-draft';
import type { Block } from '../../shared/story/story';
import { canonicalStory } from '../../shared/story/story-canonical';
import { createEmptyStory } from '../../shared/story/story-create';
import { StorySchema } from '../../shared/story/story-schema';
import { draftProblems } from './html-safety';

const purifier = createDOMPurify(new JSDOM('').window);

const TAGS = [
  'p',
  'div',
  'span',
  'b',
  'strong',
  'i',
  'em',
  'u',
  's',
  'sup',
  'sub',
  'code',
  'a',
  'ul',
  'ol',
  'li',
  'h1',
  'h2',
  'h4',
  'blockquote',
  'cite',
  'footer',
  'figure',
  'figcaption',
  'small',
  'pre',
  'table',
  'tr',
  'td',
  'article',
  'main',
  'section',
  'font',
  'o:p',
  'script',
  'style',
  'svg',
  'iframe',
  'form',
  'button',
  'nav',
  'noscript',
  'template',
  'math',
  'textarea',
  'select',
];
const VOID_TAGS = ['br', 'hr', 'img', 'input', 'meta', 'link'];

const ATTRS = [
  'href="https://ok.example/a"',
  'href="mailto:desk@example.com"',
  'href="javascript:alert(1)"',
  'href=" java&#x09;script:alert(1)"',
  'href="data:text/html,<script>alert(1)</script>"',
  'href="vbscript:x"',
  'href="#_ftn1"',
  'href="/relative"',
  'href="https://ok.example/&quot;x"',
  'src="https://img.example/p.jpg"',
  'src="data:image/png;base64,iVBORw0KGgo="',
  'src="x.jpg"',
  'src="blob:https://a/1"',
  'src="javascript:alert(1)"',
  'src="data:image/svg+xml,<svg/>"',
  'alt="a photo\nof things"',
  'width="640"',
  'height="1"',
  'width="abc"',
  'style="font-weight:700"',
  'style="font-weight:normal"',
  'style="font-style:italic"',
  'style="text-decoration:underline line-through"',
  'style="vertical-align:super"',
  'style="display:none"',
  "style='mso-list:l0 level3 lfo1'",
  "style='mso-list:Ignore'",
  "style='mso-element:footnote-list'",
  'class="MsoTitle"',
  'class="MsoQuote"',
  'class="credit"',
  'class="share-tools"',
  'onerror="alert(1)"',
  'onclick="alert(1)"',
  'data-nd="drop"',
  'data-nd-list="1 9"',
  'aria-hidden="true"',
  'role="navigation"',
];

const TEXTS = [
  'word',
  'Two words',
  ' ',
  '  \n\t ',
  '\u00a0',
  '&nbsp;&nbsp;',
  '&amp;',
  '&lt;script&gt;',
  '<',
  '— Jane Doe',
  'REUTERS/Jane Doe',
  'Photo: AFP',
  '[1]',
  '\u0001\u0008\u007f',
  '\ufeff',
  'é',
  '👩‍👩‍👧',
  '\u202e',
  '<!-- c -->',
  '<![if !supportLists]>',
  '<![endif]>',
  '</p>',
  '</li>',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '"><svg onload=alert(1)>',
];

const text = fc.constantFrom(...TEXTS);
const attrs = fc
  .array(fc.constantFrom(...ATTRS), { maxLength: 3 })
  .map((list) => list.map((a) => ` ${a}`).join(''));

const { node } = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc.tuple(fc.constantFrom(...VOID_TAGS), attrs).map(([tag, a]) => `<${tag}${a}>`),
    fc
      .tuple(fc.constantFrom(...TAGS), attrs, fc.array(tie('node'), { maxLength: 4 }))
      .map(([tag, a, children]) => `<${tag}${a}>${children.join('')}</${tag}>`),
  ),
}));
const html = fc.array(node, { maxLength: 8 }).map((nodes) => nodes.join(''));

/** The paste body as story blocks: what main does once the figures' files are fetched or not. */
function storyBody(body: readonly ImportBlock[]): Block[] {
  return body.map((block) => {
    if (block.type !== 'figure') return block;
    return { type: 'figure', image: block.image, caption: block.caption, credit: block.credit };
  });
}

describe('htmlToDraft over generated HTML', () => {
  it('never throws, keeps only safe links and photo addresses, and pastes into a valid story', () => {
    const empty = createEmptyStory(
      '3f0c2a7e-5b1c-4d2e-9a11-0c4a1e2f9a11',
      new Date('2026-01-01T00:00:00Z'),
    );
    fc.assert(
      fc.property(html, (source) => {
        const draft = htmlToDraft(source, purifier);
        expect(draftProblems(draft)).toEqual([]);
        const story = canonicalStory({ ...empty, body: storyBody(draftToBody(draft)) });
        const parsed = StorySchema.safeParse(story);
        if (!parsed.success) throw new Error(`${source}\n${JSON.stringify(parsed.error.issues)}`);
      }),
      { seed: 20261129, numRuns: 500 },
    );
  }, 120_000);
});

describe('cost', () => {
  const fixtures = ['news-site', 'word-windows', 'google-docs'].map((name) =>
    readFileSync(new URL(`../fixtures/clipboard/${name}.html.txt`, import.meta.url), 'utf8'),
  );
  // Bodies of the three fixtures, repeated: a long paste of realistic markup.
  const body = (page: string) => page.replace(/^[\s\S]*?<body[^>]*>|<\/body>[\s\S]*$/g, '');
  const unit = fixtures.map(body).join('\n');

  function timed(bytes: number): { ms: number; blocks: number } {
    const source = `<html><body>${unit.repeat(Math.ceil(bytes / unit.length))}</body></html>`;
    const start = performance.now();
    const draft = htmlToDraft(source, purifier);
    return { ms: performance.now() - start, blocks: draft.blocks.length };
  }

  it('reads 2 MB of clipboard HTML in a few seconds, in about linear time', () => {
    timed(100_000); // warm up the JIT
    const one = timed(1_000_000);
    const two = timed(2_000_000);
    console.info(
      `htmlToDraft under jsdom: 1 MB ${one.ms.toFixed(0)} ms, 2 MB ${two.ms.toFixed(0)} ms (${two.blocks} blocks)`,
    );
    expect(two.blocks).toBeGreaterThan(one.blocks);
    expect(two.ms).toBeLessThan(30_000);
    expect(two.ms / one.ms).toBeLessThan(3.5);
  }, 120_000);
});
