/** Why a call failed, in a form the UI can act on. */
export type IpcErrorCode =
  | 'invalid-request'
  | 'untrusted-sender'
  | 'unknown-call'
  | 'not-found'
  | 'damaged'
  | 'not-an-image'
  | 'too-large'
  | 'io'
  /** The file changed on disk since this window read it: the user chooses. */
  | 'conflict'
  /** An export refused by a pre-export check (an error, not a warning). */
  | 'blocked'
  /** An export whose result failed its schema: nothing was written. */
  | 'invalid-export'
  | 'internal';

export interface IpcError {
  readonly code: IpcErrorCode;
  /** Plain words for the user; never a stack trace. */
  readonly message: string;
}

/** Every call answers with a value or a typed error, never a thrown exception. */
export type IpcResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: IpcError };

/** A successful result. */
export function ok<T>(value: T): IpcResult<T> {
  return { ok: true, value };
}

/** A failed result. */
export function fail<T = never>(code: IpcErrorCode, message: string): IpcResult<T> {
  return { ok: false, error: { code, message } };
}
