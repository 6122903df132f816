import { MARKS, type Mark, type TextRun } from './story';

/** Marks in canonical order without duplicates, so equal formatting compares equal. */
export function canonicalMarks(marks: Iterable<Mark>): Mark[] {
  const set = new Set(marks);
  return MARKS.filter((mark) => set.has(mark));
}

function sameMarks(a: readonly Mark[] = [], b: readonly Mark[] = []): boolean {
  return a.length === b.length && a.every((mark, i) => mark === b[i]);
}

/** Makes a run, leaving `marks` out when there are none (the canonical shape). */
export function makeRun(text: string, marks: Iterable<Mark> = []): TextRun {
  const ordered = canonicalMarks(marks);
  return ordered.length > 0 ? { text, marks: ordered } : { text };
}

/**
 * The canonical form of a run list: no empty runs, neighbours with the same
 * marks merged, marks ordered. Two run lists that read the same normalize equal.
 */
export function normalizeRuns(runs: readonly TextRun[]): TextRun[] {
  const out: TextRun[] = [];
  for (const run of runs) {
    if (run.text === '') continue;
    const marks = canonicalMarks(run.marks ?? []);
    const last = out.at(-1);
    if (last && sameMarks(last.marks, marks)) {
      out[out.length - 1] = makeRun(last.text + run.text, marks);
    } else {
      out.push(makeRun(run.text, marks));
    }
  }
  return out;
}
