import { fail, ok, type IpcResult } from '../../shared/ipc/ipc-result';
import type { Story } from '../../shared/story/story';
import { StorySchema } from '../../shared/story/story-schema';

/**
 * Turns the text of a story.json into a Story, or says plainly why it cannot:
 * a damaged file is reported, never half-opened.
 */
export function parseStoryFile(text: string): IpcResult<Story> {
  let raw: unknown;
  try {
    // A byte-order mark (left by some Windows editors) is not damage.
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail('damaged', 'The story file is damaged: it is not readable JSON.');
  }
  const parsed = StorySchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first?.path.map(String).join('.') || 'the file';
    return fail('damaged', `The story file is damaged: ${where}: ${first?.message ?? 'invalid'}.`);
  }
  return ok(parsed.data);
}
