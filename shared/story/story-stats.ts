import type { Story } from './story';
import { bodyText, countWords } from './story-text';

/** The counts the inspector shows. */
export interface StoryStats {
  readonly words: number;
  readonly characters: number;
  readonly headlineCharacters: number;
  readonly readingMinutes: number;
}

// A common newsroom estimate for adult reading of news copy.
const WORDS_PER_MINUTE = 230;

/** Counts for a story; characters are user-perceived (grapheme clusters). */
export function storyStats(story: Story): StoryStats {
  const text = bodyText(story);
  const words = countWords(text);
  return {
    words,
    characters: graphemes(text.replace(/\n/g, '')),
    headlineCharacters: graphemes(story.headline),
    readingMinutes: words === 0 ? 0 : Math.max(1, Math.round(words / WORDS_PER_MINUTE)),
  };
}

const graphemeSegmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

function graphemes(text: string): number {
  let count = 0;
  for (const segment of graphemeSegmenter.segment(text)) if (segment) count += 1;
  return count;
}
