/**
 * Text as a browser shows it, gathered into canonical runs that fit the
 * model's limits. Whitespace collapses as CSS `white-space: normal` does
 * (except in <pre>), control characters go, and a line break drops the
 * space before it. One buffer collects a block's inline content in one pass.
 */
import type { DraftBlock } from './import-draft';
import { LIMITS } from '../story/inline-schema';
import type { Inline, Mark, TextRun } from '../story/story';
import { inlineText, makeRun, normalizeRuns } from '../story/story-runs';

/** How the text being added looks: its marks, its link, and whether it is preformatted. */
export interface TextStyle {
  readonly marks: readonly Mark[];
  readonly href: string | undefined;
  readonly pre: boolean;
}

/** A block's inline content while it is being read. */
export interface InlineBuffer {
  runs: TextRun[];
  /** What the last character added was, for collapsing spaces across elements. */
  last: 'start' | 'space' | 'break' | 'text';
}

// C0 controls other than the whitespace below, DEL, C1 controls and the BOM:
// invisible in a browser, refused by the model.
// eslint-disable-next-line no-control-regex -- control characters are what is removed here
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\ufeff]/g;
// eslint-disable-next-line no-control-regex -- control characters are what is removed here
const PRE_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufeff]/g;
/** Collapsible whitespace, with no-break spaces (Word pads with `&nbsp; `). */
const SPACES = /[\t\n\f\r \u00a0]+/g;

/** A new, empty buffer. */
export function createBuffer(): InlineBuffer {
  return { runs: [], last: 'start' };
}

/** Removes the characters the model refuses (and a browser does not show). */
export function stripControls(text: string): string {
  return text.replace(CONTROL, '');
}

/**
 * Adds a text node's text. A lone no-break space stays one (it ties "10 km"
 * together on purpose); any other run of spaces, tabs, newlines and no-break
 * spaces is one space, and none at the start of a line or after another.
 */
export function appendText(buffer: InlineBuffer, raw: string, style: TextStyle): void {
  if (style.pre) {
    appendPre(buffer, raw, style);
    return;
  }
  let text = raw
    .replace(CONTROL, '')
    .replace(SPACES, (spaces) => (spaces === '\u00a0' ? '\u00a0' : ' '));
  if (text.startsWith(' ') && buffer.last !== 'text') text = text.slice(1);
  if (text === '') return;
  buffer.runs.push(makeRun(text, style.marks, style.href));
  buffer.last = text.endsWith(' ') ? 'space' : 'text';
}

function appendPre(buffer: InlineBuffer, raw: string, style: TextStyle): void {
  const text = raw.replace(PRE_CONTROL, '').replace(/\r\n?/g, '\n');
  if (text === '') return;
  buffer.runs.push(makeRun(text, style.marks, style.href));
  buffer.last = text.endsWith('\n') ? 'break' : 'text';
}

/** Adds a line break (<br>): a '\n' of its own, without marks; the space before it goes. */
export function appendBreak(buffer: InlineBuffer, style: TextStyle): void {
  const last = buffer.runs.at(-1);
  if (last && buffer.last === 'space') {
    buffer.runs[buffer.runs.length - 1] = { ...last, text: last.text.slice(0, -1) };
  }
  buffer.runs.push(makeRun('\n', [], style.href));
  buffer.last = 'break';
}

const EDGE = /^[\s\u00a0]+|[\s\u00a0]+$/g;

/** The runs without whitespace, no-break spaces and line breaks at either end. */
export function trimRuns(runs: readonly TextRun[]): TextRun[] {
  let start = 0;
  let end = runs.length;
  const out = [...runs];
  while (start < end) {
    const text = out[start]!.text.replace(/^[\s\u00a0]+/, '');
    if (text !== '') {
      out[start] = { ...out[start]!, text };
      break;
    }
    start += 1;
  }
  while (end > start) {
    const text = out[end - 1]!.text.replace(/[\s\u00a0]+$/, '');
    if (text !== '') {
      out[end - 1] = { ...out[end - 1]!, text };
      break;
    }
    end -= 1;
  }
  return out.slice(start, end);
}

/** Takes the buffer's content as canonical runs, trimmed, and empties the buffer. */
export function takeRuns(buffer: InlineBuffer): TextRun[] {
  const runs = buffer.runs;
  buffer.runs = [];
  buffer.last = 'start';
  return normalizeRuns(trimRuns(normalizeRuns(runs)));
}

/**
 * Splits runs at blank lines (two or more <br>s in a row), which old CMSs and
 * e-mails use between paragraphs. Each piece is trimmed; empty ones go.
 */
export function splitAtBlankLines(runs: readonly TextRun[]): TextRun[][] {
  const pieces: TextRun[][] = [[]];
  for (const run of runs) {
    const parts = run.text.split(/\n[ \u00a0]*\n[\s\u00a0]*/);
    parts.forEach((part, i) => {
      if (i > 0) pieces.push([]);
      if (part !== '') pieces.at(-1)!.push({ ...run, text: part });
    });
  }
  return pieces.map((piece) => normalizeRuns(trimRuns(piece))).filter((piece) => piece.length > 0);
}

/** Where to cut `text` at most `max` code units in, never inside a surrogate pair. */
function cutAt(text: string, max: number): number {
  if (text.length <= max) return text.length;
  const code = text.charCodeAt(max - 1);
  return code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
}

/**
 * Canonical runs cut to the model's limits: at most LIMITS.runChars a run and
 * LIMITS.runsPerInline runs an inline. A run too long continues in the next
 * inline (two neighbouring runs with the same marks would not be canonical),
 * so the caller makes one block of each piece.
 */
export function fitInline(runs: Inline): TextRun[][] {
  const chunks: TextRun[][] = [];
  let current: TextRun[] | null = null;
  for (const run of runs) {
    let text = run.text;
    let first = true;
    while (text !== '') {
      const cut = cutAt(text, LIMITS.runChars);
      if (!current || !first || current.length >= LIMITS.runsPerInline) {
        current = [];
        chunks.push(current);
      }
      current.push(makeRun(text.slice(0, cut), run.marks, run.href));
      text = text.slice(cut);
      first = false;
    }
  }
  return chunks;
}

/** Makes one block of each piece that fits the limits: the first as `make`, the rest as paragraphs. */
export function fitted(content: Inline, make: (content: Inline) => DraftBlock): DraftBlock[] {
  return fitInline(content).map((piece, i) =>
    i === 0 ? make(piece) : { type: 'paragraph', content: piece },
  );
}

/** Plain text as one line of the model (alt text, credit, attribution): collapsed, trimmed, cut. */
export function toLine(text: string, max: number = LIMITS.lineChars): string {
  const line = stripControls(text)
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(EDGE, '');
  return line.slice(0, cutAt(line, max)).trimEnd();
}

/** The runs covering characters [start, end) of their text. */
export function sliceRuns(runs: Inline, start: number, end: number): TextRun[] {
  const out: TextRun[] = [];
  let offset = 0;
  for (const run of runs) {
    const from = Math.max(start, offset);
    const to = Math.min(end, offset + run.text.length);
    if (from < to) out.push({ ...run, text: run.text.slice(from - offset, to - offset) });
    offset += run.text.length;
  }
  return normalizeRuns(out);
}

/** True when the runs hold no visible text. */
export function isBlank(runs: Inline): boolean {
  return inlineText(runs).replace(/[\s\u00a0]+/g, '') === '';
}
