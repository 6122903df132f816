import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readServedFile, resolveServedFile, type StoryDirOf } from '../../../electron/app-files';
import { CONTENT_SECURITY_POLICY } from '../../../electron/window-options';

/**
 * Serves the built renderer and the library's story images on 127.0.0.1 the
 * way the app:// protocol does: same routes and file resolution, same headers.
 */
export async function serveRenderer(roots: { rendererDir: string; storyDir: StoryDirOf }) {
  const server = http.createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const file = resolveServedFile(url.pathname, roots);
    const body = file ? await readServedFile(file) : null;
    if (!file || !body) {
      response.writeHead(404).end('Not found');
      return;
    }
    response.writeHead(200, {
      'Content-Type': file.contentType,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
    });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
