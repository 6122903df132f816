// The Story schema at the boundary: what it accepts and what it refuses.
import { describe, expect, it } from 'vitest';
import { createEmptyStory } from '../../shared/story/story-create';
import { LIMITS, StorySchema } from '../../shared/story/story-schema';
import { storyWith } from './story-fixtures';

describe('StorySchema', () => {
  it('accepts a new empty story and a written one', () => {
    const fresh = createEmptyStory(
      '5d1c1a52-1f0e-4d7b-8e3a-2b9c4f6a7e81',
      new Date('2026-11-24T10:00:00Z'),
    );
    expect(StorySchema.parse(fresh)).toEqual(fresh);
    expect(fresh).toMatchObject({ headline: '', body: [], createdAt: '2026-11-24T10:00:00.000Z' });
    const written = storyWith('Headline', ['One', 'Two']);
    expect(StorySchema.parse(written)).toEqual(written);
  });

  it.each([
    ['an id that is a path', { id: '../../etc' }],
    ['an upper-case id', { id: '0B6F6C4E-8D1A-4F4E-9A57-3C2D7E5B9A10' }],
    ['a headline on two lines', { headline: 'one\ntwo' }],
    ['an over-long headline', { headline: 'x'.repeat(LIMITS.headlineChars + 1) }],
    ['a date without a zone', { createdAt: '2026-11-24T10:00:00' }],
    ['an unknown version', { schemaVersion: 2 }],
    ['an unknown key', { colour: 'red' }],
    ['an unknown block', { body: [{ type: 'video', content: [] }] }],
    [
      'an unknown mark',
      { body: [{ type: 'paragraph', content: [{ text: 'x', marks: ['blink'] }] }] },
    ],
    [
      'a 20 MB run',
      { body: [{ type: 'paragraph', content: [{ text: 'x'.repeat(20 * 1024 * 1024) }] }] },
    ],
  ])('refuses %s', (_name, change) => {
    expect(StorySchema.safeParse({ ...storyWith('Headline', ['Body']), ...change }).success).toBe(
      false,
    );
  });
});
