import { canonicalStory } from './story-canonical';
import { STORY_SCHEMA_VERSION, type Story } from './story';
import { StorySchema, StoryShapeSchema } from './story-schema';

type Json = Record<string, unknown>;

/**
 * One step per old version: MIGRATIONS[n] turns a version-n story into
 * version n+1. Steps work on plain JSON, since an old file is not a Story.
 */
const MIGRATIONS: Readonly<Record<number, (story: Json) => Json>> = {
  // v1 (the foundation): headline and paragraphs only. v2 adds the header
  // fields, the newsroom blocks and the metadata, all with empty defaults.
  1: (story) => ({
    ...story,
    schemaVersion: 2,
    standfirst: [],
    bylines: [],
    slug: '',
    status: 'draft',
    desk: '',
    tags: [],
    language: 'en',
    authors: [],
  }),
};

export type StoryReading =
  | { readonly ok: true; readonly story: Story; readonly migratedFrom: number | null }
  | { readonly ok: false; readonly message: string };

/** Brings story JSON of any version we know up to STORY_SCHEMA_VERSION, unvalidated. */
export function migrateStoryJson(raw: unknown): { json: Json; from: number } | string {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return 'not a story object';
  const from = (raw as Json).schemaVersion;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 1) {
    return 'schemaVersion is missing or not a version number';
  }
  if (from > STORY_SCHEMA_VERSION) {
    return `it was saved by a newer Newsdesk (format ${from}; this one reads up to ${STORY_SCHEMA_VERSION})`;
  }
  let json = raw as Json;
  for (let version = from; version < STORY_SCHEMA_VERSION; version += 1) {
    const step = MIGRATIONS[version];
    if (!step) return `no migration from format ${version}`;
    json = step(json);
  }
  return { json, from };
}

/**
 * Reads story JSON from a file or an import: migrates old versions, checks the
 * shape, then brings it to canonical form (so hand-written files with split
 * runs still open) and validates the result.
 */
export function readStoryJson(raw: unknown): StoryReading {
  const migrated = migrateStoryJson(raw);
  if (typeof migrated === 'string') return { ok: false, message: migrated };
  const shaped = StoryShapeSchema.safeParse(migrated.json);
  if (!shaped.success) {
    const first = shaped.error.issues[0];
    const where = first?.path.map(String).join('.') || 'the story';
    return { ok: false, message: `${where}: ${first?.message ?? 'invalid'}` };
  }
  const canonical = StorySchema.safeParse(canonicalStory(shaped.data));
  if (!canonical.success) {
    return { ok: false, message: canonical.error.issues[0]?.message ?? 'invalid' };
  }
  return {
    ok: true,
    story: canonical.data,
    migratedFrom: migrated.from === STORY_SCHEMA_VERSION ? null : migrated.from,
  };
}
