import { MARKS, type Mark, type TextRun } from './story';

/** Marks in canonical order without duplicates, so equal formatting compares equal. */
export function canonicalMarks(marks: Iterable<Mark>): Mark[] {
  const set = new Set(marks);
  return MARKS.filter((mark) => set.has(mark));
}

function sameMarks(a: readonly Mark[] = [], b: readonly Mark[] = []): boolean {
  return a.length === b.length && a.every((mark, i) => mark === b[i]);
}

/** Makes a run, leaving `marks` and `href` out when there are none (the canonical shape). */
export function makeRun(text: string, marks: Iterable<Mark> = [], href?: string): TextRun {
  const ordered = canonicalMarks(marks);
  return {
    text,
    ...(ordered.length > 0 ? { marks: ordered } : {}),
    ...(href !== undefined ? { href } : {}),
  };
}

/**
 * A line break carries no marks: the editor keeps it as a node of its own
 * without formatting (Lexical's LineBreakNode), so marks on it could not
 * survive a round trip. Splits a marked run around its line breaks.
 */
function unmarkLineBreaks(run: TextRun): TextRun[] {
  if (!run.marks?.length || !run.text.includes('\n')) return [run];
  return run.text
    .split(/(\n)/)
    .filter((piece) => piece !== '')
    .map((piece) => makeRun(piece, piece === '\n' ? [] : run.marks, run.href));
}

/**
 * The canonical form of a run list: no empty runs, no marks on line breaks,
 * neighbours with the same marks and link merged, marks ordered. Two run
 * lists that read the same normalize equal.
 */
export function normalizeRuns(runs: readonly TextRun[]): TextRun[] {
  const out: TextRun[] = [];
  for (const run of runs.flatMap(unmarkLineBreaks)) {
    if (run.text === '') continue;
    const marks = canonicalMarks(run.marks ?? []);
    const last = out.at(-1);
    if (last && sameMarks(last.marks, marks) && last.href === run.href) {
      out[out.length - 1] = makeRun(last.text + run.text, marks, run.href);
    } else {
      out.push(makeRun(run.text, marks, run.href));
    }
  }
  return out;
}

/** The plain text of inline runs. */
export function inlineText(runs: readonly TextRun[]): string {
  return runs.map((run) => run.text).join('');
}
