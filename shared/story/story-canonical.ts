import type { Block, Inline, List, Story, TextRun } from './story';
import { canonicalMarks, normalizeRuns } from './story-runs';

/**
 * A valid story is canonical: the same words and formatting have exactly one
 * representation, so "the editor gave back the same story" is a plain
 * equality. These functions bring any story to that form and say where one
 * is not in it.
 */

function sameMarks(a: readonly string[] = [], b: readonly string[] = []): boolean {
  return a.length === b.length && a.every((mark, i) => mark === b[i]);
}

/** Why these runs are not canonical, or null when they are. */
export function inlineProblem(runs: Inline): string | null {
  for (let i = 0; i < runs.length; i += 1) {
    const run = runs[i]!;
    if (run.marks && !sameMarks(run.marks, canonicalMarks(run.marks))) {
      return 'marks must be listed once each, in the order of MARKS';
    }
    if (run.marks && run.text.includes('\n')) {
      return 'a line break carries no marks: it is a run of its own';
    }
    const previous = runs[i - 1];
    if (previous && sameMarks(previous.marks, run.marks) && previous.href === run.href) {
      return 'neighbouring runs with the same marks and link must be one run';
    }
  }
  return null;
}

function listProblem(list: List, depth: number): string | null {
  if (depth > 8) return 'lists nest at most 8 deep';
  for (const item of list.items) {
    const problem =
      inlineProblem(item.content) ?? (item.sublist ? listProblem(item.sublist, depth + 1) : null);
    if (problem) return problem;
  }
  return null;
}

function blockProblem(block: Block): string | null {
  switch (block.type) {
    case 'paragraph':
    case 'subhead':
    case 'pullquote':
      return inlineProblem(block.content);
    case 'figure':
      return inlineProblem(block.caption);
    case 'list':
      return listProblem(block, 1);
    case 'rule':
    case 'credit':
      return null;
  }
}

/** Where the body breaks the canonical form, as [index, reason], or null. */
export function bodyProblem(body: readonly Block[]): [number, string] | null {
  for (let i = 0; i < body.length; i += 1) {
    const block = body[i]!;
    const previous = body[i - 1];
    if (block.type === 'list' && previous?.type === 'list' && previous.ordered === block.ordered) {
      return [i, 'two lists of the same kind in a row are one list'];
    }
    const problem = blockProblem(block);
    if (problem) return [i, problem];
  }
  return null;
}

function canonicalInline(runs: readonly TextRun[]): TextRun[] {
  return normalizeRuns(runs);
}

function canonicalList(list: List): List {
  return {
    ordered: list.ordered,
    items: list.items.map((item) => ({
      content: canonicalInline(item.content),
      ...(item.sublist ? { sublist: canonicalList(item.sublist) } : {}),
    })),
  };
}

function canonicalBlock(block: Block): Block {
  switch (block.type) {
    case 'paragraph':
    case 'subhead':
    case 'pullquote':
      return { ...block, content: canonicalInline(block.content) };
    case 'figure':
      return { ...block, caption: canonicalInline(block.caption) };
    case 'list':
      return { type: 'list', ...canonicalList(block) };
    case 'rule':
    case 'credit':
      return block;
  }
}

/** Merges two lists of the same kind that follow each other, as the editor does. */
function mergeAdjacentLists(body: readonly Block[]): Block[] {
  const out: Block[] = [];
  for (const block of body) {
    const last = out.at(-1);
    if (block.type === 'list' && last?.type === 'list' && last.ordered === block.ordered) {
      out[out.length - 1] = { ...last, items: [...last.items, ...block.items] };
    } else {
      out.push(block);
    }
  }
  return out;
}

/** The canonical form of a story with the same words, formatting and structure. */
export function canonicalStory(story: Story): Story {
  return {
    ...story,
    standfirst: canonicalInline(story.standfirst),
    body: mergeAdjacentLists(story.body.map(canonicalBlock)),
  };
}
