import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import type { StorySearchText } from '../../shared/story/story-summary';
import { readSnapshot, writeSnapshot } from './search-snapshot';

/** One story as the search index takes it. */
type SearchDoc = StorySearchText & { readonly id: string };

const FIELDS = ['headline', 'standfirst', 'people', 'body', 'tags'] satisfies (keyof SearchDoc)[];

// Words so common that a search for them finds everything: left out of the
// index (a quarter of its entries) and of queries, so "the minister" means "minister".
const STOP_WORDS = new Set(
  'a an and are as at be but by for from had has have he her his i in is it its of on or our she that the their they this to was we were which who will with'.split(
    ' ',
  ),
);

// Letters, combining marks and digits make words; an apostrophe inside one
// ("minister's", "don't") is dropped so the word stays whole.
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const APOSTROPHES = /['\u2019]/g;
const MARK = /\p{M}/gu;
// eslint-disable-next-line no-control-regex -- the ASCII range is what is tested
const NON_ASCII = /[^\u0000-\u007f]/;

/** Lower-cased words with accents folded, so "Valparaiso" finds "Valparaíso". */
export function searchTerms(text: string): string[] {
  const words = text.toLowerCase().replace(APOSTROPHES, '').match(WORD) ?? [];
  const terms: string[] = [];
  for (const word of words) {
    const term = NON_ASCII.test(word) ? word.normalize('NFD').replace(MARK, '') : word;
    // A lone Latin letter ("U.S." → u, s) is noise; a lone CJK character is a word.
    if (term === '' || STOP_WORDS.has(term) || (term.length === 1 && term < '\u0080')) continue;
    terms.push(term);
  }
  return terms;
}

const OPTIONS: Options<SearchDoc> = {
  fields: FIELDS,
  storeFields: [],
  tokenize: searchTerms,
  // searchTerms already did the work; MiniSearch's default would lower-case every term again.
  processTerm: (term) => term,
};

const SEARCH: SearchOptions = {
  boost: { headline: 3, standfirst: 1.5, tags: 1.5, people: 1.2 },
  combineWith: 'AND',
  // Search as you type: the word being typed (the last), from three letters, also finds
  // longer words it begins; the words before it are whole.
  prefix: (term, position, terms) => position === terms.length - 1 && term.length >= 3,
  // One slip in five letters, two in ten: typos and variant spellings of names. Shorter
  // words are left exact: one slip from "tank" is "bank", "talk" and "task".
  fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
  maxFuzzy: 2,
};

/** The full-text index of the library (MiniSearch), with the version of each story it holds. */
export interface LibrarySearch {
  /** Adds or replaces a story's text; `version` says which file it was read from (null: unknown). */
  put(id: string, text: StorySearchText, version: string | null): void;
  remove(id: string): void;
  /** Records which file a story's indexed text came from, once that is known. */
  retag(id: string, version: string): void;
  /** The version a story was indexed at; undefined when it is not indexed. */
  versionOf(id: string): string | null | undefined;
  /** The ids of every story indexed. */
  ids(): string[];
  /** Ids of the stories that hold every word of `query`, best match first. */
  search(query: string): string[];
  /** The index as a file (see loadLibrarySearch). */
  serialize(): Uint8Array;
}

function wrap(index: MiniSearch<SearchDoc>, versions: Map<string, string | null>): LibrarySearch {
  return {
    put(id, text, version) {
      const doc = { id, ...text };
      if (index.has(id)) index.replace(doc);
      else index.add(doc);
      versions.set(id, version);
    },
    remove(id) {
      if (index.has(id)) index.discard(id);
      versions.delete(id);
    },
    retag(id, version) {
      if (versions.has(id)) versions.set(id, version);
    },
    versionOf: (id) => versions.get(id),
    ids: () => [...versions.keys()],
    search(query) {
      const results = index.search(query, SEARCH);
      // MiniSearch orders by score. Equal scores go in id order, so two identical
      // searches list alike (also after a restart); sorting again is rarely needed.
      const rank = (at: number) => Math.round(results[at]!.score * 1e6);
      if (results.some((_, at) => at > 0 && rank(at) === rank(at - 1))) {
        const ranked = results.map((result, at) => ({ id: result.id as string, rank: rank(at) }));
        ranked.sort((a, b) => b.rank - a.rank || (a.id < b.id ? -1 : 1));
        return ranked.map((result) => result.id);
      }
      return results.map((result) => result.id as string);
    },
    serialize: () => writeSnapshot(index, versions),
  };
}

/** An empty search index. */
export function createLibrarySearch(): LibrarySearch {
  return wrap(new MiniSearch(OPTIONS), new Map());
}

/**
 * The search index from a file serialize() wrote; null when the file is
 * damaged (its checksum or shape is wrong) or of another format, so the caller rebuilds.
 */
export async function loadLibrarySearch(file: Buffer): Promise<LibrarySearch | null> {
  const read = await readSnapshot(file, OPTIONS).catch(() => null);
  return read && wrap(read.index, read.versions);
}
