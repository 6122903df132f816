// What the app:// protocol (and the e2e server) may serve: files of the built
// renderer, and story images under /story-assets/ — nothing else.
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  readServedFile,
  resolveAppFile,
  resolveServedFile,
  resolveStoryAsset,
} from '../../electron/app-files';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'newsdesk-app-files-'));
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('resolveAppFile', () => {
  it('serves index.html for the root and typed files below it', () => {
    expect(resolveAppFile('/', root)).toEqual({
      path: path.join(root, 'index.html'),
      contentType: 'text/html; charset=utf-8',
      within: root,
    });
    expect(resolveAppFile('/assets/index-abc.js', root)).toEqual({
      path: path.join(root, 'assets', 'index-abc.js'),
      contentType: 'text/javascript; charset=utf-8',
      within: root,
    });
    expect(resolveAppFile('/assets/app%20x.css', root)?.path).toBe(
      path.join(root, 'assets', 'app x.css'),
    );
  });

  it.each([
    '/../secret.html',
    '/%2e%2e/secret.html',
    '/assets/..%2f..%2fsecret.js',
    '/assets/%2e%2e%2f%2e%2e%2fsecret.js',
    '/index.html%00.js',
    '/..\\secret.js',
    '/%E0%A4%A',
    '/assets/app.exe',
    '/assets/noextension',
  ])('refuses %s', (urlPath) => {
    expect(resolveAppFile(urlPath, root)).toBeNull();
  });

  it('keeps an encoded absolute path inside the renderer folder', () => {
    expect(resolveAppFile('/%2Fetc%2Fpasswd.html', root)?.path).toBe(
      path.join(root, 'etc', 'passwd.html'),
    );
  });
});

const storyId = 'c0ffee00-1111-4111-8111-abcdefabcdef';
const hash = 'ab'.repeat(32);
const library = '/home/reporter/Newsdesk';
// The library's folder map, as main passes it: here every story sits in a folder named by its id.
const storyDir = (id: string) => path.join(library, id);

describe('resolveStoryAsset', () => {
  it.each([
    ['png', 'image/png'],
    ['jpg', 'image/jpeg'],
    ['gif', 'image/gif'],
    ['webp', 'image/webp'],
  ])('serves a stored .%s as %s from the story assets folder', (extension, contentType) => {
    expect(resolveStoryAsset(`/story-assets/${storyId}/${hash}.${extension}`, storyDir)).toEqual({
      path: path.join(library, storyId, 'assets', `${hash}.${extension}`),
      contentType,
      within: path.join(library, storyId, 'assets'),
    });
  });

  it.each([
    `/story-assets/${storyId}/../../etc/passwd`,
    `/story-assets/${storyId}/..%2f..%2fstory.json`,
    `/story-assets/..%2F${storyId}/${hash}.png`,
    `/story-assets/../${storyId}/${hash}.png`,
    `/story-assets/${storyId}/story.json`,
    `/story-assets/${storyId}/${hash}.svg`,
    `/story-assets/${storyId}/${hash}.jpeg`,
    `/story-assets/${storyId}/${hash.toUpperCase()}.png`,
    `/story-assets/${storyId}/${hash}.png/x`,
    `/story-assets/${storyId}/${'ab'.repeat(31)}.png`,
    `/story-assets/${storyId}/%61${hash.slice(1)}.png`,
    `/story-assets/not-a-story/${hash}.png`,
    `/story-assets/${storyId.toUpperCase()}/${hash}.png`,
    `/story-assets/${storyId}`,
    `/story-assets/`,
    `//story-assets/${storyId}/${hash}.png`,
    `/story-assets/${storyId}/${hash}.png%00.png`,
  ])('refuses %s', (urlPath) => {
    expect(resolveStoryAsset(urlPath, storyDir)).toBeNull();
  });
});

describe('resolveServedFile', () => {
  const roots = { rendererDir: '/opt/newsdesk/renderer', storyDir };

  it('routes /story-assets/ to the library and everything else to the renderer', () => {
    expect(resolveServedFile(`/story-assets/${storyId}/${hash}.png`, roots)?.path).toBe(
      path.join(library, storyId, 'assets', `${hash}.png`),
    );
    expect(resolveServedFile('/index.html', roots)?.path).toBe(
      path.join(roots.rendererDir, 'index.html'),
    );
  });

  it.each([
    '/story-assets/evil.png',
    `/story%2Dassets/${storyId}/${hash}.png`,
    `/Story-Assets/${storyId}/${hash}.png`,
    `//story-assets/${storyId}/${hash}.png`,
    '/story-assets',
  ])('answers nothing for a malformed image path %s, not a renderer file', (urlPath) => {
    expect(resolveServedFile(urlPath, roots)).toBeNull();
  });
});

describe('readServedFile', () => {
  it('reads a file inside its folder, and refuses a symlink that leads out of it', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'newsdesk-served-'));
    try {
      const assets = path.join(dir, 'story', 'assets');
      await mkdir(assets, { recursive: true });
      await writeFile(path.join(assets, 'photo.png'), 'png');
      await writeFile(path.join(dir, 'secret.txt'), 'secret');
      await symlink(path.join(dir, 'secret.txt'), path.join(assets, 'link.png'));
      const file = (name: string) => ({
        path: path.join(assets, name),
        contentType: 'image/png',
        within: assets,
      });
      expect((await readServedFile(file('photo.png')))?.toString()).toBe('png');
      expect(await readServedFile(file('link.png'))).toBeNull();
      expect(await readServedFile(file('missing.png'))).toBeNull();
      // A symlinked assets folder leads out too.
      await symlink(dir, path.join(dir, 'story', 'elsewhere'));
      expect(
        await readServedFile({
          ...file('x'),
          path: path.join(dir, 'story', 'elsewhere', 'secret.txt'),
        }),
      ).toBeNull();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
