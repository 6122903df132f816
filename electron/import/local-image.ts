import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fail, ok, type IpcResult } from '../../shared/ipc/ipc-result';

/** True when `child` is `parent` or lies under it (both absolute and normalized). */
function isInside(parent: string, child: string): boolean {
  const relative = path.relative(parent, child);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/** The path part of a relative reference: no query or fragment, percent-escapes decoded. */
function pathOf(reference: string): string {
  const bare = reference.replace(/[?#].*$/s, '').replace(/\\/g, '/');
  try {
    return decodeURIComponent(bare);
  } catch {
    return bare; // a stray "%" is part of the name
  }
}

/**
 * The real path of an image named by a relative reference in an imported
 * file (`photos/bridge.jpg` beside `story.md`), only when it lies inside
 * `baseDir`: absolute paths, `..` that climbs out and links that lead out
 * (checked on the real paths) are refused. The messages follow the reference.
 */
export async function resolveLocalImage(
  baseDir: string,
  reference: string,
): Promise<IpcResult<string>> {
  const relative = pathOf(reference);
  if (
    relative === '' ||
    relative.includes('\0') ||
    relative.startsWith('/') ||
    /^[a-z]:/i.test(relative) ||
    path.isAbsolute(relative)
  ) {
    return fail('invalid-request', 'is not a path beside the imported file: not followed');
  }
  const base = path.resolve(baseDir);
  const target = path.resolve(base, relative);
  if (!isInside(base, target)) {
    return fail('invalid-request', 'is outside the folder of the imported file: not followed');
  }
  let real: string;
  try {
    const [realBase, realTarget] = await Promise.all([fs.realpath(base), fs.realpath(target)]);
    if (!isInside(realBase, realTarget)) {
      return fail('invalid-request', 'links outside the folder of the imported file: not followed');
    }
    real = realTarget;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR'
      ? fail('not-found', 'is not in the folder of the imported file')
      : fail('io', `could not be read (${code ?? 'unknown error'})`);
  }
  return ok(real);
}
