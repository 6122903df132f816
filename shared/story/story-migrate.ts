import type { z } from 'zod';
import { canonicalStory } from './story-canonical';
import { STORY_SCHEMA_VERSION, type Story } from './story';
import { StorySchema, StoryShapeSchema } from './story-schema';

type Json = Record<string, unknown>;

/** Turns a version-n story (plain JSON, since an old file is not a Story) into version n+1. */
export type MigrationStep = (story: Json) => Json;

// Control characters are what these replace.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f]+/g;
// eslint-disable-next-line no-control-regex
const CONTROLS_BUT_BREAKS = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A v1 run as v2 takes it. v1 accepted runs v2's shape refuses — empty text,
 * `marks: []`, '\r' and other control characters from pasted text — and a
 * file that opened yesterday must open today: breaks become '\n', other
 * controls a space, empty runs go. Anything else is left for validation to report.
 */
function v1Run(run: unknown): unknown[] {
  if (!isObject(run) || typeof run.text !== 'string') return [run];
  const { marks, ...rest } = run;
  const text = run.text.replace(/\r\n?/g, '\n').replace(CONTROLS_BUT_BREAKS, ' ');
  if (text === '') return [];
  const noMarks = marks === undefined || (Array.isArray(marks) && marks.length === 0);
  return [{ ...rest, text, ...(noMarks ? {} : { marks }) }];
}

function v1Block(block: unknown): unknown {
  return isObject(block) && Array.isArray(block.content)
    ? { ...block, content: block.content.flatMap(v1Run) }
    : block;
}

/**
 * One step per old version: MIGRATIONS[n] turns a version-n story into
 * version n+1. Adding a format version = bumping STORY_SCHEMA_VERSION and
 * adding one row here.
 */
export const MIGRATIONS: Readonly<Record<number, MigrationStep>> = {
  // v1 (the foundation): headline and paragraphs only. v2 adds the header
  // fields, the newsroom blocks and the metadata, all with empty defaults.
  // v1 let a tab (or another control character) into the headline; v2's is one plain line.
  1: (story) => ({
    ...story,
    schemaVersion: 2,
    headline:
      typeof story.headline === 'string' ? story.headline.replace(CONTROLS, ' ') : story.headline,
    standfirst: [],
    bylines: [],
    body: Array.isArray(story.body) ? story.body.map(v1Block) : story.body,
    slug: '',
    status: 'draft',
    desk: '',
    tags: [],
    language: 'en',
    authors: [],
  }),
  // v3 lets a figure's image be missing (only its alt text, from imported
  // copy whose photo could not be fetched); every v2 file is a v3 file.
  2: (story) => ({ ...story, schemaVersion: 3 }),
};

export type StoryReading =
  | { readonly ok: true; readonly story: Story; readonly migratedFrom: number | null }
  | { readonly ok: false; readonly message: string };

/**
 * Brings story JSON of any version we know up to `current`, unvalidated, by
 * applying `steps` in turn (the app's MIGRATIONS unless a test passes its own).
 */
export function migrateStoryJson(
  raw: unknown,
  steps: Readonly<Record<number, MigrationStep>> = MIGRATIONS,
  current: number = STORY_SCHEMA_VERSION,
): { json: Json; from: number } | string {
  if (!isObject(raw)) return 'not a story object';
  const from = raw.schemaVersion;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 1) {
    return 'schemaVersion is missing or not a version number';
  }
  if (from > current) {
    return `it was saved by a newer Newsdesk (format ${from}; this one reads up to ${current})`;
  }
  let json = raw;
  for (let version = from; version < current; version += 1) {
    const step = steps[version];
    if (!step) return `no migration from format ${version}`;
    json = step(json);
  }
  return { json, from };
}

/**
 * JSON nesting a story never reaches (lists nest 8 deep, about 30 levels), and
 * below where a recursive validator runs out of stack (a list nested 1,000
 * deep threw RangeError from zod): refused before any validation runs.
 */
const MAX_JSON_DEPTH = 64;

/** True when `value` nests deeper than `max` levels; iterative, so any depth is safe to ask about. */
function nestedDeeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    if (depth > max) return true;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return false;
}

/** The first problem, with where it is ("body.3.content.0.href: …"). */
function issueMessage(issues: readonly z.core.$ZodIssue[]): string {
  const first = issues[0];
  const where = first?.path.map(String).join('.') || 'the story';
  return `${where}: ${first?.message ?? 'invalid'}`;
}

/** An exported file names its schema in `$schema` (story-json-export.ts); the model does not hold it. */
function withoutSchemaReference(raw: unknown): unknown {
  if (!isObject(raw) || !('$schema' in raw)) return raw;
  const rest = { ...raw };
  delete rest.$schema;
  return rest;
}

/**
 * Reads story JSON from a file or an import: migrates old versions, checks the
 * shape, then brings it to canonical form (so hand-written files with split
 * runs still open) and validates the result.
 */
export function readStoryJson(raw: unknown): StoryReading {
  if (nestedDeeperThan(raw, MAX_JSON_DEPTH)) {
    return { ok: false, message: 'it is nested too deeply to be a story' };
  }
  const migrated = migrateStoryJson(withoutSchemaReference(raw));
  if (typeof migrated === 'string') return { ok: false, message: migrated };
  const shaped = StoryShapeSchema.safeParse(migrated.json);
  if (!shaped.success) return { ok: false, message: issueMessage(shaped.error.issues) };
  const canonical = StorySchema.safeParse(canonicalStory(shaped.data));
  if (!canonical.success) return { ok: false, message: issueMessage(canonical.error.issues) };
  return {
    ok: true,
    story: canonical.data,
    migratedFrom: migrated.from === STORY_SCHEMA_VERSION ? null : migrated.from,
  };
}
