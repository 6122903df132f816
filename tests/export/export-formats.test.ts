// File names, image addresses and the asset base URL a user types in the export dialog.
import { describe, expect, it } from 'vitest';
import {
  EXPORT_FORMATS,
  EXPORT_FORMAT_LABELS,
  assetFileName,
  copiesImages,
  exportFileName,
  figureSources,
  normalizeAssetBaseUrl,
  publishedImageUrl,
} from '../../shared/export/export-formats';
import type { Block, Story } from '../../shared/story/story';
import { france24ExportStory } from './france24-export-story';

const story = france24ExportStory();
const HASH = 'ab'.repeat(32);

describe('file names', () => {
  it('are the slug with one extension per format', () => {
    expect(EXPORT_FORMATS.map((format) => exportFileName(story, format))).toEqual([
      'turkish-tanks-syria.html',
      'turkish-tanks-syria.html',
      'turkish-tanks-syria.ninjs.json',
      'turkish-tanks-syria.story.json',
    ]);
    for (const format of EXPORT_FORMATS) expect(EXPORT_FORMAT_LABELS[format]).not.toBe('');
  });

  it('come from the id while the story has no slug', () => {
    expect(exportFileName({ ...story, slug: '' }, 'ninjs')).toBe('story-5d0c7a2e.ninjs.json');
  });

  it('never lead out of the export folder, even for a slug or id forced past the model', () => {
    const forced = (patch: Partial<Story>) => exportFileName({ ...story, ...patch }, 'html');
    expect(forced({ slug: '../../etc/cron.d/x' })).toBe('story-5d0c7a2e.html');
    expect(forced({ slug: 'a/b' })).toBe('story-5d0c7a2e.html');
    expect(forced({ slug: 'C:\\x' })).toBe('story-5d0c7a2e.html');
    expect(forced({ slug: '', id: '../../x' })).toBe('story-x.html');
    expect(forced({ slug: '..', id: '/etc/pa' })).toBe('story-etcpa.html');
  });
});

describe('images', () => {
  it('are named by their stored file name', () => {
    expect(assetFileName(`assets/${HASH}.png`)).toBe(`${HASH}.png`);
  });

  it('are listed once each, in reading order', () => {
    const figure = (hash: string): Block => ({
      type: 'figure',
      image: { src: `assets/${hash}.jpg`, alt: '', width: 1, height: 1 },
      caption: [],
      credit: 'AP',
    });
    const body = [figure('b'.repeat(64)), figure('a'.repeat(64)), figure('b'.repeat(64))];
    expect(figureSources({ ...story, body })).toEqual([
      `assets/${'b'.repeat(64)}.jpg`,
      `assets/${'a'.repeat(64)}.jpg`,
    ]);
  });

  it('are copied beside every export but a page that inlines them', () => {
    for (const format of EXPORT_FORMATS) expect(copiesImages(format, {})).toBe(true);
    expect(copiesImages('html-page', { inlineImages: true })).toBe(false);
    expect(copiesImages('html', { inlineImages: true })).toBe(true);
  });

  it('have a published URL only under a usable base URL', () => {
    const src = `assets/${HASH}.webp`;
    expect(publishedImageUrl(src, {})).toBeNull();
    expect(publishedImageUrl(src, { assetBaseUrl: 'ftp://x/' })).toBeNull();
    expect(publishedImageUrl(src, { assetBaseUrl: 'https://cdn.example.com/a' })).toBe(
      `https://cdn.example.com/a/${HASH}.webp`,
    );
  });
});

describe('normalizeAssetBaseUrl', () => {
  it.each([
    ['https://cdn.example.com/newsdesk/', 'https://cdn.example.com/newsdesk/'],
    ['https://cdn.example.com/newsdesk', 'https://cdn.example.com/newsdesk/'],
    ['  https://cdn.example.com  ', 'https://cdn.example.com/'],
    ['http://localhost:8080', 'http://localhost:8080/'],
    ['HTTPS://CDN.Example.COM/Photos/2016/', 'HTTPS://CDN.Example.COM/Photos/2016/'],
    ['https://img-1.example.org/a%20b/~x/_y/', 'https://img-1.example.org/a%20b/~x/_y/'],
    ['https://cdn.example.com/a;v=1/@x/', 'https://cdn.example.com/a;v=1/@x/'],
    ['https://192.168.1.10:65535/x', 'https://192.168.1.10:65535/x/'],
  ])('accepts %j as %j', (value, normalized) => {
    expect(normalizeAssetBaseUrl(value)).toBe(normalized);
  });

  it.each([
    '',
    'cdn.example.com/newsdesk/',
    '//cdn.example.com/',
    'ftp://cdn.example.com/',
    'file:///home/reporter/',
    'javascript:alert(1)//',
    'data:text/html,x',
    'https://user:secret@cdn.example.com/',
    'https://cdn.example.com/?size=large',
    'https://cdn.example.com/#top',
    'https://cdn.example.com/two words/',
    'https://cdn.example.com/phötos/',
    'https://cdn.example.com/a%zz/',
    'https://cdn.example.com/{id}/',
    'https://cdn.example.com/a|b/',
    'https://cdn.example.com/a"onerror="x/',
    "https://cdn.example.com/it's/",
    'https://cdn.example.com/a<b>/',
    'https://cdn.example.com\\x/',
    'https://-/',
    'https://a..b/',
    'https://.example.com/',
    'https://cdn.example.com:99999/',
    'https://bücher.example/',
  ])('refuses %j', (value) => {
    expect(normalizeAssetBaseUrl(value)).toBeNull();
  });
});
