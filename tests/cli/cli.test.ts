// The `newsdesk` command line as a user runs it: bundled from cli/newsdesk.ts
// the way scripts/build-electron.mjs bundles it (unit tests run before the
// build), then run as a child process on real story folders and packages.
import { build } from 'esbuild';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ninjsError } from '../../electron/export/ninjs-validator';
import { writeStoryPackage } from '../../electron/library/story-package-write';
import { EXPORT_FORMATS, type ExportFormat } from '../../shared/export/export-formats';
import type { Story } from '../../shared/story/story';
import { createEmptyStory } from '../../shared/story/story-create';
import { countBodyWords } from '../../shared/story/story-text';
import { version } from '../../package.json';
import { makePng } from '../electron/image-bytes';

const PNG = makePng(6, 4);
const PNG_NAME = `${createHash('sha256').update(PNG).digest('hex')}.png`;
const HEADLINE = 'Turkish tanks cross Syrian border to free IS-group held town';

/** A story with every header part and a photo, asking for more words than it has (a warning). */
const story: Story = {
  ...createEmptyStory('7c9e6679-7425-40de-944b-e07fc1f90ae7', new Date('2026-11-25T09:00:00Z')),
  headline: HEADLINE,
  slug: 'turkish-tanks-syria',
  standfirst: [{ text: 'Turkish tanks have crossed into Syria to free a border town.' }],
  bylines: ['FRANCE 24'],
  dateline: { place: 'Karkamis, Turkey', date: '2016-08-24' },
  targetWords: 500,
  body: [
    {
      type: 'figure',
      image: { src: `assets/${PNG_NAME}`, alt: 'Tanks near the border', width: 6, height: 4 },
      caption: [{ text: 'The Islamic State group controls areas along the border' }],
      credit: 'AFP photo',
    },
    { type: 'paragraph', content: [{ text: 'The incursion is Turkey’s first into Syria.' }] },
    { type: 'subhead', level: 2, content: [{ text: 'Pre-empting Kurdish forces' }] },
    { type: 'paragraph', content: [{ text: 'Ankara wants to stop Kurdish militias & IS.' }] },
    { type: 'credit', text: '(FRANCE 24 with AP and REUTERS)' },
  ],
};

let dir: string;
let cli: string;
let tmp: string;
let folder: string;
let runs = 0;

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `node <bundle> ...args` (or another command) with its own temp folder
 * (TMPDIR, so leftovers show), answering the exit code and the output.
 */
