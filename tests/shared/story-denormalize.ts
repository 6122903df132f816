// The opposite of canonicalStory, for tests: the same story written the long way round.
import {
  MARKS,
  type Block,
  type Inline,
  type List,
  type Mark,
  type Story,
  type TextRun,
} from '../../shared/story/story';

/** Picks numbers for the choices below (from fast-check, so failures shrink and replay). */
export type Choose = () => number;

/** Splits a run's text into 1–3 pieces, at code point boundaries. */
function splitText(text: string, choose: Choose): string[] {
  const points = Array.from(text);
  const cuts = [...new Set([choose() % (points.length + 1), choose() % (points.length + 1)])]
    .filter((cut) => cut > 0 && cut < points.length)
    .sort((a, b) => a - b);
  const pieces: string[] = [];
  let start = 0;
  for (const cut of [...cuts, points.length]) {
    pieces.push(points.slice(start, cut).join(''));
    start = cut;
  }
  return pieces;
}

/** The same marks, shuffled and perhaps with one repeated (within the shape's limit). */
function shuffleMarks(marks: readonly Mark[], choose: Choose): Mark[] {
  const out = [...marks];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = choose() % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return choose() % 2 === 0 || out.length >= MARKS.length ? out : [...out, out[0]!];
}

function messyRun(run: TextRun, choose: Choose): TextRun[] {
  return splitText(run.text, choose).map((text) => ({
    text,
    ...(run.marks ? { marks: shuffleMarks(run.marks, choose) } : {}),
    ...(run.href !== undefined ? { href: run.href } : {}),
  }));
}

/** A line break after a marked run, folded into that run (normalizing unmarks it again). */
function foldLineBreaks(runs: Inline, choose: Choose): TextRun[] {
  const out: TextRun[] = [];
  for (const run of runs) {
    const last = out.at(-1);
    const foldable = last?.marks && !run.marks && /^\n+$/.test(run.text) && last.href === run.href;
    if (foldable && choose() % 2 === 0)
      out[out.length - 1] = { ...last, text: last.text + run.text };
    else out.push(run);
  }
  return out;
}

function messyInline(runs: Inline, choose: Choose): TextRun[] {
  return foldLineBreaks(runs, choose).flatMap((run) => messyRun(run, choose));
}

function messyList(list: List, choose: Choose): List {
  return {
    ordered: list.ordered,
    items: list.items.map((item) => ({
      content: messyInline(item.content, choose),
      ...(item.sublist ? { sublist: messyList(item.sublist, choose) } : {}),
    })),
  };
}

function messyBlock(block: Block, choose: Choose): Block[] {
  switch (block.type) {
    case 'paragraph':
    case 'subhead':
    case 'pullquote':
      return [{ ...block, content: messyInline(block.content, choose) }];
    case 'figure':
      return [{ ...block, caption: messyInline(block.caption, choose) }];
    case 'list': {
      const list = messyList(block, choose);
      const cut = list.items.length > 1 ? choose() % list.items.length : 0;
      if (cut === 0) return [{ type: 'list', ...list }];
      // Two lists of the same kind in a row, as a paste might leave them.
      return [
        { type: 'list', ordered: list.ordered, items: list.items.slice(0, cut) },
        { type: 'list', ordered: list.ordered, items: list.items.slice(cut) },
      ];
    }
    default:
      return [block];
  }
}

/**
 * A story that reads the same as `story` but is not in canonical form: runs
 * split, marks shuffled and repeated, line breaks inside marked runs, lists
 * split in two. Still valid against the published shape (StoryShapeSchema).
 */
export function denormalize(story: Story, choose: Choose): Story {
  return {
    ...story,
    standfirst: messyInline(story.standfirst, choose),
    body: story.body.flatMap((block) => messyBlock(block, choose)),
  };
}
