import { STORY_SCHEMA_VERSION, type Story } from './story';

/** A new, empty story: the cursor starts in the headline and Enter opens the body. */
export function createEmptyStory(id: string, now: Date): Story {
  const instant = now.toISOString();
  return {
    schemaVersion: STORY_SCHEMA_VERSION,
    id,
    headline: '',
    body: [],
    createdAt: instant,
    updatedAt: instant,
  };
}
