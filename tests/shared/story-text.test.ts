// Word and character counts, across scripts.
import { describe, expect, it } from 'vitest';
import { countWords } from '../../shared/story/story-text';
import { storyStats } from '../../shared/story/story-stats';
import { storyWith } from './story-fixtures';

describe('countWords', () => {
  it.each([
    ['', 0],
    ['   ', 0],
    ['Turkish tanks cross the border.', 5],
    ["Ankara's tanks didn't stop.", 4],
    ['A pre-emptive, well-known move', 4],
    ['Scores: 3-1 in 2016, up 12.5%', 6],
    ['قوات تركية تعبر الحدود', 4],
    ['Танки пересекли границу', 3],
  ])('counts %j as %i words', (text, words) => {
    expect(countWords(text)).toBe(words);
  });

  it('counts words in scripts without spaces', () => {
    // Japanese and Thai have no spaces between words; a space-splitter says 1.
    expect(countWords('トルコの戦車が国境を越えた')).toBeGreaterThan(3);
    expect(countWords('รถถังตุรกีข้ามพรมแดน')).toBeGreaterThan(2);
  });
});

describe('storyStats', () => {
  it('counts body words, user-perceived characters and the headline apart', () => {
    const stats = storyStats(storyWith('Flag 🇹🇷 raised', ['Tanks 🇹🇷 crossed.', 'Then stopped.']));
    expect(stats.words).toBe(4);
    expect(stats.headlineCharacters).toBe(13);
    expect(stats.characters).toBe('Tanks X crossed.Then stopped.'.length);
    expect(stats.readingMinutes).toBe(1);
  });

  it('says zero minutes for an empty story', () => {
    expect(storyStats(storyWith('', [])).readingMinutes).toBe(0);
  });
});
