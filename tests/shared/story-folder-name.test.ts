// Story folders are named for people (the slug) and found by the app (the id).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { storyFolderName, storyIdOfFolder } from '../../shared/story/story-folder-name';

const id = '3c8f7f42-1b2a-4c3d-8e9f-0a1b2c3d4e5f';

describe('story folder names', () => {
  it('put the slug first and the id last, and read the id back', () => {
    expect(storyFolderName(id, 'turkish-tanks-syria')).toBe(`turkish-tanks-syria--${id}`);
    expect(storyIdOfFolder(`turkish-tanks-syria--${id}`)).toBe(id);
    expect(storyFolderName(id, '')).toBe(id);
    expect(storyIdOfFolder(id)).toBe(id);
  });

  it('cut a long slug at a word, within 60 characters', () => {
    const slug = Array.from({ length: 20 }, (_, i) => `word${i}`).join('-');
    const name = storyFolderName(id, slug);
    const part = name.slice(0, name.indexOf('--'));
    expect(part.length).toBeLessThanOrEqual(60);
    expect(slug.startsWith(`${part}-`)).toBe(true);
    expect(storyIdOfFolder(name)).toBe(id);
  });

  it('never make a name with a separator or dots, whatever the slug claims', () => {
    for (const slug of ['../etc', 'a/b', 'C:\\x', '..', 'Upper', 'a--b']) {
      const name = storyFolderName(id, slug);
      expect(name).not.toMatch(/[\\/]|\.\./);
      expect(storyIdOfFolder(name)).toBe(id);
    }
  });

  it('refuse folder names that do not end in a story id', () => {
    for (const name of ['notes', `${id}.bak`, `../${id}`, `x--${id}--y`, `Slug--${id}`, '']) {
      expect(storyIdOfFolder(name)).toBeNull();
    }
  });

  it('round-trip the id for every valid slug', () => {
    const slug = fc
      .array(fc.stringMatching(/^[a-z0-9]{1,12}$/), { minLength: 1, maxLength: 12 })
      .map((words) => words.join('-'));
    fc.assert(
      fc.property(slug, (s) => storyIdOfFolder(storyFolderName(id, s)) === id),
      { seed: 20261125, numRuns: 500 },
    );
  });
});
