// Importing files into a real library in a temp folder: the story the
// detection makes, saved through the library (its <slug>--<id> folder, a valid
// story.json), its images in assets/ by SHA-256, placeholders said with why,
// and the imported file left exactly as it was.
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importIntoLibrary, makeImportedStory } from '../../electron/import/import-story';
import { readImportFile, type ReadImport } from '../../electron/import/read-import-file';
import { openLibraryServices } from '../../electron/library/library-services';
import { parseStoryFile } from '../../electron/library/parse-story-file';
import type { Story } from '../../shared/story/story';
import { makeJpeg, makePng } from '../electron/image-bytes';
import { DOCX_COPY, makeDocx } from '../fixtures/import-files/make-docx';

const PNG = makePng(6, 4);
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const PNG_SRC = `assets/${sha(PNG)}.png`;
const JPEG = makeJpeg(8, 5);
const JPEG_SRC = `assets/${sha(JPEG)}.jpg`;
const ID = '2f1c6c1e-8a51-4f0e-9d3b-6a1f4e2b7c90';
const NOW = new Date('2026-03-03T10:00:00Z');
const FRANCE24 = path.resolve('../shared/fixtures/france24-turkish-tanks.txt');

let dir: string;
let libraries = 0;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'newsdesk-import-story-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function read(file: string): Promise<ReadImport> {
  const result = await readImportFile({ path: file });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** Imports `file` into a new library; answers the outcome, what the index heard and the library root. */
async function importInto(file: string, options: { keep?: ReadonlySet<number> } = {}) {
  const root = path.join(dir, `library-${(libraries += 1)}`);
  const services = openLibraryServices(root, { now: () => NOW });
  const indexed: Story[] = [];
  const outcome = await importIntoLibrary(
    {
      library: services.library,
      assets: services.assets,
      index: { update: (s) => indexed.push(s) },
    },
    await read(file),
    { ...options, now: () => NOW, newId: () => ID },
  );
  if (!outcome.ok) throw new Error(outcome.error.message);
  return { ...outcome.value, indexed, root };
}

