// Atomic writes: all bytes or none, with short writes, a full disk and a failing rename.
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  AtomicWriteError,
  TEMP_SUFFIX,
  nodeIo,
  writeFileAtomic,
  type AtomicWriteIo,
} from '../../electron/storage/atomic-write';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'newsdesk-atomic-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const tempFiles = async () => (await readdir(dir)).filter((name) => name.endsWith(TEMP_SUFFIX));

describe('writeFileAtomic', () => {
  it('writes a new file and replaces an existing one whole', async () => {
    const file = path.join(dir, 'story.json');
    await writeFileAtomic(file, 'first version, rather long');
    await writeFileAtomic(file, 'second');
    expect(await readFile(file, 'utf8')).toBe('second');
    await writeFileAtomic(file, new Uint8Array([0xe2, 0x80, 0x94]));
    expect(await readFile(file, 'utf8')).toBe('—');
    expect(await tempFiles()).toEqual([]);
  });

  it('keeps writing after short writes until every byte is down', async () => {
    const file = path.join(dir, 'story.json');
    const io: AtomicWriteIo = {
      ...nodeIo,
      write: (handle, data, position) => nodeIo.write(handle, data.subarray(0, 3), position),
    };
    const text = 'Turkish tanks cross Syrian border — «ünïcödé» ✓'.repeat(20);
    await writeFileAtomic(file, text, io);
    expect(await readFile(file, 'utf8')).toBe(text);
  });

  it('on a full disk, fails with ENOSPC and leaves the old file and no temp file', async () => {
    const file = path.join(dir, 'story.json');
    await writeFile(file, 'the original');
    let calls = 0;
    const io: AtomicWriteIo = {
      ...nodeIo,
      write: async (handle, data, position) => {
        calls += 1;
        return calls === 1 ? nodeIo.write(handle, data.subarray(0, 5), position) : 0;
      },
    };
    const failure = writeFileAtomic(file, 'a much longer replacement', io);
    await expect(failure).rejects.toBeInstanceOf(AtomicWriteError);
    await expect(failure).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(await readFile(file, 'utf8')).toBe('the original');
    expect(await tempFiles()).toEqual([]);
  });

  it('when the rename fails, keeps the old file, removes the temp file and reports the code', async () => {
    const file = path.join(dir, 'story.json');
    await writeFile(file, 'the original');
    const io: AtomicWriteIo = {
      ...nodeIo,
      rename: async () => {
        throw Object.assign(new Error('cross-device link'), { code: 'EXDEV' });
      },
    };
    await expect(writeFileAtomic(file, 'new', io)).rejects.toMatchObject({ code: 'EXDEV' });
    expect(await readFile(file, 'utf8')).toBe('the original');
    expect(await tempFiles()).toEqual([]);
  });

  it('counts the write as done once the new file is in place, even if the folder fsync fails', async () => {
    const file = path.join(dir, 'story.json');
    const io: AtomicWriteIo = {
      ...nodeIo,
      open: (async (target: string, flags: string, mode?: number) => {
        if (target === dir) throw Object.assign(new Error('no fsync here'), { code: 'EINVAL' });
        return nodeIo.open(target, flags, mode);
      }) as AtomicWriteIo['open'],
    };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await writeFileAtomic(file, 'kept', io);
    expect(await readFile(file, 'utf8')).toBe('kept');
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('folder fsync failed'),
      expect.anything(),
    );
    warn.mockRestore();
  });

  it('reports a missing folder as ENOENT', async () => {
    await expect(writeFileAtomic(path.join(dir, 'gone', 'story.json'), 'x')).rejects.toMatchObject({
      code: 'ENOENT',
    });
  });
});
