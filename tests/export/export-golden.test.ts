// Golden files: the France 24 story in every export format, compared byte for
// byte with tests/export/golden/. After a deliberate change to an exporter,
// regenerate them and read the diff before committing:
//
//   UPDATE_GOLDEN=1 npx vitest run tests/export/export-golden.test.ts
//
// Without UPDATE_GOLDEN the test only reads the goldens; it never writes them.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ninjsError } from '../../electron/export/ninjs-validator';
import type { ExportImages } from '../../shared/export/export-formats';
import { storyToHtmlFragment, storyToHtmlPage } from '../../shared/export/story-html';
import { STORY_SCHEMA_ID, storyToStoryJson } from '../../shared/export/story-json-export';
import { storyToNinjs } from '../../shared/export/story-ninjs';
import { readStoryJson } from '../../shared/story/story-migrate';
import { publishedStorySchema } from '../shared/published-schema';
import {
  ASSET_BASE_URL,
  FRANCE24_IMAGE_BYTES,
  FRANCE24_IMAGE_SRC,
  france24ExportStory,
} from './france24-export-story';
import { parseFragment, parsePage, purified, textDifferences, unsafeMarkup } from './html-reading';

const GOLDEN = path.join(import.meta.dirname, 'golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

const images: ExportImages = new Map([
  [FRANCE24_IMAGE_SRC, { contentType: 'image/jpeg', sizeInBytes: FRANCE24_IMAGE_BYTES }],
]);

/** Each golden file and how it is made (the writer serializes ninjs the same way). */
export const GOLDENS = {
  'france24.fragment.html': () =>
    storyToHtmlFragment(france24ExportStory(), { assetBaseUrl: ASSET_BASE_URL }),
  'france24.page.html': () => storyToHtmlPage(france24ExportStory()),
  'france24.ninjs.json': () =>
    `${JSON.stringify(storyToNinjs(france24ExportStory(), { assetBaseUrl: ASSET_BASE_URL }, images), null, 2)}\n`,
  'france24.story.json': () => storyToStoryJson(france24ExportStory()),
} as const;

/** A golden file's bytes; with UPDATE_GOLDEN=1, written from `text` first. */
function golden(name: string, text: string): string {
  const file = path.join(GOLDEN, name);
  if (UPDATE) {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(file, text);
  }
  if (!existsSync(file)) throw new Error(`${name} is missing: run with UPDATE_GOLDEN=1`);
  return readFileSync(file, 'utf8');
}

const cdnImage = (src: string) => src === `${ASSET_BASE_URL}${FRANCE24_IMAGE_SRC.slice(7)}`;

describe('golden files of the France 24 story', () => {
  it.each(Object.entries(GOLDENS))('%s is exported byte for byte, twice alike', (name, make) => {
    const first = make();
    expect(make()).toBe(first);
    expect(first).toBe(golden(name, first));
  });

  it('the story is the fixture, whole: 21 paragraphs, 2 subheads, the photo, the credit', () => {
    const story = france24ExportStory();
    const count = (type: string) => story.body.filter((block) => block.type === type).length;
    expect([count('paragraph'), count('subhead'), count('figure'), count('credit')]).toEqual([
      21, 2, 1, 1,
    ]);
    expect(story.body[0]).toMatchObject({ type: 'figure', credit: 'AFP photo' });
  });

  it('the fragment reads as the story, safely, and DOMPurify finds nothing to remove', () => {
    const html = golden('france24.fragment.html', GOLDENS['france24.fragment.html']());
    const fragment = parseFragment(html);
    expect(textDifferences(fragment.firstElementChild, france24ExportStory())).toEqual([]);
    expect(unsafeMarkup(fragment, cdnImage)).toEqual([]);
    const { clean, parsed } = purified(html);
    expect(clean).toBe(parsed);
    expect(fragment.querySelector('h2')?.textContent).toBe(
      "Turkey to 'cleanse' border of IS militants",
    );
    expect(fragment.querySelector('figure.image small.credit')?.textContent).toBe('AFP photo');
  });

  it('the page has only its charset, viewport, title and stylesheet in the head', () => {
    const html = golden('france24.page.html', GOLDENS['france24.page.html']());
    const page = parsePage(html);
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect([...page.head.children].map((element) => element.tagName)).toEqual([
      'META',
      'META',
      'TITLE',
      'STYLE',
    ]);
    expect(page.title).toBe(france24ExportStory().headline);
    expect(textDifferences(page.querySelector('article'), france24ExportStory())).toEqual([]);
    expect(unsafeMarkup(page.body)).toEqual([]);
    const { clean, parsed } = purified(page.body.innerHTML);
    expect(clean).toBe(parsed);
  });

  it('the ninjs file is valid ninjs 2.2 and maps each part where the README says', () => {
    const json = golden('france24.ninjs.json', GOLDENS['france24.ninjs.json']());
    const ninjs = JSON.parse(json) as Record<string, unknown>;
    expect(ninjsError(ninjs)).toBeNull();
    expect(ninjs).toMatchObject({
      uri: 'urn:newsdesk:story:5d0c7a2e-3b9f-4e61-8a4d-2f7b91c6e053',
      standard: { name: 'ninjs', version: '2.2' },
      pubstatus: 'usable',
      slugline: 'turkish-tanks-syria',
      by: 'FRANCE 24',
      located: 'KARKAMIS, Turkey',
      infosources: [{ name: 'FRANCE 24' }, { name: 'AP' }, { name: 'REUTERS' }],
      subjects: [{ name: 'Turkey' }, { name: 'Syria' }, { name: 'Islamic State group' }],
      associations: [
        {
          name: 'image-1',
          type: 'picture',
          copyrightholder: 'AFP',
          renditions: [
            {
              name: 'original',
              href: `${ASSET_BASE_URL}${FRANCE24_IMAGE_SRC.slice('assets/'.length)}`,
              contenttype: 'image/jpeg',
              sizeinbytes: FRANCE24_IMAGE_BYTES,
            },
          ],
        },
      ],
    });
    const [html] = ninjs.bodies as { value: string }[];
    expect(html!.value).toContain('<p class="credit-block">(FRANCE\u00a024\u00a0with AP');
  });

  it('the story file follows the published schema and reads back as the same story', () => {
    const text = golden('france24.story.json', GOLDENS['france24.story.json']());
    const json = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(json)[0]).toBe('$schema');
    expect(json.$schema).toBe(STORY_SCHEMA_ID);
    const validate = publishedStorySchema();
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(readStoryJson(json)).toEqual({
      ok: true,
      story: france24ExportStory(),
      migratedFrom: null,
    });
  });
});
