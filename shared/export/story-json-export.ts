import type { Story } from '../story/story';

/** The `$id` of docs/story.schema.json: an exported file names the schema it follows. */
export const STORY_SCHEMA_ID = 'urn:newsdesk:story:3';

/**
 * The canonical Story JSON for a publishing system: the saved file, with
 * `$schema` first so a consumer knows what it holds. Two-space indent and the
 * model's property order make it stable for diffing.
 */
export function storyToStoryJson(story: Story): string {
  return `${JSON.stringify({ $schema: STORY_SCHEMA_ID, ...story }, null, 2)}\n`;
}