/** story.json as the library wrote it, parsed and validated like the app opens it. */
async function storyOnDisk(storyDir: string): Promise<Story> {
  const parsed = parseStoryFile(await readFile(path.join(storyDir, 'story.json'), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

describe('importIntoLibrary', () => {
  it('makes a story from a Word document, its photo stored by hash, the file untouched', async () => {
    const file = path.join(dir, 'bridge.docx');
    await writeFile(file, makeDocx(PNG));
    const before = await stat(file);
    const bytes = await readFile(file);

    const { story, storyDir, findings, missingImages, warnings, indexed, root } =
      await importInto(file);
    expect(story).toEqual({
      schemaVersion: 3,
      id: ID,
      headline: DOCX_COPY.title,
      standfirst: [{ text: DOCX_COPY.subtitle }],
      bylines: [DOCX_COPY.byline],
      body: [
        {
          type: 'paragraph',
          content: [
            { text: 'Councillors voted ' },
            { text: 'unanimously', marks: ['bold'] },
            { text: ' on Tuesday to build the ' },
            { text: 'Aire Crossing', marks: ['italic'] },
            { text: ', ending a decade of argument.' },
          ],
        },
        {
          type: 'figure',
          image: { src: PNG_SRC, alt: DOCX_COPY.alt, width: 6, height: 4 },
          caption: [{ text: 'The site of the new bridge, seen from Water Lane.' }],
          credit: 'Jane Doe/Newsdesk',
        },
        { type: 'subhead', level: 2, content: [{ text: DOCX_COPY.subhead }] },
        { type: 'paragraph', content: [{ text: DOCX_COPY.last }] },
      ],
      slug: 'council-approves-new-river-bridge',
      status: 'draft',
      desk: '',
      tags: [],
      language: 'en',
      authors: [],
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
    });
    expect(missingImages).toEqual([]);
    expect(warnings).toEqual([]);
    expect(findings.map(({ role }) => role)).toEqual(
      expect.arrayContaining(['headline', 'standfirst', 'byline', 'figure', 'subhead']),
    );

    // Saved through the library: its folder rule, a story.json the app opens, the image beside it.
    expect(storyDir).toBe(path.join(root, `council-approves-new-river-bridge--${ID}`));
    expect(await readdir(root)).toEqual([path.basename(storyDir)]);
    expect(await storyOnDisk(storyDir)).toEqual(story);
    expect(await readdir(path.join(storyDir, 'assets'))).toEqual([PNG_SRC.slice(7)]);
    expect(await readFile(path.join(storyDir, PNG_SRC))).toEqual(PNG);
    // The index heard of the story first with a placeholder, then with the photo.
    expect(indexed.map((s) => s.body[1]?.type === 'figure' && s.body[1].image.src)).toEqual([
      undefined,
      PNG_SRC,
    ]);

    const after = await stat(file);
    expect(await readFile(file)).toEqual(bytes);
    expect(after.mtimeMs).toBe(before.mtimeMs);
  });

  it('stores Markdown images beside the file, refuses one that climbs out of its folder', async () => {
    const folder = path.join(dir, 'flood');
    await mkdir(path.join(folder, 'photos'), { recursive: true });
    await writeFile(path.join(folder, 'photos', 'road.jpg'), JPEG);
    await writeFile(path.join(dir, 'private.png'), PNG);
    const md = [
      '# Flood barrier holds as river peaks',
      '',
      'The Aire rose to **3.9 metres** overnight, the highest since 2015.',
      '',
      '![Water on Kirkstall Road](photos/road.jpg)',
      '',
      'Residents were moved from 40 homes.',
      '',
      '![Not ours](../private.png)',
      '',
      'The barrier was finished in 2017.',
    ].join('\n');
    await writeFile(path.join(folder, 'flood.md'), md);

    const { story, storyDir, missingImages } = await importInto(path.join(folder, 'flood.md'));
    expect(story.headline).toBe('Flood barrier holds as river peaks');
    const figures = story.body.filter((block) => block.type === 'figure');
    expect(figures.map((figure) => figure.image)).toEqual([
      { src: JPEG_SRC, alt: 'Water on Kirkstall Road', width: 8, height: 5 },
      { alt: 'Not ours' },
    ]);
    expect(missingImages).toEqual([
      {
        photo: 2,
        url: '../private.png',
        reason: '../private.png is outside the folder of the imported file: not followed',
      },
    ]);
    expect(await readdir(path.join(storyDir, 'assets'))).toEqual([JPEG_SRC.slice(7)]);
    expect(await storyOnDisk(storyDir)).toEqual(story);
  });

  it('stores HTML figures with their captions and credits from files beside the page', async () => {
    const folder = path.join(dir, 'page');
    await mkdir(path.join(folder, 'img'), { recursive: true });
    await writeFile(path.join(folder, 'img', 'bridge.png'), PNG);
    const html = `<!doctype html><html><head><title>Bridge | Leeds News</title></head><body>
      <nav><a href="/">Home</a></nav>
      <article><h1>New bridge opens to walkers</h1>
      <figure><img src="img/bridge.png" alt="The new bridge">
        <figcaption>Walkers cross on the first morning. <small>Jane Doe</small></figcaption></figure>
      <p>The bridge opened at dawn on Saturday.</p>
      <h2>Cyclists next month</h2><p>Bikes follow in April.</p></article></body></html>`;
    await writeFile(path.join(folder, 'bridge.html'), html);

    const { story, missingImages } = await importInto(path.join(folder, 'bridge.html'));
    expect(story.headline).toBe('New bridge opens to walkers');
    expect(story.body.find((block) => block.type === 'figure')).toEqual({
      type: 'figure',
      image: { src: PNG_SRC, alt: 'The new bridge', width: 6, height: 4 },
      caption: [{ text: 'Walkers cross on the first morning.' }],
      credit: 'Jane Doe',
    });
    expect(story.body.filter((block) => block.type === 'subhead')).toEqual([
      { type: 'subhead', level: 2, content: [{ text: 'Cyclists next month' }] },
    ]);
    expect(missingImages).toEqual([]);
  });

  it('makes the France 24 story from its text, chrome dropped, the photo left to choose', async () => {
    const { story, findings, missingImages, storyDir } = await importInto(FRANCE24);
    expect(story.headline).toBe('Turkish tanks cross Syrian border to free IS-group held town');
    const figures = story.body.filter((block) => block.type === 'figure');
    expect(figures).toEqual([
      {
        type: 'figure',
        image: { alt: '' },
        caption: [
          {
            text: 'The Islamic State group controls a number of areas along the Turkey-Syria border',
          },
        ],
        credit: 'AFP photo',
      },
    ]);
    expect(
      story.body.flatMap((block) => (block.type === 'subhead' ? [block.content[0]?.text] : [])),
    ).toEqual([
      "Turkish operation 'fully backed by US'",
      "Turkey to 'cleanse' border of IS militants",
      'Pre-empting Kurdish forces',
    ]);
    expect(story.body.at(-1)).toEqual({ type: 'credit', text: '(FRANCE 24 with AP and REUTERS)' });
    const dropped = findings.filter((finding) => finding.role === 'dropped').map((f) => f.text);
    expect(dropped).toEqual(expect.arrayContaining(['Skip to main content', 'Page not found']));
    const text = JSON.stringify(story);
    expect(text).not.toContain('Skip to main content');
    expect(text).not.toContain('Page not found');
    expect(missingImages).toEqual([
      { photo: 1, url: '', reason: 'The copy named this photo but held no image' },
    ]);
    expect(await storyOnDisk(storyDir)).toEqual(story);
  });

  it('keeps the blocks the user asks to keep as paragraphs', async () => {
    const draft = (await read(FRANCE24)).draft;
    const { article } = makeImportedStory(draft, { id: ID, now: NOW });
    const skip = article.findings.find((finding) => finding.text === 'Skip to main content')!;
    const { story } = await importInto(FRANCE24, { keep: new Set([skip.index]) });
    expect(JSON.stringify(story.body)).toContain('Skip to main content');
  });

  it('answers an error, never throws, when the library cannot be written', async () => {
    const blocked = path.join(dir, 'not-a-folder');
    await writeFile(blocked, 'a file where the library should be');
    const root = path.join(blocked, 'library');
    const services = openLibraryServices(root);
    const outcome = await importIntoLibrary(services, await read(FRANCE24));
    expect(outcome).toEqual({
      ok: false,
      error: {
        code: 'io',
        message: `The story could not be added to the library at ${root}: a file stands where a folder should be.`,
      },
    });
  });
});
