// `newsdesk import` as a user runs it: bundled from cli/newsdesk.ts with the
// options of scripts/build-electron.mjs (jsdom outside the bundle), then run
// as a child process on real files, into real library folders.
import { build } from 'esbuild';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseStoryFile } from '../../electron/library/parse-story-file';
import type { Story } from '../../shared/story/story';
import { makePng } from '../electron/image-bytes';
import { makeDocx } from '../fixtures/import-files/make-docx';

const FRANCE24 = path.resolve('../shared/fixtures/france24-turkish-tanks.txt');
const HEADLINE = 'Turkish tanks cross Syrian border to free IS-group held town';
const SLUG = 'turkish-tanks-cross-syrian-border-to-free-is-group-held-town';
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const PNG = makePng(6, 4);
const PNG_SRC = `assets/${createHash('sha256').update(PNG).digest('hex')}.png`;

let dir: string;
let bundleDir: string;
let cli: string;
let docx: string;
let runs = 0;

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the bundled CLI with `env` over a clean environment (no NEWSDESK_LIBRARY of the caller's). */
function run(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const base = { ...process.env };
  delete base.NEWSDESK_LIBRARY;
  delete base.NEWSDESK_USER_DATA;
  return new Promise((resolve) => {
    execFile(
      'node',
      [cli, ...args],
      { cwd: dir, env: { ...base, HOME: path.join(dir, 'home'), XDG_CONFIG_HOME: '', ...env } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const newLibrary = () => path.join(dir, `library-${(runs += 1)}`);

async function storyIn(folder: string): Promise<Story> {
  const parsed = parseStoryFile(await readFile(path.join(folder, 'story.json'), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

/** The folder the printed report ends with. */
function printedFolder(stdout: string): string {
  const match = /^Story folder: (.+)$/m.exec(stdout);
  if (!match) throw new Error(`no folder in:\n${stdout}`);
  return match[1]!;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'newsdesk-cli-import-'));
  // Inside the repository, so the bundle finds jsdom in node_modules as bin/newsdesk.cjs does.
  await mkdir('node_modules/.cache', { recursive: true });
  bundleDir = await mkdtemp(path.resolve('node_modules/.cache/newsdesk-cli-import-'));
  cli = path.join(bundleDir, 'newsdesk.cjs');
  const result = await build({
    entryPoints: ['cli/newsdesk.ts'],
    outfile: cli,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['jsdom'],
    supported: { 'dynamic-import': false },
    logLevel: 'silent',
    metafile: true,
  });
  const inputs = Object.keys(result.metafile.inputs);
  expect(inputs.some((file) => file.includes('node_modules/jsdom/'))).toBe(false);
  expect(inputs.some((file) => file.includes('node_modules/mammoth/'))).toBe(true);
  // Loaded lazily with require (CommonJS resolution, as from Electron's app.asar).
  expect(await readFile(cli, 'utf8')).toContain('require("jsdom")');
  docx = path.join(dir, 'bridge.docx');
  await writeFile(docx, makeDocx(PNG));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await rm(bundleDir, { recursive: true, force: true });
});

describe('newsdesk import', () => {
  it('prints the France 24 story as Story JSON with --json, storing nothing', async () => {
    const result = await run(['import', FRANCE24, '--json']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const parsed = parseStoryFile(result.stdout);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const story = parsed.value;
    expect(story.headline).toBe(HEADLINE);
    expect(story.slug).toBe(SLUG);
    const figures = story.body.filter((block) => block.type === 'figure');
    expect(figures.map(({ credit, image }) => ({ credit, image }))).toEqual([
      { credit: 'AFP photo', image: { alt: '' } },
    ]);
    expect(
      story.body.flatMap((block) => (block.type === 'subhead' ? [block.content[0]?.text] : [])),
    ).toEqual([
      "Turkish operation 'fully backed by US'",
      "Turkey to 'cleanse' border of IS militants",
      'Pre-empting Kurdish forces',
    ]);
    expect(story.body.filter((block) => block.type === 'credit')).toEqual([
      { type: 'credit', text: '(FRANCE 24 with AP and REUTERS)' },
    ]);
    expect(result.stdout).not.toContain('Skip to main content');
    expect(result.stdout).not.toContain('Page not found');
    expect(existsSync(path.join(dir, 'home'))).toBe(false);
  });

  it('adds the France 24 story to a library and prints what it found', async () => {
    const library = newLibrary();
    const result = await run(['import', FRANCE24, '--library', library]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const folder = printedFolder(result.stdout);
    expect(folder).toMatch(new RegExp(`^${library}/${SLUG}--${UUID}$`));
    expect(await readdir(library)).toEqual([path.basename(folder)]);
    const story = await storyIn(folder);
    expect(story.headline).toBe(HEADLINE);
    const lines = result.stdout.split('\n');
    expect(lines.slice(0, 12)).toEqual([
      'Imported france24-turkish-tanks.txt (text) as a new story:',
      '',
      `  Headline    ${HEADLINE}`,
      '  Standfirst  —',
      '  Byline      —',
      '  Dateline    —',
      '  Photo 1     The Islamic State group controls a number of areas along the Turkey-Syria border',
      '              credit: AFP photo',
      '              no image: The copy named this photo but held no image',
      "  Subheads    Turkish operation 'fully backed by US'",
      "              Turkey to 'cleanse' border of IS militants",
      '              Pre-empting Kurdish forces',
    ]);
    expect(lines).toContain('  Credit      (FRANCE 24 with AP and REUTERS)');
    // The chrome lines, each with the rule that dropped it.
    const dropped = lines.slice(lines.findIndex((line) => line.startsWith('  Dropped')));
    expect(dropped[0]).toMatch(/^ {2}Dropped {5}Skip to main content {2}\(\S+\)$/);
    expect(dropped.some((line) => /^ {14}Page not found {2}\(\S+\)$/.test(line))).toBe(true);
  });

  it('adds a Word document to the library NEWSDESK_LIBRARY names, its photo stored', async () => {
    const library = newLibrary();
    const result = await run(['import', docx], { NEWSDESK_LIBRARY: library });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('  Headline    Council approves new river bridge\n');
    expect(result.stdout).toContain(`              image: ${PNG_SRC} (6×4)\n`);
    const folder = printedFolder(result.stdout);
    expect(path.dirname(folder)).toBe(library);
    expect(await readFile(path.join(folder, PNG_SRC))).toEqual(PNG);
    const story = await storyIn(folder);
    expect(story.body.find((block) => block.type === 'figure')?.image.src).toBe(PNG_SRC);
  });

  it('finds the app’s library: the folder chosen in Settings, else Newsdesk in Documents', async () => {
    const home = path.join(dir, 'home');
    const plain = await run(['import', FRANCE24]);
    expect(plain.code).toBe(0);
    expect(path.dirname(printedFolder(plain.stdout))).toBe(
      path.join(home, 'Documents', 'Newsdesk'),
    );

    const userData = path.join(dir, 'user-data');
    const chosen = path.join(dir, 'chosen-library');
    await mkdir(userData, { recursive: true });
    await writeFile(path.join(userData, 'settings.json'), JSON.stringify({ libraryPath: chosen }));
    const set = await run(['import', FRANCE24], { NEWSDESK_USER_DATA: userData });
    expect(path.dirname(printedFolder(set.stdout))).toBe(chosen);
    // --library wins over both.
    const library = newLibrary();
    const given = await run(['import', FRANCE24, '--library', library], {
      NEWSDESK_USER_DATA: userData,
      NEWSDESK_LIBRARY: chosen,
    });
    expect(path.dirname(printedFolder(given.stdout))).toBe(library);
  });

  it('says on stderr when --json leaves photos without their images', async () => {
    const md = path.join(dir, 'photo.md');
    await writeFile(
      md,
      `# Photo story\n\n![A red square](data:image/png;base64,${PNG.toString('base64')})\n\nWords.\n`,
    );
    const result = await run(['import', md, '--json']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      'newsdesk: note: 1 photo keeps only caption, credit and alt text: --json stores no images (import into a library to keep them).\n',
    );
    const story = JSON.parse(result.stdout) as Story;
    expect(story.body.find((block) => block.type === 'figure')?.image).toEqual({
      alt: 'A red square',
    });
  });

  it('prints the reader’s warnings on stderr', async () => {
    const ansi = path.join(dir, 'ansi.txt');
    await writeFile(ansi, Buffer.from([0x93, 0x48, 0x69, 0x94, 0x0a]));
    const result = await run(['import', ansi, '--json']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      'newsdesk: warning: “ansi.txt” is not UTF-8: it was read as Windows-1252 (Western European). Check accented letters, quotes and dashes.\n',
    );
  });
});

describe('newsdesk import, not imported (exit 1, one line)', () => {
  it.each([
    [
      'report.pdf',
      '“report.pdf” cannot be imported: it is a .pdf file. Newsdesk imports Word documents (.docx), Markdown (.md, .markdown), web pages (.html, .htm) and plain text (.txt). Copy the text from the PDF and paste it into a story instead.',
    ],
    ['fake.docx', '“fake.docx” is not a Word document, or it is damaged.'],
  ])('refuses %s', async (name, message) => {
    await writeFile(path.join(dir, name), 'Some words.');
    const library = newLibrary();
    const result = await run(['import', path.join(dir, name), '--library', library]);
    expect(result).toEqual({ code: 1, stdout: '', stderr: `newsdesk: Not imported: ${message}\n` });
    expect(existsSync(library)).toBe(false);
  });

  it('when the file is missing, or the library cannot be written', async () => {
    const gone = await run(['import', path.join(dir, 'gone.txt')]);
    expect(gone).toEqual({
      code: 1,
      stdout: '',
      stderr: 'newsdesk: Not imported: “gone.txt” is no longer there.\n',
    });
    const blocked = path.join(dir, 'blocked');
    await writeFile(blocked, 'a file');
    const library = path.join(blocked, 'library');
    const result = await run(['import', FRANCE24, '--library', library]);
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: `newsdesk: Not imported: The story could not be added to the library at ${library}: a file stands where a folder should be.\n`,
    });
  });
});

describe('newsdesk import usage (exit 2)', () => {
  it.each([
    [['import'], 'import takes one file: .docx, .md, .markdown, .html, .htm or .txt'],
    [
      ['import', 'a.txt', 'b.txt'],
      'import takes one file: .docx, .md, .markdown, .html, .htm or .txt',
    ],
    [['import', 'a.txt', '--format', 'html'], '--format works with export, not import'],
    [['import', 'a.txt', '--library'], '--library needs a value'],
    [
      ['import', 'a.txt', '--json', '--library', 'lib'],
      '--json prints the story instead of adding it to a library: leave out --library',
    ],
    [
      ['export', 's', '--format', 'html', '--out', 'o', '--json'],
      '--json works with import, not export',
    ],
  ])('%j', async (args, message) => {
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n\n')[0]).toBe(`newsdesk: ${message}`);
  });

  it('is in the help', async () => {
    const help = await run(['--help']);
    expect(help.stdout).toContain(
      'newsdesk import <file> [--library <folder>] [--fetch-images] [--json]',
    );
  });
});
