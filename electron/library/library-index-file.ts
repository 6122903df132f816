import { promises as fs } from 'node:fs';
import { z } from 'zod';
import type { StorySummary } from '../../shared/story/story';
import { StorySummarySchema } from '../../shared/story/story-schema';
import { writeFileAtomic } from '../storage/atomic-write';

/** Bump when the shape changes: a file of another version is rebuilt, never migrated. */
const INDEX_VERSION = 1;

/** One story as the index file keeps it. */
export interface IndexFileEntry {
  readonly id: string;
  /** Null when its story.json could not be read as a story. */
  readonly summary: StorySummary | null;
  /** `mtime:size` of story.json when it was read; null when unknown. */
  readonly file: string | null;
}

const IndexFileSchema = z.strictObject({
  format: z.literal('newsdesk-index'),
  version: z.literal(INDEX_VERSION),
  stories: z.array(
    z
      .strictObject({
        id: StorySummarySchema.shape.id,
        summary: StorySummarySchema.nullable(),
        file: z.string().max(100).nullable(),
      })
      .refine((entry) => entry.summary === null || entry.summary.id === entry.id),
  ),
});

/**
 * The entries of the index file by id; empty when the file is missing,
 * unreadable, damaged or of another version (the caller then reads the stories).
 * Every id is checked as a story id: the file is a cache, never trusted as paths.
 */
export async function readIndexFile(file: string): Promise<Map<string, IndexFileEntry>> {
  try {
    const parsed = IndexFileSchema.safeParse(JSON.parse(await fs.readFile(file, 'utf8')));
    if (parsed.success) return new Map(parsed.data.stories.map((entry) => [entry.id, entry]));
  } catch {
    // Missing or not JSON: rebuilt like a damaged one.
  }
  return new Map();
}

/** Writes the index file atomically (a crash leaves the old index or the new one). */
export async function writeIndexFile(file: string, stories: readonly IndexFileEntry[]) {
  await writeFileAtomic(
    file,
    JSON.stringify({ format: 'newsdesk-index', version: INDEX_VERSION, stories }),
  );
}
