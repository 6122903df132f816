import type { Story } from './story';
import { inlineText } from './story-runs';
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

/** User-perceived characters: "é" typed as e + accent is one, as is a flag emoji. */
export function countGraphemes(text: string): number {
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
