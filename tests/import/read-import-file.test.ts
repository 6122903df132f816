// Reading files to import, on real files in a temp folder: the format from the
// name checked against the content, limits, text encodings, and Word, Markdown,
// HTML and text each turned into draft blocks. The file is never changed.
import { mkdir, mkdtemp, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeWindows1252 } from '../../electron/import/decode-text';
import { readImportFile } from '../../electron/import/read-import-file';
import type { DraftBlock } from '../../shared/import/import-draft';
import { makePng } from '../electron/image-bytes';
import { DOCX_COPY, makeDocx } from '../fixtures/import-files/make-docx';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'newsdesk-read-import-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function fileWith(name: string, content: string | Uint8Array): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, content);
  return file;
}

/** The text of a draft block (paragraph or heading), for compact expectations. */
function textOf(block: DraftBlock | undefined): string {
  if (!block) return '';
  if (block.type === 'paragraph' || block.type === 'heading' || block.type === 'quote') {
    return block.content.map((run) => run.text).join('');
  }
  return block.type;
}

async function readOk(input: Parameters<typeof readImportFile>[0]) {
  const read = await readImportFile(input);
  if (!read.ok) throw new Error(read.error.message);
  return read.value;
}

async function refused(input: Parameters<typeof readImportFile>[0]) {
  const read = await readImportFile(input);
  if (read.ok) throw new Error('expected a refusal');
  return read.error;
}

const ACCEPTED =
  'Newsdesk imports Word documents (.docx), Markdown (.md, .markdown), web pages (.html, .htm) and plain text (.txt).';

describe('readImportFile: which files', () => {
  it.each([
    ['notes.doc', 'a .doc file', ' Open it in Word and save it as a Word document (.docx) first.'],
    ['report.pdf', 'a .pdf file', ' Copy the text from the PDF and paste it into a story instead.'],
    ['memo.RTF', 'a .rtf file', ' Open it in Word and save it as a Word document (.docx) first.'],
    ['photo.jpg', 'a .jpg file', ''],
    ['README', 'a file without an extension', ''],
  ])('refuses %s, naming what is accepted', async (name, kind, advice) => {
    const file = await fileWith(name, 'Some words.');
    expect(await refused({ path: file })).toEqual({
      code: 'invalid-request',
      message: `“${name}” cannot be imported: it is ${kind}. ${ACCEPTED}${advice}`,
    });
  });

  it('takes the extension in any case, .markdown and .htm too', async () => {
    expect((await readOk({ name: 'A.MD', bytes: Buffer.from('# Hi') })).format).toBe('markdown');
    expect((await readOk({ name: 'a.markdown', bytes: Buffer.from('x') })).format).toBe('markdown');
    expect((await readOk({ name: 'a.HTM', bytes: Buffer.from('<p>x</p>') })).format).toBe('html');
    expect((await readOk({ name: 'a.Txt', bytes: Buffer.from('x') })).format).toBe('text');
  });

  it('refuses a .docx that is not a zip, or a zip that is not a Word document', async () => {
    const text = await fileWith('fake.docx', 'Just text.');
    expect(await refused({ path: text })).toEqual({
      code: 'damaged',
      message: '“fake.docx” is not a Word document, or it is damaged.',
    });
    const zip = await fileWith('other.docx', Buffer.from('PK\x03\x04 not really a zip at all'));
    expect(await refused({ path: zip })).toEqual({
      code: 'damaged',
      message: '“other.docx” is not a Word document, or it is damaged.',
    });
    const cut = makeDocx(makePng(4, 4)).subarray(0, 300);
    expect((await refused({ name: 'cut.docx', bytes: cut })).code).toBe('damaged');
    const oldWord = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(await refused({ name: 'old.docx', bytes: oldWord })).toEqual({
      code: 'damaged',
      message:
        '“old.docx” is an old Word (.doc) file named .docx. Open it in Word and save it as a Word document (.docx) first.',
    });
  });

  it('refuses a text name on a binary file, and an empty file', async () => {
    expect(await refused({ name: 'story.txt', bytes: Buffer.from('%PDF-1.7\n…') })).toEqual({
      code: 'invalid-request',
      message: `“story.txt” is not text: it is a PDF. ${ACCEPTED}`,
    });
    expect((await refused({ name: 'x.md', bytes: Buffer.from('a\0b') })).message).toBe(
      `“x.md” is not text. ${ACCEPTED}`,
    );
    expect(await refused({ name: 'empty.txt', bytes: new Uint8Array() })).toEqual({
      code: 'invalid-request',
      message: '“empty.txt” is empty.',
    });
  });

  it('refuses files over the limit before reading them (50 MB Word, 20 MB text)', async () => {
    const big = path.join(dir, 'big.docx');
    await writeFile(big, 'PK\x03\x04');
    await truncate(big, 50 * 1024 * 1024 + 1); // sparse: nothing is written
    expect(await refused({ path: big })).toEqual({
      code: 'too-large',
      message: '“big.docx” is too large to import: a Word document may be at most 50 MB.',
    });
    const bytes = new Uint8Array(20 * 1024 * 1024 + 1).fill(0x61);
    expect(await refused({ name: 'long.txt', bytes })).toEqual({
      code: 'too-large',
      message: '“long.txt” is too large to import: a file may be at most 20 MB.',
    });
  });

  it('says plainly when the file is gone or is a folder', async () => {
    expect(await refused({ path: path.join(dir, 'gone.txt') })).toEqual({
      code: 'not-found',
      message: '“gone.txt” is no longer there.',
    });
    await mkdir(path.join(dir, 'folder.txt'));
    expect(await refused({ path: path.join(dir, 'folder.txt') })).toEqual({
      code: 'invalid-request',
      message: `“folder.txt” is not a file. ${ACCEPTED}`,
    });
  });
});

