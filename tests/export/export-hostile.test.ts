// Hostile copy in every field, a 1 MB paragraph and links the model refuses:
// every format carries the text out as text, never as markup that runs, and
// the pre-export checks say what a subeditor must look at.
import { describe, expect, it } from 'vitest';
import { ninjsError } from '../../electron/export/ninjs-validator';
import { exportChecks, hasBlockingChecks } from '../../shared/export/export-checks';
import { storyToHtmlFragment, storyToHtmlPage } from '../../shared/export/story-html';
import { storyToStoryJson } from '../../shared/export/story-json-export';
import { storyToNinjs } from '../../shared/export/story-ninjs';
import type { Story } from '../../shared/story/story';
import { readStoryJson } from '../../shared/story/story-migrate';
import { inlineText } from '../../shared/story/story-runs';
import { StorySchema } from '../../shared/story/story-schema';
import { publishedStorySchema } from '../shared/published-schema';
import { HOSTILE, SCRIPT, UNSAFE_HREFS, hostileStory, storyLinkingTo } from './hostile-story';
import {
  parseFragment,
  parsePage,
  purified,
  rawProblems,
  textDifferences,
  unsafeMarkup,
} from './html-reading';

/** Every way the story leaves as HTML: fragment, page body, ninjs' HTML body. */
function htmlOutputs(story: Story): { name: string; html: string }[] {
  const page = storyToHtmlPage(story);
  const ninjs = storyToNinjs(story, { assetBaseUrl: 'https://cdn.example.com/' });
  return [
    { name: 'fragment', html: storyToHtmlFragment(story) },
    { name: 'page', html: page.slice(page.indexOf('<body>') + 6, page.indexOf('</body>')) },
    { name: 'ninjs body', html: ninjs.bodies[0]!.value },
  ];
}

/** Everything unsafe about one HTML output, raw, parsed and through DOMPurify. */
function htmlProblems(html: string): string[] {
  const parsed = parseFragment(html);
  const { clean, parsed: serialized } = purified(html);
  return [
    ...rawProblems(html),
    ...unsafeMarkup(parsed, (src) =>
      /^(?:images\/|https:\/\/cdn\.example\.com\/)[0-9a-f]{64}\.png$/.test(src),
    ),
    ...(clean === serialized ? [] : ['DOMPurify removed something']),
  ];
}

describe('hostile text in every field', { timeout: 120_000 }, () => {
  const story = hostileStory();

  it('is a story the model accepts, with a paragraph of over a million characters', () => {
    expect(StorySchema.safeParse(story).success).toBe(true);
    const huge = story.body.find((block) => block.type === 'paragraph' && block.content.length > 3);
    expect(huge?.type === 'paragraph' && inlineText(huge.content).length).toBeGreaterThan(
      1_000_000,
    );
  });

  it('leaves every HTML output inert, and the text reads back exactly', () => {
    for (const { name, html } of htmlOutputs(story)) {
      expect(htmlProblems(html), name).toEqual([]);
      expect(html, name).not.toContain('<img src=x');
    }
    expect(
      textDifferences(parseFragment(storyToHtmlFragment(story)).firstElementChild, story),
    ).toEqual([]);
    const page = parsePage(storyToHtmlPage(story));
    expect(page.querySelector('title')?.textContent).toBe(HOSTILE);
    expect(page.querySelectorAll('script')).toHaveLength(0);
    expect(textDifferences(page.querySelector('article'), story)).toEqual([]);
  });

  it('gives valid ninjs that carries the text as text', () => {
    const ninjs = storyToNinjs(story);
    expect(ninjsError(ninjs)).toBeNull();
    expect(ninjs.headlines[0]!.value).toBe(HOSTILE);
    expect(ninjs.subjects).toEqual([{ name: HOSTILE }, { name: SCRIPT }]);
    expect(ninjs.bodies[1]!.value).toContain(HOSTILE);
  });

  it('gives Story JSON that follows the published schema and reads back the same', () => {
    const json: unknown = JSON.parse(storyToStoryJson(story));
    const validate = publishedStorySchema();
    expect(validate(json)).toBe(true);
    expect(readStoryJson(json)).toEqual({ ok: true, story, migratedFrom: null });
  });

  it('has the checks warn of the direction override wherever it is, and block nothing', () => {
    const checks = exportChecks(story);
    expect(hasBlockingChecks(checks)).toBe(false);
    const bidi = checks
      .filter((check) => check.rule === 'bidi-control')
      .map((check) => check.place);
    for (const field of ['headline', 'standfirst', 'bylines', 'dateline', 'metadata']) {
      expect(bidi, field).toContainEqual({ field });
    }
    story.body.forEach((block, index) => {
      if (block.type === 'rule') return;
      if (block.type !== 'figure') expect(bidi, `block ${index}`).toContainEqual({ block: index });
      else
        for (const part of ['caption', 'credit', 'alt']) {
          expect(bidi).toContainEqual({ block: index, part });
        }
    });
  });
});

describe.each(UNSAFE_HREFS)('a link to %j, forced past the model', (href) => {
  const story = storyLinkingTo(href);

  it('is not a link in any HTML output; its text still is there', () => {
    for (const { name, html } of htmlOutputs(story)) {
      expect(htmlProblems(html), name).toEqual([]);
      expect(parseFragment(html).querySelectorAll('a'), name).toHaveLength(0);
    }
    const fragment = parseFragment(storyToHtmlFragment(story));
    expect(textDifferences(fragment.firstElementChild, story)).toEqual([]);
  });

  it('leaves ninjs valid', () => {
    expect(ninjsError(storyToNinjs(story))).toBeNull();
  });

  it('is an error of the checks at each place it occurs', () => {
    const checks = exportChecks(story).filter((check) => check.rule === 'link-scheme');
    expect(checks.every((check) => check.severity === 'error')).toBe(true);
    expect(checks.map((check) => check.place)).toEqual([
      { field: 'standfirst' },
      { block: 0 },
      { block: 1 },
      { block: 3, part: 'caption' },
      { block: 4 },
      { block: 5 },
    ]);
  });

  it('makes Story JSON that neither the schema nor the app will read', () => {
    const json: unknown = JSON.parse(storyToStoryJson(story));
    expect(publishedStorySchema()(json)).toBe(false);
    const reading = readStoryJson(json);
    expect(reading.ok).toBe(false);
    expect(!reading.ok && reading.message).toMatch(/href/);
  });
});

describe('fields the model types narrowly, forced to hold markup', () => {
  const attack = '2026-11-26"><script>alert(1)</script><b x="';
  const base = hostileStory();
  const forced = {
    ...base,
    body: base.body.map((block) =>
      block.type === 'figure'
        ? {
            ...block,
            image: {
              ...block.image,
              width: attack as unknown as number,
              height: attack as unknown as number,
            },
          }
        : block,
    ),
    dateline: { place: 'Karkamis', date: attack },
    language: attack,
  } as Story;

  it('still leave every HTML output inert', () => {
    for (const { name, html } of htmlOutputs(forced)) {
      expect(rawProblems(html), name).toEqual([]);
      expect(parseFragment(html).querySelectorAll('script, b'), name).toHaveLength(0);
    }
    const page = storyToHtmlPage(forced);
    expect(rawProblems(page.slice(page.indexOf('<body>') + 6, page.indexOf('</body>')))).toEqual(
      [],
    );
    expect(parsePage(page).querySelectorAll('script, b')).toHaveLength(0);
  });
});
