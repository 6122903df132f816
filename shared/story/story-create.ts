import { STORY_SCHEMA_VERSION, type Story } from './story';

/** A new, empty story: the cursor starts in the headline and Enter opens the next field. */
export function createEmptyStory(id: string, now: Date): Story {
  const instant = now.toISOString();
  return {
    schemaVersion: STORY_SCHEMA_VERSION,
    id,
    headline: '',
    standfirst: [],
    bylines: [],
    body: [],
    slug: '',
    status: 'draft',
    desk: '',
    tags: [],
    language: 'en',
    authors: [],
    createdAt: instant,
    updatedAt: instant,
  };
}