describe('readImportFile: text encodings', () => {
  const words = 'Café “quotes” – naïve € 5';

  it.each([
    ['UTF-8', Buffer.from(words, 'utf8')],
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(words)])],
    [
      'UTF-16 LE with a BOM',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(words, 'utf16le')]),
    ],
    [
      'UTF-16 BE with a BOM',
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(words, 'utf16le').swap16()]),
    ],
  ])('reads %s without a warning', async (_name, bytes) => {
    const read = await readOk({ name: 'copy.txt', bytes });
    expect(read.draft.blocks.map(textOf)).toEqual([words]);
    expect(read.warnings).toEqual([]);
  });

  it('reads bytes that are not UTF-8 as Windows-1252, and says so', async () => {
    // "Café “quotes” – naïve € 5" as Notepad saved it on Western Windows.
    const ansi = Buffer.from([
      0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x71, 0x75, 0x6f, 0x74, 0x65, 0x73, 0x94, 0x20, 0x96,
      0x20, 0x6e, 0x61, 0xef, 0x76, 0x65, 0x20, 0x80, 0x20, 0x35,
    ]);
    const read = await readOk({ name: 'old.txt', bytes: ansi });
    expect(read.draft.blocks.map(textOf)).toEqual([words]);
    expect(read.warnings).toEqual([
      '“old.txt” is not UTF-8: it was read as Windows-1252 (Western European). Check accented letters, quotes and dashes.',
    ]);
  });

  it('maps every Windows-1252 byte, the five undefined ones to their Latin-1 code', () => {
    const all = decodeWindows1252(Uint8Array.from({ length: 256 }, (_, i) => i));
    expect(all.length).toBe(256);
    expect(all.slice(0x80, 0xa0)).toBe('€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ');
    expect(all.slice(0xa0)).toBe(
      Buffer.from(Uint8Array.from({ length: 96 }, (_, i) => 0xa0 + i)).toString('latin1'),
    );
  });
});

