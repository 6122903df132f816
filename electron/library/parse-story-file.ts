import { fail, ok, type IpcResult } from '../../shared/ipc/ipc-result';
import type { Story } from '../../shared/story/story';
import { readStoryJson } from '../../shared/story/story-migrate';

/**
 * Turns the text of a story.json into a Story, or says plainly why it cannot:
 * a damaged file is reported, never half-opened. Older formats are migrated.
 */
export function parseStoryFile(text: string): IpcResult<Story> {
  let raw: unknown;
  try {
    // A byte-order mark (left by some Windows editors) is not damage.
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail('damaged', 'The story file is damaged: it is not readable JSON.');
  }
  const read = readStoryJson(raw);
  if (!read.ok) return fail('damaged', `The story file is damaged: ${read.message}.`);
  return ok(read.story);
}
