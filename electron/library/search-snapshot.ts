import { createHash } from 'node:crypto';
import os from 'node:os';
import MiniSearch, { type Options } from 'minisearch';
import { z } from 'zod';
import { StoryIdSchema } from '../../shared/story/story-schema';

/**
 * MiniSearch's own fields, as its toJSON and loadJS read and write them
 * (minisearch 7.2.0, pinned exactly in package.json; the round-trip test in
 * tests/electron/library-index.test.ts fails if an upgrade changes them).
 * Its JSON format costs too much at library scale: for 10,000 stories,
 * toJSON holds main for seconds and the file is ~45 MB of text to parse.
 */
interface Internals {
  _index: Iterable<[string, Map<number, Map<number, number>>]> & {
    set(term: string, data: Map<number, Map<number, number>>): void;
  };
  _documentCount: number;
  _nextId: number;
  _documentIds: Map<number, string>;
  _idToShortId: Map<string, number>;
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _dirtCount: number;
}

const HeaderSchema = z.strictObject({
  format: z.literal('newsdesk-search'),
  version: z.literal(2),
  endianness: z.enum(['LE', 'BE']),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** Which file each story's text was read from (see LibrarySearch.put). */
  versions: z.record(StoryIdSchema, z.string().max(100).nullable()),
  documentCount: z.number().int().nonnegative(),
  nextId: z.number().int().nonnegative(),
  dirtCount: z.number().int().nonnegative(),
  fieldIds: z.record(z.string(), z.number().int().nonnegative()),
  averageFieldLength: z.array(z.number()),
  /** [shortId, story id, length of each field]. */
  documents: z.array(z.tuple([z.number().int(), StoryIdSchema], z.number().int())),
  terms: z.array(z.string()),
});
type Header = z.infer<typeof HeaderSchema>;

const breather = () => new Promise((resolve) => setImmediate(resolve));

function digest(header: Omit<Header, 'sha256'>, postings: Uint8Array): string {
  return createHash('sha256').update(JSON.stringify(header)).update(postings).digest('hex');
}

/**
 * The file: one line of JSON (documents, terms, checksum), padded to four
 * bytes, then every posting as 32-bit numbers: per term, its field count,
 * then per field its id, its posting count and (document, frequency) pairs.
 */
export function writeSnapshot<T>(
  index: MiniSearch<T>,
  versions: ReadonlyMap<string, string | null>,
): Uint8Array {
  const inside = index as unknown as Internals;
  const terms: string[] = [];
  let size = 0;
  for (const [term, fields] of inside._index) {
    terms.push(term);
    size += 1;
    for (const postings of fields.values()) size += 2 + 2 * postings.size;
  }
  const numbers = new Uint32Array(size);
  let at = 0;
  for (const [, fields] of inside._index) {
    numbers[at++] = fields.size;
    for (const [fieldId, postings] of fields) {
      numbers[at++] = fieldId;
      numbers[at++] = postings.size;
      for (const [shortId, frequency] of postings) {
        numbers[at++] = shortId;
        numbers[at++] = frequency;
      }
    }
  }
  const postings = new Uint8Array(numbers.buffer);
  const header = {
    format: 'newsdesk-search' as const,
    version: 2 as const,
    endianness: os.endianness(),
    versions: Object.fromEntries(versions),
    documentCount: inside._documentCount,
    nextId: inside._nextId,
    dirtCount: inside._dirtCount,
    fieldIds: inside._fieldIds,
    averageFieldLength: inside._avgFieldLength,
    documents: [...inside._documentIds].map(([shortId, id]): [number, string, ...number[]] => [
      shortId,
      id,
      ...(inside._fieldLength.get(shortId) ?? []),
    ]),
    terms,
  };
  const line = `${JSON.stringify({ ...header, sha256: digest(header, postings) })}\n`;
  const head = Buffer.from(line.padEnd(Math.ceil(Buffer.byteLength(line) / 4) * 4, ' '));
  return Buffer.concat([head, postings]);
}

/** Reads the postings of one term; null when they run past the end (a damaged file). */
function readTerm(
  numbers: Uint32Array,
  start: number,
): [Map<number, Map<number, number>>, number] | null {
  let at = start;
  const fields = new Map<number, Map<number, number>>();
  const fieldCount = numbers[at++] ?? 0;
  for (let field = 0; field < fieldCount; field += 1) {
    const fieldId = numbers[at++];
    const count = numbers[at++];
    if (fieldId === undefined || count === undefined || at + 2 * count > numbers.length)
      return null;
    const postings = new Map<number, number>();
    for (let i = 0; i < count; i += 1) postings.set(numbers[at++]!, numbers[at++]!);
    fields.set(fieldId, postings);
  }
  return [fields, at];
}

/**
 * A MiniSearch index from a file writeSnapshot wrote, built a slice at a time
 * so main stays responsive; null when the file is damaged or of another format.
 */
export async function readSnapshot<T>(
  file: Buffer,
  options: Options<T>,
): Promise<{ index: MiniSearch<T>; versions: Map<string, string | null> } | null> {
  const newline = file.indexOf(10);
  if (newline < 0) return null;
  let header: Header;
  try {
    const parsed = HeaderSchema.safeParse(JSON.parse(file.toString('utf8', 0, newline)));
    if (!parsed.success || parsed.data.endianness !== os.endianness()) return null;
    header = parsed.data;
  } catch {
    return null;
  }
  const start = Math.ceil((newline + 1) / 4) * 4;
  // A Uint32Array needs its start on a multiple of four: copy when Node's buffer is not.
  const bytes = file.subarray(start);
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : Uint8Array.prototype.slice.call(bytes);
  if (aligned.byteLength % 4 !== 0) return null;
  const { sha256, ...rest } = header;
  if (digest(rest, aligned) !== sha256) return null;
  const numbers = new Uint32Array(aligned.buffer, aligned.byteOffset, aligned.byteLength / 4);

  const index = new MiniSearch<T>(options);
  const inside = index as unknown as Internals;
  // Written with other fields (another version of the app): its numbering would not fit.
  if (JSON.stringify(inside._fieldIds) !== JSON.stringify(header.fieldIds)) return null;
  inside._documentCount = header.documentCount;
  inside._nextId = header.nextId;
  inside._dirtCount = header.dirtCount;
  inside._avgFieldLength = header.averageFieldLength;
  for (const [shortId, id, ...lengths] of header.documents) {
    inside._documentIds.set(shortId, id);
    inside._idToShortId.set(id, shortId);
    inside._fieldLength.set(shortId, lengths);
  }
  let at = 0;
  for (const [position, term] of header.terms.entries()) {
    const read = readTerm(numbers, at);
    if (!read) return null;
    inside._index.set(term, read[0]);
    at = read[1];
    if (position % 2_000 === 1_999) await breather();
  }
  if (at !== numbers.length) return null;
  return { index, versions: new Map(Object.entries(header.versions)) };
}
