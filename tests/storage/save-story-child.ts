// Child process of read-only.test.ts, run as an ordinary user (root ignores
// permission bits, so only another user sees what chmod does):
//   node save-story-child.mjs <library root> <story as JSON>
// Saves the story through the library and prints the result as JSON.
import { openStoryLibrary } from '../../electron/library/story-library';

const [root, story] = process.argv.slice(2);
if (!root || !story) throw new Error('usage: save-story-child.mjs <library root> <story JSON>');
const result = await openStoryLibrary(root).save(JSON.parse(story));
process.stdout.write(JSON.stringify(result));
