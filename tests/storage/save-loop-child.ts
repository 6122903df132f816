// Child process of kill-during-save.test.ts, run bundled by Node itself:
//   node save-loop.mjs <file> <atomic|plain> <first seq>
// Says "waiting", starts on a line from stdin, saves version after version of
// <file> until it is killed, and says "saved <seq>" once the first is down.
import { writeFile } from 'node:fs/promises';
import { writeFileAtomic } from '../../electron/storage/atomic-write';
import { versionText } from './story-versions';

const [target, mode, first] = process.argv.slice(2);
if (!target || (mode !== 'atomic' && mode !== 'plain') || !first) {
  throw new Error('usage: save-loop.mjs <file> <atomic|plain> <first seq>');
}
const save = (text: string) =>
  mode === 'atomic' ? writeFileAtomic(target, text) : writeFile(target, text);

process.stdout.write('waiting\n');
await new Promise((resolve) => process.stdin.once('data', resolve));

let seq = Number(first);
await save(versionText(seq));
process.stdout.write(`saved ${seq}\n`);
for (;;) {
  seq += 1;
  await save(versionText(seq));
}
