// Word and character counts, across scripts and block types.
import { describe, expect, it } from 'vitest';
import type { Story } from '../../shared/story/story';
import { countGraphemes, readingMinutes, storyStats } from '../../shared/story/story-stats';
import {
  bodyBlockText,
  bodyText,
  captionText,
  countBodyWords,
  countWords,
} from '../../shared/story/story-text';
import { france24Story, storyWith } from './story-fixtures';

describe('countWords', () => {
  it.each([
    ['', 0],
    ['   ', 0],
    ['\n\t\n', 0],
    ['Turkish tanks cross the border.', 5],
    ["Ankara's tanks didn't stop.", 4],
    ['A pre-emptive, well-known move', 4],
    ['A non\u2011breaking hyphen', 3],
    ['Yes - and no', 3],
    ['Scores: 3-1 in 2016, up 12.5%', 6],
    ['line\nbreak\tand tab', 4],
    ['قوات تركية تعبر الحدود', 4],
    ['טנקים טורקיים חצו את הגבול', 5],
    ['Танки пересекли границу', 3],
    ['Tanks 🇹🇷 crossed 😀', 2],
    // ICU versions split "U.S" differently (Node keeps it whole, Chromium splits
    // it); the joiners make both count it once, so editor and disk agree.
    ['The U.S.-backed alliance', 3],
    ['U.S. officials', 2],
    ['Turkey’s army', 2],
  ])('counts %j as %i words', (text, words) => {
    expect(countWords(text)).toBe(words);
  });

  it('counts words in scripts without spaces (Intl.Segmenter, not a space split)', () => {
    // A space split says 1 for each. ICU's dictionaries find the words; the
    // exact split can move between ICU versions, so the bounds are loose.
    const japanese = countWords('トルコの戦車が国境を越えた'); // トルコ|の|戦車|が|国境|を|越え|た
    expect(japanese).toBeGreaterThanOrEqual(6);
    expect(japanese).toBeLessThanOrEqual(10);
    const thai = countWords('รถถังตุรกีข้ามพรมแดน'); // รถถัง|ตุรกี|ข้าม|พรมแดน
    expect(thai).toBeGreaterThanOrEqual(4);
    expect(thai).toBeLessThanOrEqual(6);
    const chinese = countWords('土耳其坦克越过叙利亚边境'); // 土耳其|坦克|越过|叙利亚|边境
    expect(chinese).toBeGreaterThanOrEqual(4);
    expect(chinese).toBeLessThanOrEqual(8);
  });
});

/** A story with one of every block, whose counts are known by hand. */
const everyBlock: Story = {
  ...storyWith('Turkish tanks cross', []),
  standfirst: [{ text: 'A short dek' }],
  bylines: ['By Jane Doe'],
  dateline: { place: 'Karkamis, Turkey' },
  body: [
    { type: 'paragraph', content: [{ text: 'Turkish ' }, { text: 'tanks', marks: ['bold'] }] },
    { type: 'subhead', level: 2, content: [{ text: 'Pre-empting Kurdish forces' }] },
    {
      type: 'list',
      ordered: false,
      items: [
        {
          content: [{ text: 'one two' }],
          sublist: { ordered: true, items: [{ content: [{ text: 'three' }] }] },
        },
        { content: [{ text: 'four' }] },
      ],
    },
    {
      type: 'figure',
      image: { src: `assets/${'a'.repeat(64)}.png`, alt: 'Alt text words', width: 4, height: 3 },
      caption: [{ text: 'The Islamic State group' }],
      credit: 'AFP photo',
    },
    {
      type: 'pullquote',
      content: [{ text: 'A quote repeats the copy' }],
      attribution: 'Someone',
    },
    { type: 'rule' },
    { type: 'credit', text: '(FRANCE 24 with AP and REUTERS)' },
    { type: 'paragraph', content: [{ text: 'Tur' }, { text: 'key', marks: ['italic'] }] },
  ],
};

describe('body text', () => {
  it('is paragraphs, subheads and lists (nested items too), one per line', () => {
    expect(bodyText(everyBlock)).toBe(
      'Turkish tanks\nPre-empting Kurdish forces\none two\nthree\nfour\nTurkey',
    );
    expect(bodyBlockText(everyBlock.body[3]!)).toBe('');
    expect(bodyBlockText(everyBlock.body[4]!)).toBe('');
    expect(bodyBlockText(everyBlock.body[6]!)).toBe('');
  });

  it('counts body words: not the headline, standfirst, captions, credits, alt text or pull quotes', () => {
    // 2 + 3 (a hyphenated compound is one word) + 4 + 1 (a word split across runs is one)
    expect(countBodyWords(everyBlock)).toBe(10);
  });

  it('keeps captions apart', () => {
    expect(captionText(everyBlock)).toBe('The Islamic State group');
    const twoFigures = { ...everyBlock, body: [everyBlock.body[3]!, everyBlock.body[3]!] };
    expect(captionText(twoFigures)).toBe('The Islamic State group\nThe Islamic State group');
    expect(storyStats(twoFigures).captionWords).toBe(8);
  });

  it('does not run the words of neighbouring blocks together', () => {
    expect(countBodyWords(storyWith('', ['end', 'start']))).toBe(2);
  });
});

describe('storyStats', () => {
  it('gives the inspector’s counts for a story with every block', () => {
    expect(storyStats(everyBlock)).toEqual({
      words: 10,
      characters: 'Turkish tanksPre-empting Kurdish forcesone twothreefourTurkey'.length,
      headlineCharacters: 'Turkish tanks cross'.length,
      standfirstWords: 3,
      captionWords: 4,
      readingMinutes: 1,
    });
  });

  it('counts user-perceived characters: a flag, a family emoji, an accent typed apart', () => {
    expect(countGraphemes('🇹🇷')).toBe(1);
    expect(countGraphemes('👩‍👩‍👧')).toBe(1);
    expect(countGraphemes('e\u0301')).toBe(1);
    const stats = storyStats(storyWith('Flag 🇹🇷 raised', ['Tanks 🇹🇷 crossed.', 'Then stopped.']));
    expect(stats.words).toBe(4);
    expect(stats.headlineCharacters).toBe(13);
    expect(stats.characters).toBe('Tanks X crossed.Then stopped.'.length);
  });

  it('counts Arabic copy', () => {
    const stats = storyStats(storyWith('دبابات تركية', ['قوات تركية تعبر الحدود']));
    expect(stats.words).toBe(4);
    expect(stats.headlineCharacters).toBe(12);
  });

  it('counts the France 24 story', () => {
    const stats = storyStats(france24Story);
    // "Turkey-Syria" is one word.
    expect(stats.captionWords).toBe(13);
    expect(stats.standfirstWords).toBe(24);
    // Paragraphs 20 + 28 + 13, subheads 7 + 3; not the pull quote or the credit line.
    expect(stats.words).toBe(71);
    expect(stats.readingMinutes).toBe(1);
  });

  it.each([
    [0, 0],
    [1, 1],
    [230, 1],
    [344, 1],
    [345, 2],
    [2300, 10],
  ])('reads %i words in %i minutes', (words, minutes) => {
    expect(readingMinutes(words)).toBe(minutes);
  });

  it('says zero minutes for an empty story', () => {
    expect(storyStats(storyWith('', []))).toEqual({
      words: 0,
      characters: 0,
      headlineCharacters: 0,
      standfirstWords: 0,
      captionWords: 0,
      readingMinutes: 0,
    });
  });
});
