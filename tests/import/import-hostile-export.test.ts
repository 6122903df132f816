// Hostile HTML imported as a story and exported again: nothing that runs or
// reaches outside survives the whole way (DOMPurify on jsdom, the mapping,
// detection, the model's own checks, then every exporter).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { storyToHtmlFragment, storyToHtmlPage } from '../../shared/export/story-html';
import { storyToNinjs } from '../../shared/export/story-ninjs';
import { articleToStory } from '../../shared/import/article-to-story';
import { detectArticle } from '../../shared/import/detect-article';
import { htmlToDraft } from '../../shared/import/html-to-draft';
import { StorySchema } from '../../shared/story/story-schema';
import { parseFragment, parsePage, rawProblems, unsafeMarkup } from '../export/html-reading';

const purifier = createDOMPurify(new JSDOM('').window);
const HOSTILE = readFileSync(
  path.join(import.meta.dirname, '..', 'fixtures', 'clipboard', 'hostile.html.txt'),
  'utf8',
);
const CASES = HOSTILE.split(/<!-- case: ([\w-]+) -->\n/).slice(1);
const cases: [string, string][] = [];
for (let i = 0; i < CASES.length; i += 2) cases.push([CASES[i]!, CASES[i + 1]!]);

function imported(html: string) {
  const story = articleToStory(detectArticle(htmlToDraft(html, purifier)), {
    id: '0b6f7c1e-3a2d-4e5f-8a9b-1c2d3e4f5a6b',
    now: new Date('2026-11-29T12:00:00Z'),
  });
  expect(StorySchema.safeParse(story).success).toBe(true);
  return story;
}

describe('hostile HTML, imported and exported', () => {
  it.each([...cases, ['all at once', HOSTILE] as [string, string]])(
    '%s: the story and every export are inert',
    (_name, html) => {
      const story = imported(html);
      const json = JSON.stringify(story);
      expect(json).not.toMatch(/PWNED|javascript:|vbscript:|onerror|onclick|<script/i);
      // No image address the story does not own (a hostile src never becomes an asset).
      expect(json).not.toMatch(/"src":"(?!assets\/[0-9a-f]{64}\.)/);

      const fragment = storyToHtmlFragment(story);
      const page = storyToHtmlPage(story);
      expect(rawProblems(fragment)).toEqual([]);
      expect(unsafeMarkup(parseFragment(fragment))).toEqual([]);
      const document = parsePage(page);
      expect(document.querySelectorAll('script, [onload], [onerror], iframe')).toHaveLength(0);
      expect(unsafeMarkup(document.querySelector('article')!)).toEqual([]);
      expect(JSON.stringify(storyToNinjs(story, {}, new Map()))).not.toMatch(
        /PWNED|javascript:|vbscript:/i,
      );
    },
  );

  it.each([
    ['svg-math', 'after svg'],
    ['frames-objects', 'after frames'],
    ['forms', 'after form'],
    ['events', 'events'],
    ['body-attrs', 'body text'],
    ['script', 'BeforeAfter'],
  ])('%s keeps the harmless words around the attack', (name, words) => {
    const html = cases.find(([caseName]) => caseName === name)![1];
    expect(JSON.stringify(imported(html))).toContain(words);
  });
});
