// A small tmpfs of our own, for a disk that really fills up or really turns
// read-only. Mounting needs root (CI runs as root); without it the tests that
// use it fail with the reason: a storage test that cannot run must not pass.
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';

export interface Tmpfs {
  readonly dir: string;
  /** Remounts read-only or read-write again (`mount -o remount,ro|rw`). */
  remount(mode: 'ro' | 'rw'): void;
  /** Unmounts (lazily if something still holds it) and removes the mount point. */
  unmount(): Promise<void>;
}

function run(command: string, args: string[]): void {
  try {
    execFileSync(command, args, { stdio: 'pipe' });
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
    throw new Error(`${command} ${args.join(' ')} failed: ${stderr || (error as Error).message}`);
  }
}

/** Mounts a tmpfs of `size` (e.g. "1m") on a new folder; throws, saying why, if it cannot. */
export async function mountTmpfs(size: string, purpose: string): Promise<Tmpfs> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsdesk-tmpfs-'));
  try {
    run('mount', ['-t', 'tmpfs', '-o', `size=${size},mode=0755`, 'tmpfs', dir]);
  } catch (error) {
    await fs.rmdir(dir).catch(() => undefined);
    const uid = process.getuid?.();
    throw new Error(
      `${purpose} needs a ${size} tmpfs and could not mount one (running as uid ${uid}; ` +
        `mounting needs root or CAP_SYS_ADMIN, as CI has): ${(error as Error).message}. ` +
        'This test fails rather than skips: an unchecked full or read-only disk must not pass.',
    );
  }
  return {
    dir,
    remount: (mode) => run('mount', ['-o', `remount,${mode}`, dir]),
    async unmount() {
      try {
        run('umount', [dir]);
      } catch {
        run('umount', ['-l', dir]);
      }
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}

/** Sets or clears the immutable attribute (chattr ±i), which binds root too. */
export function setImmutable(file: string, immutable: boolean): void {
  run('chattr', [immutable ? '+i' : '-i', file]);
}

/**
 * Mounts a tmpfs for the test file (unmounted after it, even on failure) and
 * answers a getter for it. When mounting fails, every test that asks fails
 * with the reason, so the run reports failures, never skipped tests.
 */
export function useTmpfs(size: string, purpose: string): () => Tmpfs {
  let disk: Tmpfs | undefined;
  let failure: unknown;
  beforeAll(async () => {
    await mountTmpfs(size, purpose).then(
      (mounted) => (disk = mounted),
      (error: unknown) => (failure = error),
    );
  });
  afterAll(async () => {
    await disk?.unmount();
  });
  return () => {
    if (!disk) throw failure ?? new Error(`${purpose}: the tmpfs is not mounted yet`);
    return disk;
  };
}
