// Plain words for file system error codes, including codes from real failed writes.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AtomicWriteError, writeFileAtomic } from '../../electron/storage/atomic-write';
import { describeFsError } from '../../electron/storage/describe-fs-error';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'newsdesk-fs-error-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function codeOfFailedWrite(target: string): Promise<string> {
  const error: unknown = await writeFileAtomic(target, 'text').then(
    () => null,
    (failure: unknown) => failure,
  );
  expect(error).toBeInstanceOf(AtomicWriteError);
  return (error as AtomicWriteError).code;
}

describe('describeFsError', () => {
  it.each([
    ['ENOSPC', 'the disk is full'],
    ['EDQUOT', 'the disk is full'],
    ['EACCES', 'Newsdesk is not allowed to write there'],
    ['EPERM', 'Newsdesk is not allowed to write there'],
    ['EROFS', 'the disk is read-only'],
    ['ENOENT', 'the folder is missing'],
    ['EMFILE', 'the system reported EMFILE'],
    [undefined, 'the system reported an unknown error'],
  ])('%s → %s', (code, words) => {
    expect(describeFsError(code)).toBe(words);
  });

  it('describes the codes of real failed writes', async () => {
    expect(describeFsError(await codeOfFailedWrite(path.join(dir, 'gone', 'story.json')))).toBe(
      'the folder is missing',
    );
    const notAFolder = path.join(dir, 'file');
    await writeFile(notAFolder, 'x');
    expect(describeFsError(await codeOfFailedWrite(path.join(notAFolder, 'story.json')))).toBe(
      'a file stands where a folder should be',
    );
  });
});
