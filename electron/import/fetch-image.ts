import { fail, ok, type IpcErrorCode, type IpcResult } from '../../shared/ipc/ipc-result';
import { MAX_IMAGE_BYTES } from '../../shared/ipc/stored-image';

/** How long one image may take to arrive, headers and body together. */
export const FETCH_TIMEOUT_MS = 10_000;

export interface FetchImageOptions {
  readonly timeoutMs?: number;
  /** Node's fetch unless a test gives another. */
  readonly fetch?: typeof fetch;
}

/** An address as a message shows it: a long one cut short. */
export function shownUrl(url: string): string {
  return url.length > 120 ? `${url.slice(0, 119)}…` : url;
}

/** The host of a URL, for "no answer from example.com". */
function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** Reads a body up to `max` bytes; null when it is longer (the rest is not downloaded). */
async function readCapped(response: Response, max: number): Promise<Uint8Array | null> {
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/**
 * Downloads an image over http(s) with Node's fetch: at most `timeoutMs` for
 * all of it, at most 25 MB (refused from Content-Length when the server says
 * so, else stopped while reading), and only what the server calls an image —
 * the bytes are sniffed again when stored. Messages start with the URL:
 * "https://… could not be fetched: the server answered 404".
 */
export async function fetchImageBytes(
  url: string,
  options: FetchImageOptions = {},
): Promise<IpcResult<Uint8Array>> {
  const timeoutMs = options.timeoutMs ?? FETCH_TIMEOUT_MS;
  const get = options.fetch ?? fetch;
  const refuse = (code: IpcErrorCode, why: string) => fail(code, `${shownUrl(url)} ${why}`);
  try {
    const response = await get(url, {
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'follow',
      headers: { accept: 'image/png,image/jpeg,image/gif,image/webp,image/*;q=0.8' },
    });
    if (!response.ok) {
      await response.body?.cancel().catch(() => {});
      return refuse('not-found', `could not be fetched: the server answered ${response.status}`);
    }
    const type = response.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
    if (type && !type.startsWith('image/')) {
      await response.body?.cancel().catch(() => {});
      return refuse('not-an-image', `is not an image (the server sent ${type})`);
    }
    const declared = Number(response.headers.get('content-length') ?? NaN);
    const limit = `is larger than ${MAX_IMAGE_BYTES / 1024 / 1024} MB, the most a story takes`;
    if (declared > MAX_IMAGE_BYTES) {
      await response.body?.cancel().catch(() => {});
      return refuse('too-large', limit);
    }
    const bytes = await readCapped(response, MAX_IMAGE_BYTES);
    if (bytes === null) return refuse('too-large', limit);
    return ok(bytes);
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'TimeoutError' || name === 'AbortError') {
      return refuse('io', `could not be fetched: no answer within ${timeoutMs / 1000} seconds`);
    }
    return refuse('io', `could not be fetched: no answer from ${hostOf(url)}`);
  }
}
