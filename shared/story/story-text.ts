import type { Block, List, Story } from './story';
import { countInPieces } from './counting-pieces';
import { inlineText } from './story-runs';

// One segmenter for the process: constructing one is far dearer than using it.
const wordSegmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

// Between two words with no space, these join them into one: "pre-empt",
// "U.S.-backed". The full stop and apostrophe are listed because ICU versions
// disagree on them (Node's keeps "U.S" whole, Chromium's splits it), and the
// count must be the same in the editor, on disk and in every export.
const JOINERS = new Set(['-', '\u2010', '\u2011', '.', "'", '\u2019']);

/**
 * Words in a text, by Unicode word boundaries (so Thai or Japanese count too).
 * A hyphenated compound ("pre-empt") is one word, as desks and word processors count it.
 * Counted in pieces, so long copy takes linear time everywhere (counting-pieces.ts).
 */
export function countWords(text: string): number {
  return countInPieces(text, countWordsWhole);
}

/** countWords in one pass over the whole text: the reference the pieces must equal. */
export function countWordsWhole(text: string): number {
  let words = 0;
  let afterWord = false;
  let afterJoiner = false;
  for (const { segment, isWordLike } of wordSegmenter.segment(text)) {
    if (isWordLike) {
      if (!afterJoiner) words += 1;
      afterWord = true;
      afterJoiner = false;
    } else {
      afterJoiner = (afterWord || afterJoiner) && JOINERS.has(segment);
      afterWord = false;
    }
  }
  return words;
}

function listText(list: List): string {
  return list.items
    .map((item) =>
      item.sublist
        ? `${inlineText(item.content)}\n${listText(item.sublist)}`
        : inlineText(item.content),
    )
    .join('\n');
}

/**
 * The text a block adds to the body count. Body copy is paragraphs, subheads
 * and lists; a caption is counted apart, and a pull quote (a repeat of the
 * copy), the credit line and a rule add nothing — as desks measure length.
 */
export function bodyBlockText(block: Block): string {
  switch (block.type) {
    case 'paragraph':
    case 'subhead':
      return inlineText(block.content);
    case 'list':
      return listText(block);
    default:
      return '';
  }
}

/** The body copy as plain text, one block per line. */
export function bodyText(story: Story): string {
  return story.body
    .filter(
      (block) => block.type === 'paragraph' || block.type === 'subhead' || block.type === 'list',
    )
    .map(bodyBlockText)
    .join('\n');
}

/** All figure captions, one per line. */
export function captionText(story: Story): string {
  return story.body
    .map((block) => (block.type === 'figure' ? inlineText(block.caption) : null))
    .filter((text): text is string => text !== null)
    .join('\n');
}

/** Words in the body (the headline, standfirst and captions are counted apart, as desks do). */
export function countBodyWords(story: Story): number {
  return countWords(bodyText(story));
}
