// Imported figures' images stored in a real library in a temp folder: data:
// URLs decoded, files beside the imported file read (never outside its folder,
// not through links), the web only when allowed — from a server on 127.0.0.1.
import { createHash } from 'node:crypto';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { importFigureImages } from '../../electron/import/import-images';
import { openLibraryServices, type LibraryServices } from '../../electron/library/library-services';
import type { ImportBlock, ImportFigure } from '../../shared/import/import-draft';
import { makeJpeg, makePng } from '../electron/image-bytes';

const PNG = makePng(6, 4);
const PNG_SRC = `assets/${createHash('sha256').update(PNG).digest('hex')}.png`;
const JPEG = makeJpeg(3, 2);
const JPEG_SRC = `assets/${createHash('sha256').update(JPEG).digest('hex')}.jpg`;

let dir: string;
let source: string;
let services: LibraryServices;
let storyId: string;
let server: Server;
let base: string;
const requests: string[] = [];

/** What the test server answers, by path. */
function serve(url: string, response: ServerResponse): void {
  switch (url) {
    case '/photo.png':
      response.writeHead(200, { 'content-type': 'image/png' }).end(PNG);
      return;
    case '/untyped':
      response.writeHead(200).end(JPEG);
      return;
    case '/page.html':
      response.writeHead(200, { 'content-type': 'text/html' }).end('<p>Not found</p>');
      return;
    case '/declared-huge.jpg':
      response.writeHead(200, {
        'content-type': 'image/jpeg',
        'content-length': String(26 * 1024 * 1024),
      });
      response.flushHeaders();
      return; // the body never comes: the client must not wait for it
    case '/endless.jpg': {
      response.writeHead(200, { 'content-type': 'image/jpeg' });
      const chunk = Buffer.alloc(1024 * 1024, 0xff);
      const pump = () => {
        while (!response.destroyed && response.write(chunk));
        if (!response.destroyed) response.once('drain', pump);
      };
      pump();
      return;
    }
    case '/slow.png':
      setTimeout(() => response.writeHead(200, { 'content-type': 'image/png' }).end(PNG), 2_000);
      return;
    default:
      response.writeHead(404).end();
  }
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'newsdesk-import-images-'));
  source = path.join(dir, 'source');
  await mkdir(path.join(source, 'photos'), { recursive: true });
  await writeFile(path.join(source, 'photos', 'road.png'), PNG);
  await writeFile(path.join(source, 'photos', 'notes.txt'), 'not a picture');
  await writeFile(path.join(dir, 'secret.png'), JPEG); // outside the imported file's folder
  await symlink(path.join(dir, 'secret.png'), path.join(source, 'photos', 'link.png'));
  server = createServer((request, response) => {
    requests.push(request.url ?? '');
    serve(request.url ?? '', response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

beforeEach(async () => {
  services = openLibraryServices(path.join(dir, `library-${Math.random().toString(36).slice(2)}`));
  const created = await services.library.create();
  if (!created.ok) throw new Error(created.error.message);
  storyId = created.value.id;
  requests.length = 0;
});

function figure(url: string | null, alt = 'A photo'): ImportFigure {
  return {
    type: 'figure',
    image: { alt },
    caption: [{ text: 'Caption' }],
    credit: 'Credit',
    ...(url === null ? {} : { fetch: { url } }),
  };
}

const paragraph: ImportBlock = { type: 'paragraph', content: [{ text: 'Words.' }] };

async function run(
  urls: readonly (string | null)[],
  options: { baseDir?: string | null; allowNetwork?: boolean } = {},
) {
  return importFigureImages(
    services.assets,
    storyId,
    [paragraph, ...urls.map((url) => figure(url))],
    {
      baseDir: options.baseDir === undefined ? source : options.baseDir,
      allowNetwork: options.allowNetwork ?? false,
      fetchOptions: { timeoutMs: 500 },
    },
  );
}

async function storedFiles(): Promise<string[]> {
  const folder = services.library.storyDir(storyId)!;
  return (await readdir(path.join(folder, 'assets')).catch(() => [])).sort();
}

describe('importFigureImages', () => {
  it('decodes data: URLs and stores the image by its hash, once', async () => {
    const url = `data:image/png;base64,${PNG.toString('base64')}`;
    const result = await run([url, url]);
    expect(result.missing).toEqual([]);
    expect(result.stored).toBe(2);
    expect(result.body[0]).toBe(paragraph);
    expect(result.body[1]).toEqual({
      type: 'figure',
      image: { src: PNG_SRC, alt: 'A photo', width: 6, height: 4 },
      caption: [{ text: 'Caption' }],
      credit: 'Credit',
    });
    expect(await storedFiles()).toEqual([PNG_SRC.slice('assets/'.length)]);
    const folder = services.library.storyDir(storyId)!;
    expect(await readFile(path.join(folder, PNG_SRC))).toEqual(PNG);
  });

  it('keeps a placeholder for data: that is not a usable image, saying why', async () => {
    const svg = 'data:image/svg+xml;base64,PHN2Zy8+';
    const lying = `data:image/png;base64,${Buffer.from('hello there').toString('base64')}`;
    const result = await run([svg, lying]);
    expect(result.stored).toBe(0);
    expect(result.body[1]).toEqual(figure(null));
    expect(result.missing).toEqual([
      {
        photo: 1,
        url: svg,
        reason:
          'An image embedded in the file (image/svg+xml) is in a format Newsdesk cannot use (PNG, JPEG, GIF or WebP)',
      },
      {
        photo: 2,
        url: lying,
        reason:
          'This image is not a picture Newsdesk can use. Choose a PNG, JPEG, GIF or WebP image.',
      },
    ]);
  });

  it('reads images beside the imported file, and nothing outside its folder', async () => {
    const result = await run([
      'photos/road.png',
      'photos/road%2Epng?v=2#top',
      '../secret.png',
      'photos/../../secret.png',
      path.join(dir, 'secret.png'),
      'photos/link.png',
      'photos/missing.png',
      'photos/notes.txt',
    ]);
    expect(result.stored).toBe(2);
    expect(
      result.body.slice(1, 3).map((block) => block.type === 'figure' && block.image.src),
    ).toEqual([PNG_SRC, PNG_SRC]);
    expect(result.missing.map(({ photo, reason }) => [photo, reason])).toEqual([
      [3, '../secret.png is outside the folder of the imported file: not followed'],
      [4, 'photos/../../secret.png is outside the folder of the imported file: not followed'],
      [5, `${path.join(dir, 'secret.png')} is not a path beside the imported file: not followed`],
      [6, 'photos/link.png links outside the folder of the imported file: not followed'],
      [7, 'photos/missing.png is not in the folder of the imported file'],
      [8, '“notes.txt” is not a picture Newsdesk can use. Choose a PNG, JPEG, GIF or WebP image.'],
    ]);
    expect(await storedFiles()).toEqual([PNG_SRC.slice('assets/'.length)]);
  });

  it('does not look for relative images when the file came without its folder', async () => {
    const result = await run(['photos/road.png'], { baseDir: null });
    expect(result.missing).toEqual([
      {
        photo: 1,
        url: 'photos/road.png',
        reason:
          'photos/road.png was beside the original file, which was not imported from a folder',
      },
    ]);
  });

  it('lists a figure whose copy named no image, and refuses other schemes', async () => {
    const empty: ImportFigure = { type: 'figure', image: { alt: '' }, caption: [], credit: '' };
    const result = await importFigureImages(
      services.assets,
      storyId,
      [empty, ...[null, 'file:///etc/passwd', 'javascript:alert(1)'].map((url) => figure(url))],
      { baseDir: source, allowNetwork: false },
    );
    // The empty figure is no photo (articleToStory drops it): not counted, not listed.
    expect(result.body[0]).toBe(empty);
    expect(result.missing).toEqual([
      { photo: 1, url: '', reason: 'The copy named this photo but held no image' },
      {
        photo: 2,
        url: 'file:///etc/passwd',
        reason: 'file:///etc/passwd is a file: address, which Newsdesk does not fetch',
      },
      {
        photo: 3,
        url: 'javascript:alert(1)',
        reason: 'javascript:alert(1) is a javascript: address, which Newsdesk does not fetch',
      },
    ]);
  });

  it('fetches nothing from the web unless allowed', async () => {
    const url = `${base}/photo.png`;
    const result = await run([url]);
    expect(result.missing).toEqual([
      { photo: 1, url, reason: `${url} could not be fetched offline` },
    ]);
    expect(requests).toEqual([]);
  });

  it('downloads images when allowed: once per address, sniffed whatever the server says', async () => {
    const result = await run([`${base}/photo.png`, `${base}/photo.png`, `${base}/untyped`], {
      allowNetwork: true,
    });
    expect(result.missing).toEqual([]);
    expect(result.body.slice(1).map((block) => block.type === 'figure' && block.image.src)).toEqual(
      [PNG_SRC, PNG_SRC, JPEG_SRC],
    );
    expect(requests.sort()).toEqual(['/photo.png', '/untyped']);
  });

  it('refuses what is not an image, too large, missing or too slow', async () => {
    const result = await run(
      [
        `${base}/page.html`,
        `${base}/declared-huge.jpg`,
        `${base}/endless.jpg`,
        `${base}/gone.png`,
        `${base}/slow.png`,
      ],
      { allowNetwork: true },
    );
    expect(result.stored).toBe(0);
    expect(result.missing.map(({ reason }) => reason)).toEqual([
      `${base}/page.html is not an image (the server sent text/html)`,
      `${base}/declared-huge.jpg is larger than 25 MB, the most a story takes`,
      `${base}/endless.jpg is larger than 25 MB, the most a story takes`,
      `${base}/gone.png could not be fetched: the server answered 404`,
      `${base}/slow.png could not be fetched: no answer within 0.5 seconds`,
    ]);
    expect(await storedFiles()).toEqual([]);
  });

  it('says when a server cannot be reached', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const url = `http://127.0.0.1:${port}/x.png`;
    const result = await run([url], { allowNetwork: true });
    expect(result.missing).toEqual([
      { photo: 1, url, reason: `${url} could not be fetched: no answer from 127.0.0.1:${port}` },
    ]);
  });
});
