import { readFileSync } from 'node:fs';
import path from 'node:path';
import { typingAction } from '../../renderer/editor/commands/typing-rules';

/** The real scraped article beside the repo (../shared/fixtures). */
const FIXTURE = path.resolve(
  import.meta.dirname,
  '../../../shared/fixtures/france24-turkish-tanks.txt',
);

export const SUBHEADS = [
  "Turkey to 'cleanse' border of IS militants",
  'Pre-empting Kurdish forces',
];

export type Part =
  | { kind: 'paragraph' | 'subhead' | 'credit'; text: string }
  | { kind: 'figure'; caption: string; credit: string };

/**
 * The article as a reporter would rebuild it: the page furniture ("Skip to
 * main content", the 404 box after the story) left out, the photo line
 * "AFP photo | caption" split into credit and caption. "Turkish operation
 * 'fully backed by US'" is a related-story link on the source page; with no
 * address to link to, it stays a paragraph.
 */
export function readFrance24(): { headline: string; parts: Part[] } {
  const lines = readFileSync(FIXTURE, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const start = lines.indexOf('Skip to main content') + 1;
  // The source line has no-break spaces ("FRANCE 24 with AP"): kept, as scraped.
  const end = lines.findIndex((line) => line.startsWith('(FRANCE'));
  const [headline, photo, ...body] = lines.slice(start, end);
  const [credit, caption] = photo!.split(' | ');
  const parts: Part[] = [{ kind: 'figure', caption: caption!, credit: credit! }];
  for (const text of body) {
    parts.push({ kind: SUBHEADS.includes(text) ? 'subhead' : 'paragraph', text });
  }
  parts.push({ kind: 'credit', text: lines[end]! });
  return { headline: headline!, parts };
}

/** What typing `text` into the editor leaves on the page: the smart-quote rules applied key by key. */
export function asTyped(text: string): string {
  let out = '';
  for (const char of text) {
    out += char;
    const action = typingAction(out, false);
    if (action?.kind === 'replace') out = out.slice(0, out.length - action.length) + action.text;
  }
  return out;
}
