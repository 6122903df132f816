import { IPC_CALLS, type IpcCall } from '../../shared/ipc/channels';
import { IPC_CONTRACT, type IpcResponse, type IpcValidRequest } from '../../shared/ipc/contract';
import { fail, type IpcResult } from '../../shared/ipc/ipc-result';

/** One handler per call; it gets a validated request and answers with a result. */
export type IpcHandlers = {
  readonly [C in IpcCall]: (request: IpcValidRequest<C>) => Promise<IpcResult<IpcResponse<C>>>;
};

/** What main knows about the frame a message came from. */
export interface IpcSender {
  readonly url: string;
  readonly isMainFrame: boolean;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_DEPTH = 64;
// Far above any real story's node count; stops a huge payload from stalling main before zod's limits.
const MAX_NODES = 500_000;

/** Only our own page, in the window's main frame, may call main. */
export function isTrustedSender(sender: IpcSender, trustedOrigins: readonly string[]): boolean {
  if (!sender.isMainFrame) return false;
  try {
    // Not URL.origin: WHATWG gives custom schemes such as app:// the origin "null".
    const url = new URL(sender.url);
    return trustedOrigins.includes(`${url.protocol}//${url.host}`);
  } catch {
    return false;
  }
}

/**
 * Rejects prototype-polluting keys, absurd nesting and absurd size before
 * schema validation sees the payload.
 */
function findShapeProblem(payload: unknown): string | null {
  let visited = 0;
  const walk = (value: unknown, depth: number): string | null => {
    if (depth > MAX_DEPTH) return 'it is nested too deeply';
    if (value === null || typeof value !== 'object') return null;
    // Count an array by its length before listing its keys: listing is the slow part.
    visited += Array.isArray(value) ? value.length : 0;
    if (visited > MAX_NODES) return 'it is too large';
    const keys = Object.keys(value);
    visited += Array.isArray(value) ? 0 : keys.length;
    if (visited > MAX_NODES) return 'it is too large';
    for (const key of keys) {
      if (FORBIDDEN_KEYS.has(key)) return `it carries a forbidden key "${key}"`;
      const problem = walk((value as Record<string, unknown>)[key], depth + 1);
      if (problem) return problem;
    }
    return null;
  };
  return walk(payload, 0);
}

function isKnownCall(call: unknown): call is IpcCall {
  return typeof call === 'string' && (IPC_CALLS as readonly string[]).includes(call);
}

/** Names the first schema complaint briefly, e.g. "story.headline: Too big". */
function describeIssue(issues: readonly { path: readonly PropertyKey[]; message: string }[]) {
  const first = issues[0];
  if (!first) return 'it is malformed';
  const where = first.path.map(String).join('.');
  return where ? `${where}: ${first.message}` : first.message;
}

/**
 * The single gate every IPC message passes: sender check, shape check, schema
 * validation, then the handler. Never throws and never leaks a stack.
 */
export async function dispatchIpc(
  handlers: IpcHandlers,
  call: unknown,
  payload: unknown,
  sender: IpcSender,
  trustedOrigins: readonly string[],
  logError: (message: string, error: unknown) => void = console.error,
): Promise<IpcResult<unknown>> {
  if (!isTrustedSender(sender, trustedOrigins)) {
    return fail('untrusted-sender', 'This request did not come from the Newsdesk window.');
  }
  if (!isKnownCall(call)) return fail('unknown-call', 'Newsdesk does not know this request.');
  const shapeProblem = findShapeProblem(payload);
  if (shapeProblem)
    return fail('invalid-request', `The ${call} request was refused: ${shapeProblem}.`);
  const parsed = IPC_CONTRACT[call].request.safeParse(payload);
  if (!parsed.success) {
    return fail(
      'invalid-request',
      `The ${call} request was refused: ${describeIssue(parsed.error.issues)}.`,
    );
  }
  try {
    const handler = handlers[call] as (request: unknown) => Promise<IpcResult<unknown>>;
    return await handler(parsed.data);
  } catch (error) {
    // The details stay in main's log; the page gets a plain sentence.
    logError(`[ipc] ${call} failed`, error);
    return fail(
      'internal',
      `Newsdesk hit an unexpected error during ${call}. Your text is still in the window.`,
    );
  }
}
