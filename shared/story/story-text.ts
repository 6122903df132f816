import type { Block, Story } from './story';

// One segmenter for the process: constructing one is far dearer than using it.
const wordSegmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

const HYPHENS = new Set(['-', '\u2010', '\u2011']);

/**
 * Words in a text, by Unicode word boundaries (so Thai or Japanese count too).
 * A hyphenated compound ("pre-empt") is one word, as desks and word processors count it.
 */
export function countWords(text: string): number {
  let words = 0;
  let afterWord = false;
  let afterJoiner = false;
  for (const { segment, isWordLike } of wordSegmenter.segment(text)) {
    if (isWordLike) {
      if (!afterJoiner) words += 1;
      afterWord = true;
      afterJoiner = false;
    } else {
      afterJoiner = afterWord && HYPHENS.has(segment);
      afterWord = false;
    }
  }
  return words;
}

/** The plain text of one block. */
export function blockText(block: Block): string {
  return block.content.map((run) => run.text).join('');
}

/** The body as plain text, one paragraph per line. */
export function bodyText(story: Story): string {
  return story.body.map(blockText).join('\n');
}

/** Words in the body (the headline is counted apart, as desks do). */
export function countBodyWords(story: Story): number {
  return countWords(bodyText(story));
}
