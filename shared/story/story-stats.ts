import type { Story } from './story';
import { inlineText } from './story-runs';
import { countInPieces } from './counting-pieces';
import { bodyText, captionText, countWords } from './story-text';

/** The counts the inspector shows. */
export interface StoryStats {
  readonly words: number;
  /** Body characters (grapheme clusters, line breaks not counted). */
  readonly characters: number;
  readonly headlineCharacters: number;
  readonly standfirstWords: number;
  readonly captionWords: number;
  readonly readingMinutes: number;
}

// A common newsroom estimate for adult reading of news copy.
const WORDS_PER_MINUTE = 230;

/** Reading time in whole minutes; any copy at all takes at least one. */
export function readingMinutes(words: number): number {
  return words === 0 ? 0 : Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

const graphemeSegmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

// Below U+0300 no character joins its neighbour into one grapheme (no marks,
// no joiners; CR LF cannot occur: the model has no CR), so each is one.
// eslint-disable-next-line no-control-regex -- the whole range, controls included
const ONE_PER_GRAPHEME = /^[\u0000-\u02ff]*$/;

/**
 * User-perceived characters: "é" typed as e + accent is one, as is a flag
 * emoji. Counted in pieces, in linear time (counting-pieces.ts).
 */
export function countGraphemes(text: string): number {
  return countInPieces(text, (piece) =>
    ONE_PER_GRAPHEME.test(piece) ? piece.length : countGraphemesWhole(piece),
  );
}

/** countGraphemes in one pass over the whole text: the reference the pieces must equal. */
export function countGraphemesWhole(text: string): number {
  let count = 0;
  for (const segment of graphemeSegmenter.segment(text)) if (segment) count += 1;
  return count;
}

/** Counts for a whole story (the editor keeps the same counts incrementally). */
export function storyStats(story: Story): StoryStats {
  const text = bodyText(story);
  const words = countWords(text);
  return {
    words,
    characters: countGraphemes(text.replace(/\n/g, '')),
    headlineCharacters: countGraphemes(story.headline),
    standfirstWords: countWords(inlineText(story.standfirst)),
    captionWords: countWords(captionText(story)),
    readingMinutes: readingMinutes(words),
  };
}

/** The body's words and characters as storyStats counts them (what ninjs and the target check use). */
export function bodyCounts(story: Story): { words: number; characters: number } {
  const text = bodyText(story);
  return { words: countWords(text), characters: countGraphemes(text.replace(/\n/g, '')) };
}
