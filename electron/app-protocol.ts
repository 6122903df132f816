import { protocol } from 'electron';
import { readServedFile, resolveServedFile, type StoryDirOf } from './app-files';
import { APP_HOST, APP_SCHEME, CONTENT_SECURITY_POLICY } from './window-options';

/** Must run before `app.ready`: app:// behaves like https (secure, standard origin). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/**
 * Serves app://newsdesk/: the built renderer from `rendererDir` and story
 * images from each story's folder (/story-assets/<id>/…, found through the
 * library's folder map), with our CSP on every response.
 */
export function serveAppProtocol(roots: {
  readonly rendererDir: string;
  readonly storyDir: StoryDirOf;
}): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = url.host === APP_HOST ? resolveServedFile(url.pathname, roots) : null;
    if (!file) return new Response('Not found', { status: 404 });
    const body = await readServedFile(file);
    if (!body) return new Response('Not found', { status: 404 });
    return new Response(new Uint8Array(body), {
      headers: {
        'Content-Type': file.contentType,
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  });
}
