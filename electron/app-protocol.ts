import { promises as fs } from 'node:fs';
import { protocol } from 'electron';
import { resolveAppFile } from './app-files';
import { APP_HOST, APP_SCHEME, CONTENT_SECURITY_POLICY } from './window-options';

/** Must run before `app.ready`: app:// behaves like https (secure, standard origin). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer from `rendererDir` at app://newsdesk/, with our CSP on every response. */
export function serveAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = url.host === APP_HOST ? resolveAppFile(url.pathname, rendererDir) : null;
    if (!file) return new Response('Not found', { status: 404 });
    try {
      const body = await fs.readFile(file.path);
      return new Response(body, {
        headers: {
          'Content-Type': file.contentType,
          'Content-Security-Policy': CONTENT_SECURITY_POLICY,
          'X-Content-Type-Options': 'nosniff',
        },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}
