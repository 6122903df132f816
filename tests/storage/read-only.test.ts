// Read-only places, for real. Root (as CI runs) ignores permission bits, so
// chmod alone proves nothing there; what binds root too is used instead:
// a tmpfs remounted read-only (EROFS) and the immutable attribute, chattr +i
// (EPERM). chmod itself is tried by a child process running as an ordinary
// user (uid 65534), which is what a reporter's laptop does (EACCES).
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openStoryLibrary } from '../../electron/library/story-library';
import { writeFileAtomic } from '../../electron/storage/atomic-write';
import type { Story } from '../../shared/story/story';
import { bundleForChild } from './child-bundle';
import { STORY_ID, holdsExactly, storyFileIn, storyOfSize, tempFilesIn } from './story-on-disk';
import { setImmutable, useTmpfs } from './tmpfs';

const NOBODY = 65534;

const disk = useTmpfs('4m', 'The read-only tests');
let childDir: string;
let childScript: string;
beforeAll(async () => {
  childDir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsdesk-readonly-child-'));
  await fs.chmod(childDir, 0o755); // the ordinary user must be able to read the script
  const entry = fileURLToPath(new URL('./save-story-child.ts', import.meta.url));
  childScript = await bundleForChild(entry, childDir);
});
afterAll(async () => {
  await fs.rm(childDir, { recursive: true, force: true });
});

let root: string;
let folder: string;
let file: string;
let before: Buffer;
const original = storyOfSize(20_000, 'The original');
const edited: Story = { ...original, headline: 'Edited while the disk was read-only' };

beforeEach(async () => {
  root = path.join(disk().dir, 'Newsdesk');
  folder = path.join(root, STORY_ID);
  file = storyFileIn(root);
  const saved = await openStoryLibrary(root).save(original);
  expect(saved.ok).toBe(true);
  before = await fs.readFile(file);
});
afterEach(async () => {
  if (!root) return; // nothing was set up: the tmpfs is missing
  // Undo whatever a test left read-only, even when it failed half-way.
  disk().remount('rw');
  for (const target of [file, folder]) {
    try {
      setImmutable(target, false);
    } catch {
      // not there: nothing to clear
    }
  }
  await fs.rm(root, { recursive: true, force: true });
});

/** Nothing lost: the story file is the one saved before, and the library still opens it. */
async function expectOriginalKept() {
  expect(await holdsExactly(file, before)).toBe(true);
  expect(await tempFilesIn(folder)).toEqual([]);
  const loaded = await openStoryLibrary(root).load(STORY_ID);
  expect(loaded.ok && loaded.value.headline).toBe('The original');
}

describe('saving where nothing may be written', () => {
  it('a disk mounted read-only: EROFS, "the disk is read-only", nothing lost', async () => {
    disk().remount('ro');
    await expect(writeFileAtomic(file, 'x')).rejects.toMatchObject({ code: 'EROFS' });
    const result = await openStoryLibrary(root).save(edited);
    expect(result).toMatchObject({ ok: false, error: { code: 'io' } });
    if (!result.ok) expect(result.error.message).toContain('the disk is read-only');
    disk().remount('rw');
    await expectOriginalKept();
  });

  it('a read-only story file (chattr +i): the rename is refused, nothing lost', async () => {
    setImmutable(file, true);
    await expect(writeFileAtomic(file, 'x')).rejects.toMatchObject({ code: 'EPERM' });
    const result = await openStoryLibrary(root).save(edited);
    expect(result).toMatchObject({ ok: false, error: { code: 'io' } });
    if (!result.ok) expect(result.error.message).toContain('not allowed to write there');
    // The temp file was written beside it and must be gone again.
    await expectOriginalKept();
  });

  it('a read-only story folder (chattr +i): no temp file can be made, nothing lost', async () => {
    setImmutable(folder, true);
    await expect(writeFileAtomic(file, 'x')).rejects.toMatchObject({ code: 'EPERM' });
    const result = await openStoryLibrary(root).save(edited);
    expect(result).toMatchObject({ ok: false, error: { code: 'io' } });
    if (!result.ok) expect(result.error.message).toContain('not allowed to write there');
    await expectOriginalKept();
  });

  it('a folder an ordinary user may not write to (chmod 555): refused, nothing lost', async () => {
    const saveAsNobody = async () => {
      const { stdout } = await promisify(execFile)(
        process.execPath,
        [childScript, root, JSON.stringify(edited)],
        { uid: NOBODY, gid: NOBODY },
      );
      return JSON.parse(stdout) as { ok: boolean; error?: { code: string; message: string } };
    };
    // The story is that user's own (folder and file); only the folder is closed.
    await fs.chown(folder, NOBODY, NOBODY);
    await fs.chown(file, NOBODY, NOBODY);
    await fs.chmod(folder, 0o555);
    const refused = await saveAsNobody();
    expect(refused).toMatchObject({ ok: false, error: { code: 'io' } });
    expect(refused.error?.message).toContain('not allowed to write there');
    await expectOriginalKept();

    // The control: the same user, the folder writable again, saves.
    await fs.chmod(folder, 0o755);
    expect(await saveAsNobody()).toMatchObject({ ok: true });
    const loaded = await openStoryLibrary(root).load(STORY_ID);
    expect(loaded.ok && loaded.value.headline).toBe(edited.headline);
  });

  it('a story file marked read-only (chmod 444) in a writable folder: refused, kept as it is', async () => {
    const saveAsNobody = async () => {
      const { stdout } = await promisify(execFile)(
        process.execPath,
        [childScript, root, JSON.stringify(edited)],
        { uid: NOBODY, gid: NOBODY },
      );
      return JSON.parse(stdout) as { ok: boolean; error?: { code: string; message: string } };
    };
    await fs.chown(folder, NOBODY, NOBODY);
    await fs.chown(file, NOBODY, NOBODY);
    await fs.chmod(file, 0o444);
    // Replacing it needs only the folder's permission, so this is Newsdesk's own check.
    const refused = await saveAsNobody();
    expect(refused).toMatchObject({ ok: false, error: { code: 'io' } });
    expect(refused.error?.message).toContain('not allowed to write there');
    await expectOriginalKept();
    expect((await fs.stat(file)).mode & 0o777).toBe(0o444);
  });
});