function run(args: string[], command = ['node', cli], cwd = dir): Promise<Run> {
  const [file, ...before] = command;
  return new Promise((resolve) => {
    execFile(
      file ?? 'node',
      [...before, ...args],
      { cwd, env: { ...process.env, TMPDIR: tmp } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

async function storyFolder(name: string, content: Story | string, withImage = true) {
  const where = path.join(dir, name);
  await mkdir(path.join(where, 'assets'), { recursive: true });
  const text = typeof content === 'string' ? content : `${JSON.stringify(content, null, 2)}\n`;
  await writeFile(path.join(where, 'story.json'), text);
  if (withImage) await writeFile(path.join(where, 'assets', PNG_NAME), PNG);
  return where;
}

const outDir = () => path.join(dir, `out-${(runs += 1)}`);

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'newsdesk-cli-'));
  tmp = path.join(dir, 'tmp');
  await mkdir(tmp);
  cli = path.join(dir, 'dist', 'cli', 'newsdesk.cjs');
  // The options of the CLI entry in scripts/build-electron.mjs.
  const result = await build({
    entryPoints: ['cli/newsdesk.ts'],
    outfile: cli,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'silent',
    metafile: true,
  });
  const inputs = Object.keys(result.metafile.inputs);
  // Node code that shares the app's exporters, never its Electron or UI side.
  expect(
    inputs.filter((file) =>
      /(^|\/)(node_modules\/(electron|react|lexical|@lexical)\/|renderer\/)/.test(file),
    ),
  ).toEqual([]);
  expect(inputs).toContain('electron/export/ninjs-schema/ninjs-schema_2.2.json');
  folder = await storyFolder('turkish-tanks', story);
});

afterAll(() => rm(dir, { recursive: true, force: true }));

const EXTENSIONS: Record<ExportFormat, string> = {
  html: '.html',
  'html-page': '.html',
  ninjs: '.ninjs.json',
  story: '.story.json',
};

describe('newsdesk export', () => {
  it.each(EXPORT_FORMATS)('exports a story folder as %s, images beside it', async (format) => {
    const out = outDir();
    const result = await run(['export', folder, '--format', format, '--out', out]);
    const file = path.join(out, `turkish-tanks-syria${EXTENSIONS[format]}`);
    expect(result).toEqual({
      code: 0,
      stdout: `${file}\n`,
      stderr: `newsdesk: warning: The body is ${countBodyWords(story)} words; the desk asked for 500.\n`,
    });
    const text = await readFile(file, 'utf8');
    if (format === 'ninjs') {
      const ninjs = JSON.parse(text);
      expect(ninjsError(ninjs)).toBeNull();
      expect(ninjs.headlines[0].value).toBe(HEADLINE);
    } else if (format === 'story') {
      expect(JSON.parse(text)).toMatchObject({ id: story.id, headline: HEADLINE });
    } else {
      expect(text).toContain(`<h1>${HEADLINE}</h1>`);
      expect(text).toContain(`src="images/${PNG_NAME}"`);
      expect(text).toContain('Kurdish militias &amp; IS.');
      expect(/<!doctype html>/i.test(text)).toBe(format === 'html-page');
    }
    expect(await readdir(path.join(out, 'images'))).toEqual([PNG_NAME]);
    expect(await readFile(path.join(out, 'images', PNG_NAME))).toEqual(PNG);
  });

  it('points at the publishing URL, or inlines the images in a page', async () => {
    const out = outDir();
    const base = ['--asset-base-url', 'https://cdn.example.com/stories'];
    const ninjs = await run(['export', folder, '--format', 'ninjs', '--out', out, ...base]);
    expect(ninjs.code).toBe(0);
    const document = JSON.parse(await readFile(ninjs.stdout.trim(), 'utf8'));
    expect(ninjsError(document)).toBeNull();
    expect(JSON.stringify(document)).toContain(`"https://cdn.example.com/stories/${PNG_NAME}"`);

    const pageOut = outDir();
    const page = await run([
      'export',
      folder,
      '--format',
      'html-page',
      '--out',
      pageOut,
      '--inline-images',
    ]);
    expect(page.code).toBe(0);
    const html = await readFile(page.stdout.trim(), 'utf8');
    expect(html).toContain(`src="data:image/png;base64,${PNG.toString('base64')}"`);
    expect(existsSync(path.join(pageOut, 'images'))).toBe(false);
  });

  it('exports from a .newsdesk package and leaves no temporary folder behind', async () => {
    const packed = await writeStoryPackage(folder);
    if (!packed.ok) throw new Error(packed.error.message);
    const file = path.join(dir, 'turkish-tanks.newsdesk');
    await writeFile(file, packed.value);
    for (const format of ['ninjs', 'html-page'] as const) {
      const out = outDir();
      const result = await run(['export', file, '--format', format, '--out', out]);
      expect(result.code).toBe(0);
      expect(result.stdout).toBe(`${path.join(out, `turkish-tanks-syria${EXTENSIONS[format]}`)}\n`);
      if (format === 'ninjs')
        expect(ninjsError(JSON.parse(await readFile(result.stdout.trim(), 'utf8')))).toBeNull();
      expect(await readFile(path.join(out, 'images', PNG_NAME))).toEqual(PNG);
    }
    expect(await readdir(tmp)).toEqual([]);
  });

  it('takes the story.json itself as well as its folder', async () => {
    const out = outDir();
    const result = await run([
      'export',
      path.join(folder, 'story.json'),
      '--format',
      'story',
      '--out',
      out,
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`${path.join(out, 'turkish-tanks-syria.story.json')}\n`);
  });
});

describe('newsdesk export, not exported (exit 1, one line, nothing written)', () => {
  async function refused(source: string, message: string) {
    const out = outDir();
    const result = await run(['export', source, '--format', 'ninjs', '--out', out]);
    expect(result).toEqual({ code: 1, stdout: '', stderr: `newsdesk: ${message}\n` });
    expect(existsSync(out)).toBe(false);
    expect(await readdir(tmp)).toEqual([]);
  }

  it('when there is no such folder', async () => {
    const missing = path.join(dir, 'no-such-story');
    await refused(missing, `Not exported: There is no story folder or package at ${missing}.`);
  });

  it('when the folder holds no story.json', async () => {
    const empty = path.join(dir, 'empty-folder');
    await mkdir(empty);
    await refused(empty, `Not exported: ${empty} is not a story folder: it holds no story.json.`);
  });

  it('when story.json is damaged', async () => {
    const damaged = await storyFolder('damaged', '{"schemaVersion": 2, "headline": ');
    await refused(damaged, 'Not exported: The story file is damaged: it is not readable JSON.');
  });

  it('when a check blocks it: an empty headline', async () => {
    const untitled = await storyFolder('untitled', { ...story, headline: '  ' });
    await refused(untitled, 'Not exported: The headline is empty.');
    const worse = await storyFolder('worse', {
      ...story,
      headline: '',
      body: story.body.map((block) => (block.type === 'figure' ? { ...block, credit: '' } : block)),
    });
    await refused(worse, 'Not exported: The headline is empty. (1 more to fix)');
  });

  it('when a photo’s image is missing', async () => {
    const noImage = await storyFolder('no-image', story, false);
    await refused(
      noImage,
      `Not exported: the image of photo 1 is missing from the story folder (assets/${PNG_NAME}).`,
    );
  });

  it('when the package is damaged or not a package', async () => {
    const packed = await writeStoryPackage(folder);
    if (!packed.ok) throw new Error(packed.error.message);
    const cut = path.join(dir, 'cut.newsdesk');
    await writeFile(cut, packed.value.subarray(0, packed.value.length - 30));
    await refused(cut, 'Not exported: The package is damaged: the file is incomplete.');
    const text = path.join(dir, 'notes.txt');
    await writeFile(text, 'Call the council press office.');
    await refused(text, 'Not exported: The file is not a Newsdesk package: it is not a zip file.');
  });
});

describe('newsdesk usage', () => {
  it.each([
    [
      ['export', 'story', '--format', 'pdf', '--out', 'x'],
      'unknown format "pdf": use html, html-page, ninjs, story',
    ],
    [['export', 'story', '--out', 'x'], '--format is missing (html, html-page, ninjs, story)'],
    [
      ['export', 'story', '--format', 'html'],
      '--out is missing: the folder to write the export to',
    ],
    [
      ['export', '--format', 'html', '--out', 'x'],
      'export takes one story folder or .newsdesk package',
    ],
    [['export', 'story', '--format', 'html', '--out', 'x', '--colour'], 'unknown option --colour'],
    [
      ['export', 'story', '--format', 'html', '--out', 'x', '--inline-images'],
      '--inline-images works with --format html-page',
    ],
    [['publish', 'story'], 'unknown command "publish"'],
    [[], 'say what to do, e.g. newsdesk export'],
  ])('%j is refused with exit 2 and the usage', async (args, message) => {
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    const [first, usage] = result.stderr.split('\n\n');
    expect(first).toBe(`newsdesk: ${message}`);
    expect(usage).toMatch(/^Usage: newsdesk export /);
  });

  it('prints help and version on stdout', async () => {
    for (const flag of ['--help', '-h']) {
      const help = await run([flag]);
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(/^Usage: newsdesk export <story folder \| package\.newsdesk>/);
      expect(help.stdout).toContain('--asset-base-url <url>');
    }
    expect(await run(['--version'])).toEqual({
      code: 0,
      stdout: `newsdesk ${version}\n`,
      stderr: '',
    });
  });

  it('runs as `npx newsdesk` from the repository (the package.json bin)', async () => {
    const result = await run(['--no-install', 'newsdesk', '--version'], ['npx'], process.cwd());
    // The bin loads dist/cli/, which `npm install` (prepare) and `npm run build` make.
    if (existsSync(path.resolve('dist/cli/newsdesk.cjs'))) {
      expect(result).toMatchObject({ code: 0, stdout: `newsdesk ${version}\n` });
    } else {
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('run `npm run build`');
    }
  });

  it('says to build first when the bin finds no bundle', async () => {
    const bare = path.join(dir, 'bare', 'bin');
    await mkdir(bare, { recursive: true });
    await copyFile('bin/newsdesk.cjs', path.join(bare, 'newsdesk.cjs'));
    const result = await run(['--version'], ['node', path.join(bare, 'newsdesk.cjs')]);
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: `newsdesk: the command line is not built yet: run \`npm run build\` in ${path.dirname(bare)}\n`,
    });
  });
});