describe('readImportFile: formats', () => {
  it('reads a Word document: Title, Subtitle, runs, the photo with its caption, Heading 2', async () => {
    const png = makePng(6, 4);
    const file = await fileWith('bridge.docx', makeDocx(png));
    const read = await readOk({ path: file });
    expect(read).toMatchObject({
      format: 'docx',
      fileName: 'bridge.docx',
      baseDir: dir,
      warnings: [],
    });
    const [title, subtitle, byline, lead, figure, subhead, last] = read.draft.blocks;
    expect(title).toEqual({ type: 'heading', level: 1, content: [{ text: DOCX_COPY.title }] });
    expect(textOf(subtitle)).toBe(DOCX_COPY.subtitle);
    expect(textOf(byline)).toBe(DOCX_COPY.byline);
    expect(lead).toEqual({
      type: 'paragraph',
      content: [
        { text: 'Councillors voted ' },
        { text: 'unanimously', marks: ['bold'] },
        { text: ' on Tuesday to build the ' },
        { text: 'Aire Crossing', marks: ['italic'] },
        { text: ', ending a decade of argument.' },
      ],
    });
    // The picture paragraph and the Caption under it are one figure; the credit is told apart.
    expect(figure).toEqual({
      type: 'figure',
      url: `data:image/png;base64,${png.toString('base64')}`,
      alt: DOCX_COPY.alt,
      caption: [{ text: 'The site of the new bridge, seen from Water Lane.' }],
      credit: 'Jane Doe/Newsdesk',
    });
    expect(subhead).toEqual({ type: 'heading', level: 2, content: [{ text: DOCX_COPY.subhead }] });
    expect(textOf(last)).toBe(DOCX_COPY.last);
    expect(read.draft.blocks).toHaveLength(7);
  });

  it('reads Markdown through marked: headings, marks, lists, relative images kept', async () => {
    const md =
      '# Flood warning\n\nRiver levels are **rising** in *Leeds*.\n\n- sandbags\n- pumps\n\n![Kirkstall Road](photos/road.png)\n';
    const read = await readOk({ name: 'flood.md', bytes: Buffer.from(md) });
    expect(read.baseDir).toBeNull();
    expect(read.draft.blocks[0]).toEqual({
      type: 'heading',
      level: 1,
      content: [{ text: 'Flood warning' }],
    });
    expect(read.draft.blocks[1]).toEqual({
      type: 'paragraph',
      content: [
        { text: 'River levels are ' },
        { text: 'rising', marks: ['bold'] },
        { text: ' in ' },
        { text: 'Leeds', marks: ['italic'] },
        { text: '.' },
      ],
    });
    expect(read.draft.blocks[2]).toMatchObject({ type: 'list', ordered: false });
    expect(read.draft.blocks[3]).toMatchObject({
      type: 'figure',
      url: 'photos/road.png',
      alt: 'Kirkstall Road',
    });
  });

  it('reads HTML sanitized, and a .txt holding HTML as text', async () => {
    const html =
      '<html><head><title>Page</title><script>alert(1)</script></head><body><h1>Hi</h1><p onclick="x()">Text</p></body></html>';
    const read = await readOk({ name: 'page.html', bytes: Buffer.from(html) });
    expect(read.draft.blocks).toEqual([
      { type: 'heading', level: 1, content: [{ text: 'Hi' }] },
      { type: 'paragraph', content: [{ text: 'Text' }] },
    ]);
    const asText = await readOk({
      name: 'page.txt',
      bytes: Buffer.from('<h1>Hi</h1>\n\n<p>Text</p>'),
    });
    expect(asText.draft.blocks.map(textOf)).toEqual(['<h1>Hi</h1>', '<p>Text</p>']);
  });

  it('never changes the file it reads', async () => {
    const file = await fileWith('kept.docx', makeDocx(makePng(3, 3)));
    const before = await stat(file);
    const bytes = await readFile(file);
    await readOk({ path: file });
    const after = await stat(file);
    expect(await readFile(file)).toEqual(bytes);
    expect(after.mtimeMs).toBe(before.mtimeMs);
    expect(after.size).toBe(before.size);
  });
});
