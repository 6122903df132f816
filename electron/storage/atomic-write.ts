import { randomBytes } from 'node:crypto';
import { constants as fsConstants, promises as fs } from 'node:fs';
import path from 'node:path';

/**
 * The file operations atomic writes need, as a seam: tests inject a short or
 * failing write here instead of mocking `fs` globally.
 */
export interface AtomicWriteIo {
  open: typeof fs.open;
  rename: typeof fs.rename;
  unlink: typeof fs.unlink;
  /** Writes part of `data` at `position`; answers how many bytes went down. */
  write: (file: fs.FileHandle, data: Uint8Array, position: number) => Promise<number>;
}

export const nodeIo: AtomicWriteIo = {
  open: fs.open,
  rename: fs.rename,
  unlink: fs.unlink,
  write: async (file, data, position) =>
    (await file.write(data, 0, data.length, position)).bytesWritten,
};

/** Temp files are hidden and named for their target, so a sweep can find strays. */
export const TEMP_SUFFIX = '.newsdesk-tmp';

/** A write that could not be made durable; `cause` keeps the system error code. */
export class AtomicWriteError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'AtomicWriteError';
  }
}

async function writeAll(io: AtomicWriteIo, file: fs.FileHandle, data: Uint8Array) {
  let offset = 0;
  while (offset < data.length) {
    const written = await io.write(file, data.subarray(offset), offset);
    // A write that makes no progress would loop forever: treat it as a full disk.
    if (written <= 0) throw new AtomicWriteError('The disk accepted no more bytes.', 'ENOSPC');
    offset += written;
  }
}

/** fsync of a folder makes the rename durable on Linux; Windows cannot open folders. */
async function syncFolder(io: AtomicWriteIo, folder: string) {
  if (process.platform === 'win32') return;
  const handle = await io.open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** The permission bits of `target`, or null when there is none; refuses a read-only file. */
async function existingMode(target: string): Promise<number | null> {
  let mode: number;
  try {
    mode = (await fs.stat(target)).mode & 0o777;
  } catch {
    return null; // a new file
  }
  try {
    await fs.access(target, fsConstants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EACCES';
    throw new AtomicWriteError(`${path.basename(target)} is read-only.`, code);
  }
  return mode;
}

/**
 * Replaces `target` so that a crash or a full disk at any instant leaves
 * either the old file or the new one, never a torn one (DESIGN.md, Storage):
 * temp file in the same folder → write every byte → fsync → rename → fsync folder.
 */
export async function writeFileAtomic(
  target: string,
  content: string | Uint8Array,
  io: AtomicWriteIo = nodeIo,
): Promise<void> {
  const data = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  const folder = path.dirname(target);
  const temp = path.join(
    folder,
    `.${path.basename(target)}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`,
  );
  // A file marked read-only stays so (replacing it needs only the folder's
  // permission, so this is checked by hand), and a replaced file keeps its mode.
  const mode = await existingMode(target);
  try {
    const file = await io.open(temp, 'wx', mode ?? 0o644);
    try {
      if (mode !== null) await file.chmod(mode);
      await writeAll(io, file, data);
      await file.sync();
    } finally {
      await file.close();
    }
    await io.rename(temp, target);
  } catch (error) {
    await io.unlink(temp).catch(() => undefined);
    if (error instanceof AtomicWriteError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    throw new AtomicWriteError(`Could not write ${path.basename(target)}: ${code}.`, code);
  }
  // The new file is in place; a failed folder fsync only weakens durability
  // against a power cut, so it must not report the save as failed.
  await syncFolder(io, folder).catch((error: unknown) =>
    console.warn(`[atomic-write] folder fsync failed for ${folder}`, error),
  );
}
