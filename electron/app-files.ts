import path from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

/** A file of the built renderer, ready to serve. */
export interface AppFile {
  readonly path: string;
  readonly contentType: string;
}

/**
 * Maps a request path to a file inside the built renderer, or null: no path
 * may leave `rootDir` (no `..`, no encoded separators, no absolute paths).
 */
export function resolveAppFile(urlPath: string, rootDir: string): AppFile | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const root = path.resolve(rootDir);
  const file = path.resolve(root, relative);
  const inside = path.relative(root, file);
  if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) return null;
  const contentType = CONTENT_TYPES[path.extname(file).toLowerCase()];
  return contentType ? { path: file, contentType } : null;
}
