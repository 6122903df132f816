// Properties of every export over any valid story (fast-check, pinned seed so
// a failure reproduces): ninjs passes IPTC's schema, HTML is inert and says
// what the story says, Story JSON reads back as the same story.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ninjsError } from '../../electron/export/ninjs-validator';
import { normalizeAssetBaseUrl, type ExportImages } from '../../shared/export/export-formats';
import { storyToHtmlFragment, storyToHtmlPage } from '../../shared/export/story-html';
import { storyToStoryJson } from '../../shared/export/story-json-export';
import { storyToNinjs } from '../../shared/export/story-ninjs';
import { hasImageFile, type Story } from '../../shared/story/story';
import { readStoryJson } from '../../shared/story/story-migrate';
import { publishedStorySchema } from '../shared/published-schema';
import { arbitraryStory } from '../shared/story-fixtures';
import {
  parseFragment,
  parsePage,
  purified,
  rawProblems,
  textDifferences,
  unsafeMarkup,
} from './html-reading';

const RUNS = { seed: 20261126, numRuns: 500 };
const BASE = 'https://cdn.example.com/newsdesk/';

const cdnImage = (src: string) =>
  /^https:\/\/cdn\.example\.com\/newsdesk\/[0-9a-f]{64}\./.test(src);

/** What the writer would pass for the story's images (sizes only). */
function imagesOf(story: Story): ExportImages {
  const images = new Map<string, { contentType: string; sizeInBytes: number }>();
  for (const block of story.body) {
    if (block.type === 'figure' && hasImageFile(block.image)) {
      images.set(block.image.src, { contentType: 'image/png', sizeInBytes: 1 + block.image.width });
    }
  }
  return images;
}

describe('ninjs over any story', () => {
  it('is valid ninjs 2.2 without an asset base URL (no href, no local path)', () => {
    fc.assert(
      fc.property(arbitraryStory, (story) => {
        const ninjs = storyToNinjs(story, {}, imagesOf(story));
        expect(ninjsError(ninjs)).toBeNull();
        expect(JSON.stringify(ninjs)).not.toMatch(/"href"/);
      }),
      RUNS,
    );
  });

  it('is valid ninjs 2.2 with an asset base URL, and each image is under it', () => {
    fc.assert(
      fc.property(arbitraryStory, (story) => {
        const ninjs = storyToNinjs(story, { assetBaseUrl: BASE }, imagesOf(story));
        expect(ninjsError(ninjs)).toBeNull();
        const photos = story.body.filter((block) => block.type === 'figure');
        (ninjs.associations ?? []).forEach((association, i) => {
          // A photo without its file has no rendition at all, so no href to check.
          if (!hasImageFile(photos[i]!.image))
            return expect(association.renditions).toBeUndefined();
          expect(cdnImage(association.renditions![0]!.href!)).toBe(true);
        });
      }),
      RUNS,
    );
  });

  it('is valid with any base URL that normalizeAssetBaseUrl accepts', () => {
    // Mostly characters a URI path may hold, now and then one it may not.
    const pathChar = fc.oneof(
      { arbitrary: fc.constantFrom(...'az09-._~/:@!$&()*+,;=AF', '%2F', '%c3%a9'), weight: 30 },
      fc.constantFrom('é', ' ', '{', '}', '|', '^', '`', '[', ']', '"', "'", '<', '>', '\\', '%zz'),
    );
    const candidate = fc
      .tuple(
        fc.constantFrom('http://', 'https://', 'HTTPS://'),
        fc.constantFrom('cdn.example.com', 'localhost:8080', 'img-1.example.org', 'a..b', '-'),
        fc.string({ unit: pathChar, maxLength: 12 }).map((path) => `/${path}`),
      )
      .map((parts) => parts.join(''));
    const story = { ...(fc.sample(arbitraryStory, { seed: 1, numRuns: 1 })[0] as Story) };
    const figure: Story['body'][number] = {
      type: 'figure',
      image: { src: `assets/${'ab'.repeat(32)}.jpg`, alt: '', width: 4, height: 3 },
      caption: [],
      credit: 'AFP photo',
    };
    const withFigure = { ...story, body: [...story.body, figure] };
    let accepted = 0;
    fc.assert(
      fc.property(candidate, (url) => {
        const base = normalizeAssetBaseUrl(url);
        if (base === null) return;
        accepted += 1;
        expect(ninjsError(storyToNinjs(withFigure, { assetBaseUrl: base })), url).toBeNull();
      }),
      { ...RUNS, numRuns: 1_000 },
    );
    // Enough of the candidates must pass for the property to say anything.
    expect(accepted).toBeGreaterThan(200);
  });
});

// jsdom and DOMPurify take ~30 ms a story on a busy two-core machine: 500 runs need more than 5 s.
describe('HTML over any story', { timeout: 180_000 }, () => {
  it('the fragment is inert, survives DOMPurify unchanged and reads as the story', () => {
    fc.assert(
      fc.property(arbitraryStory, fc.boolean(), (story, withBase) => {
        const html = storyToHtmlFragment(story, withBase ? { assetBaseUrl: BASE } : {});
        expect(rawProblems(html)).toEqual([]);
        const fragment = parseFragment(html);
        expect(unsafeMarkup(fragment, withBase ? cdnImage : undefined)).toEqual([]);
        const { clean, parsed } = purified(html);
        expect(clean).toBe(parsed);
        expect(textDifferences(fragment.firstElementChild, story)).toEqual([]);
        expect(fragment.querySelector('h1')?.textContent).toBe(story.headline);
      }),
      RUNS,
    );
  });

  it('the page is inert, its body survives DOMPurify unchanged and reads as the story', () => {
    fc.assert(
      fc.property(arbitraryStory, (story) => {
        const html = storyToHtmlPage(story);
        const body = html.slice(html.indexOf('<body>') + 6, html.indexOf('</body>'));
        expect(rawProblems(body)).toEqual([]);
        expect(html.match(/<script/gi)).toBeNull();
        const page = parsePage(html);
        expect([...page.head.children].map((element) => element.tagName)).toEqual([
          'META',
          'META',
          'TITLE',
          'STYLE',
        ]);
        const title = page.querySelector('title')?.textContent;
        expect(title).toBe(story.headline === '' ? 'Untitled story' : story.headline);
        expect(unsafeMarkup(page.body)).toEqual([]);
        const { clean, parsed } = purified(page.body.innerHTML);
        expect(clean).toBe(parsed);
        expect(textDifferences(page.querySelector('article'), story)).toEqual([]);
      }),
      RUNS,
    );
  });
});

describe('Story JSON over any story', () => {
  const validate = publishedStorySchema();

  it('follows the published schema and reads back as the same story, byte-stable', () => {
    fc.assert(
      fc.property(arbitraryStory, (story) => {
        const text = storyToStoryJson(story);
        expect(storyToStoryJson(structuredClone(story) as Story)).toBe(text);
        const json: unknown = JSON.parse(text);
        expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
        expect(readStoryJson(json)).toEqual({ ok: true, story, migratedFrom: null });
      }),
      RUNS,
    );
  });
});
