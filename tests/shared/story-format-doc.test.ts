// docs/story-format.md stays true: its example is a valid story, and its
// tables name every field, block and mark the model has.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BlockSchema } from '../../shared/story/block-schema';
import { MARKS, STORY_SCHEMA_VERSION } from '../../shared/story/story';
import { readStoryJson } from '../../shared/story/story-migrate';
import { StorySchema, StoryShapeSchema } from '../../shared/story/story-schema';
import { storyStats } from '../../shared/story/story-stats';

const doc = readFileSync(path.resolve(import.meta.dirname, '../../docs/story-format.md'), 'utf8');

/** The fenced ```json blocks of the page. */
function jsonBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```json\n([\s\S]*?)^```$/gm)].map((match) => match[1]!);
}

describe('docs/story-format.md', () => {
  it('has one complete example story.json, valid and canonical as written', () => {
    const blocks = jsonBlocks(doc);
    expect(blocks).toHaveLength(1);
    const example = JSON.parse(blocks[0]!) as unknown;
    const parsed = StorySchema.safeParse(example);
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(parsed.data).toEqual(example);
    expect(readStoryJson(example)).toEqual({ ok: true, story: example, migratedFrom: null });
  });

  it('shows every block type in the example, and the France 24 story’s parts', () => {
    const story = StorySchema.parse(JSON.parse(jsonBlocks(doc)[0]!));
    const types = new Set(story.body.map((block) => block.type));
    expect([...types].sort()).toEqual(BlockSchema.options.map((o) => o.shape.type.value).sort());
    expect(story.headline).toBe('Turkish tanks cross Syrian border to free IS-group held town');
    expect(story.body).toContainEqual(
      expect.objectContaining({
        type: 'figure',
        credit: 'AFP photo',
        caption: [
          {
            text: 'The Islamic State group controls a number of areas along the Turkey-Syria border',
          },
        ],
      }),
    );
    expect(story.body).toContainEqual({ type: 'credit', text: '(FRANCE 24 with AP and REUTERS)' });
    expect(storyStats(story).words).toBeGreaterThan(0);
  });

  it('describes every field of the story, every block and every mark', () => {
    // A table row whose first cell names it (Prettier pads the cells).
    const row = (name: string) => new RegExp(`^\\|[^|\\n]*\`${name}\``, 'm');
    for (const field of Object.keys(StoryShapeSchema.shape)) expect(doc, field).toMatch(row(field));
    for (const option of BlockSchema.options) {
      expect(doc, option.shape.type.value).toMatch(row(option.shape.type.value));
    }
    for (const mark of MARKS) expect(doc).toContain(`\`${mark}\``);
    expect(doc).toContain(`# The story file format (format ${STORY_SCHEMA_VERSION})`);
  });
});
