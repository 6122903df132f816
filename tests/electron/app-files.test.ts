// What the app:// protocol (and the e2e server) may serve: files of the built renderer only.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveAppFile } from '../../electron/app-files';

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
    });
    expect(resolveAppFile('/assets/index-abc.js', root)).toEqual({
      path: path.join(root, 'assets', 'index-abc.js'),
      contentType: 'text/javascript; charset=utf-8',
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
