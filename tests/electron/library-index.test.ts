// The library index on real story folders in a temp folder: built when missing,
// damaged or stale, kept current by saves, filtered, sorted and searched.
import { storyReader } from '../../electron/library/library-services';
import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rename, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  INDEX_FILE,
  openLibraryIndex,
  SEARCH_FILE,
  type LibraryIndex,
} from '../../electron/library/library-index';
import { createLibrarySearch, loadLibrarySearch } from '../../electron/library/library-search';
import { openStoryLibrary } from '../../electron/library/story-library';
import type { Block, Story } from '../../shared/story/story';
import { createEmptyStory } from '../../shared/story/story-create';

let root: string;
let reads: string[];
let opened: LibraryIndex[];

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'newsdesk-index-'));
  reads = [];
  opened = [];
});
afterEach(async () => {
  await Promise.all(opened.map((index) => index.flush()));
  await rm(root, { recursive: true, force: true });
});

/** An index as main opens it, counting the stories it reads. */
function openIndex(): LibraryIndex {
  const read = storyReader(openStoryLibrary(root));
  const index = openLibraryIndex(root, {
    readStory: (id) => {
      reads.push(id);
      return read(id);
    },
    persistDelayMs: 10_000,
  });
  opened.push(index);
  return index;
}

async function ready(index = openIndex()): Promise<LibraryIndex> {
  const loaded = await index.ready();
  if (!loaded.ok) throw new Error(loaded.error.message);
  await index.searchReady();
  return index;
}

const paragraphs = (...texts: string[]): Block[] =>
  texts.map((text) => ({ type: 'paragraph', content: [{ text }] }));

function makeStory(fields: Partial<Story> & { updatedAt: string }): Story {
  return { ...createEmptyStory(randomUUID(), new Date(fields.updatedAt)), ...fields };
}

/** Writes story.json straight to disk, as a save (or another program) leaves it. */
async function put(story: Story): Promise<Story> {
  await mkdir(path.join(root, story.id), { recursive: true });
  await writeFile(path.join(root, story.id, 'story.json'), JSON.stringify(story, null, 2));
  return story;
}

const headlines = (index: LibraryIndex, request: Parameters<LibraryIndex['query']>[0] = {}) =>
  index.query(request).map((summary) => summary.headline);

describe('building the index', () => {
  it('reads every story when there is no index file, and lists them newest first', async () => {
    const old = await put(makeStory({ headline: 'Old', updatedAt: '2026-01-01T09:00:00.000Z' }));
    const recent = await put(
      makeStory({
        headline: 'Recent',
        status: 'subbing',
        desk: 'Politics',
        body: paragraphs('Three words here.'),
        updatedAt: '2026-03-01T09:00:00.000Z',
      }),
    );
    const index = await ready();
    expect(index.query({})).toEqual([
      {
        id: recent.id,
        headline: 'Recent',
        status: 'subbing',
        desk: 'Politics',
        updatedAt: '2026-03-01T09:00:00.000Z',
        words: 3,
      },
      {
        id: old.id,
        headline: 'Old',
        status: 'draft',
        desk: '',
        updatedAt: '2026-01-01T09:00:00.000Z',
        words: 0,
      },
    ]);
    expect(reads.sort()).toEqual([old.id, recent.id].sort());
  });

  it('starts from the index files without reading any story', async () => {
    await put(
      makeStory({
        headline: 'Kept',
        body: paragraphs('harbour'),
        updatedAt: '2026-01-01T09:00:00.000Z',
      }),
    );
    await (await ready()).flush();
    reads = [];
    const again = await ready();
    expect(headlines(again)).toEqual(['Kept']);
    expect(headlines(again, { query: 'harbour' })).toEqual(['Kept']);
    expect(reads).toEqual([]);
  });

  it('rebuilds from the folders when the index file is damaged or of another version', async () => {
    const story = await put(
      makeStory({ headline: 'Survivor', updatedAt: '2026-01-01T09:00:00.000Z' }),
    );
    for (const damage of [
      '{"format":"newsdesk-index","version":1,"stories":[{"id":"../../etc","summary":null,"file":"1:1"}]}',
      '{"format":"newsdesk-index","version":99,"stories":[]}',
      '\u0000\u0000\u0000',
      '{"format":"newsdesk-index","version":1,"stor',
    ]) {
      await writeFile(path.join(root, INDEX_FILE), damage);
      await writeFile(path.join(root, SEARCH_FILE), damage);
      reads = [];
      const index = await ready();
      expect(headlines(index), damage).toEqual(['Survivor']);
      expect(headlines(index, { query: 'survivor' })).toEqual(['Survivor']);
      expect(reads).toContain(story.id);
    }
  });

  it('notices stories added, removed or changed on disk since the index was written', async () => {
    const kept = await put(makeStory({ headline: 'Kept', updatedAt: '2026-01-01T09:00:00.000Z' }));
    const gone = await put(makeStory({ headline: 'Gone', updatedAt: '2026-01-02T09:00:00.000Z' }));
    const edited = await put(
      makeStory({ headline: 'Before', updatedAt: '2026-01-03T09:00:00.000Z' }),
    );
    await (await ready()).flush();

    await rm(path.join(root, gone.id), { recursive: true });
    const added = await put(
      makeStory({ headline: 'Added', updatedAt: '2026-01-04T09:00:00.000Z' }),
    );
    await put({ ...edited, headline: 'After', body: paragraphs('flotilla') });
    // Another program's write can keep the size and land within the same clock tick.
    await utimes(
      path.join(root, edited.id, 'story.json'),
      new Date(),
      new Date(Date.now() + 5_000),
    );
    reads = [];
    const index = await ready();
    expect(headlines(index)).toEqual(['Added', 'After', 'Kept']);
    expect(reads.sort()).toEqual([added.id, edited.id].sort());
    expect(headlines(index, { query: 'flotilla' })).toEqual(['After']);
    expect(headlines(index, { query: 'gone' })).toEqual([]);
    expect(kept.id).toBeDefined();
  });

  it('leaves out a damaged story.json without losing the others, and does not reread it', async () => {
    await put(makeStory({ headline: 'Fine', updatedAt: '2026-01-01T09:00:00.000Z' }));
    const damaged = randomUUID();
    await mkdir(path.join(root, damaged));
    await writeFile(path.join(root, damaged, 'story.json'), '{"schemaVersion": 2, "headl');
    await mkdir(path.join(root, 'not-a-story'));
    await writeFile(path.join(root, 'stray.txt'), 'hello');
    const index = await ready();
    expect(headlines(index)).toEqual(['Fine']);
    await index.flush();
    reads = [];
    expect(headlines(await ready())).toEqual(['Fine']);
    expect(reads).toEqual([]);
  });

  it('answers an error in plain words when the library folder cannot be read, and retries', async () => {
    const file = path.join(root, 'library');
    await writeFile(file, 'a file where the library folder should be');
    const index = openLibraryIndex(file, { readStory: async () => null });
    expect(await index.ready()).toEqual({
      ok: false,
      error: {
        code: 'io',
        message: 'The library folder cannot be read: a file stands where a folder should be.',
      },
    });
    await rm(file);
    expect(await index.ready()).toEqual({ ok: true, value: undefined });
    expect(index.query({})).toEqual([]);
  });
});

describe('keeping the index current', () => {
  it('takes a save at once, and the next start trusts what it wrote', async () => {
    const library = openStoryLibrary(root);
    const created = await library.create();
    if (!created.ok) throw new Error(created.error.message);
    const index = await ready();
    const story = { ...created.value, headline: 'Ferry strike ends', status: 'ready' as const };
    const saved = await library.save({ ...story, body: paragraphs('Crews voted on Tuesday.') });
    if (!saved.ok) throw new Error(saved.error.message);
    index.update({ ...story, body: paragraphs('Crews voted on Tuesday.'), ...saved.value });
    expect(index.query({ status: 'ready' })).toMatchObject([
      { headline: 'Ferry strike ends', words: 4, updatedAt: saved.value.updatedAt },
    ]);
    expect(headlines(index, { query: 'crews' })).toEqual(['Ferry strike ends']);
    await index.flush();
    reads = [];
    const again = await ready();
    expect(headlines(again, { query: 'tuesday' })).toEqual(['Ferry strike ends']);
    expect(reads).toEqual([]);
  });

  it('keeps a save that arrives while the index is still being built', async () => {
    const story = await put(
      makeStory({ headline: 'Draft one', updatedAt: '2026-01-01T09:00:00.000Z' }),
    );
    const index = openIndex();
    const loading = index.ready();
    index.update({ ...story, headline: 'Draft two', updatedAt: '2026-01-02T09:00:00.000Z' });
    await loading;
    await index.searchReady();
    expect(headlines(index)).toEqual(['Draft two']);
    expect(headlines(index, { query: 'two' })).toEqual(['Draft two']);
  });

  it('notices, at the next list, story folders added or removed while it runs', async () => {
    const kept = await put(makeStory({ headline: 'Kept', updatedAt: '2026-01-01T09:00:00.000Z' }));
    const gone = await put(makeStory({ headline: 'Gone', updatedAt: '2026-01-02T09:00:00.000Z' }));
    const index = await ready();
    await rm(path.join(root, gone.id), { recursive: true });
    await put(makeStory({ headline: 'Synced in', updatedAt: '2026-01-03T09:00:00.000Z' }));
    expect(headlines(index)).toEqual(['Gone', 'Kept']);
    expect(await index.ready()).toEqual({ ok: true, value: undefined });
    expect(headlines(index)).toEqual(['Synced in', 'Kept']);
    expect(headlines(index, { query: 'synced' })).toEqual(['Synced in']);
    expect(kept.id).toBeDefined();

    await rm(root, { recursive: true });
    await writeFile(root, 'a file where the library folder should be');
    expect(await index.ready()).toMatchObject({ ok: false, error: { code: 'io' } });
    await rm(root);
    await mkdir(root);
  });

  it('finds stories in folders named "<slug>--<id>", also after a rename', async () => {
    const story = makeStory({
      headline: 'Named',
      slug: 'named',
      updatedAt: '2026-01-01T09:00:00.000Z',
    });
    await mkdir(path.join(root, `named--${story.id}`));
    await writeFile(path.join(root, `named--${story.id}`, 'story.json'), JSON.stringify(story));
    await mkdir(path.join(root, `named--${story.id}-not-a-story`));
    const index = await ready();
    expect(headlines(index)).toEqual(['Named']);
    await rename(path.join(root, `named--${story.id}`), path.join(root, `renamed--${story.id}`));
    index.update({ ...story, headline: 'Renamed', slug: 'renamed' });
    await index.flush();
    reads = [];
    expect(headlines(await ready())).toEqual(['Renamed']);
    expect(reads).toEqual([]);
  });

  it('forgets a removed story', async () => {
    const story = await put(
      makeStory({ headline: 'Spiked', updatedAt: '2026-01-01T09:00:00.000Z' }),
    );
    const index = await ready();
    index.remove(story.id);
    expect(index.query({})).toEqual([]);
    expect(index.query({ query: 'spiked' })).toEqual([]);
  });

  it('writes the index file once after a burst of saves, not once per save', async () => {
    const index = openLibraryIndex(root, { readStory: async () => null, persistDelayMs: 30 });
    await index.ready();
    const story = makeStory({ headline: 'One', updatedAt: '2026-01-01T09:00:00.000Z' });
    for (let i = 0; i < 5; i += 1) index.update({ ...story, headline: `Take ${i}` });
    await expect(readFile(path.join(root, INDEX_FILE), 'utf8')).rejects.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const file = JSON.parse(await readFile(path.join(root, INDEX_FILE), 'utf8'));
    expect(file.stories).toMatchObject([{ id: story.id, summary: { headline: 'Take 4' } }]);
  });
});

describe('filters and order', () => {
  let index: LibraryIndex;
  beforeEach(async () => {
    const at = (day: number) => `2026-02-0${day}T10:00:00.000Z`;
    await put(makeStory({ headline: 'A', status: 'ready', desk: 'Sport', updatedAt: at(5) }));
    await put(makeStory({ headline: 'B', status: 'draft', desk: 'Politics', updatedAt: at(4) }));
    await put(makeStory({ headline: 'C', status: 'subbing', desk: 'Sport', updatedAt: at(3) }));
    await put(makeStory({ headline: 'D', status: 'draft', desk: '', updatedAt: at(2) }));
    await put(makeStory({ headline: 'E', status: 'ready', desk: 'Politics', updatedAt: at(1) }));
    index = await ready();
  });

  it('sorts newest first, or by status (draft, subbing, ready) then newest first', () => {
    expect(headlines(index)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(headlines(index, { sort: 'status' })).toEqual(['B', 'D', 'C', 'A', 'E']);
  });

  it('filters by status and desk exactly; an empty desk means no desk', () => {
    expect(headlines(index, { status: 'draft' })).toEqual(['B', 'D']);
    expect(headlines(index, { desk: 'Sport' })).toEqual(['A', 'C']);
    expect(headlines(index, { desk: 'sport' })).toEqual([]);
    expect(headlines(index, { desk: '' })).toEqual(['D']);
    expect(headlines(index, { status: 'ready', desk: 'Politics', sort: 'status' })).toEqual(['E']);
  });

  it('lists the desks for the filter menu', () => {
    expect(index.desks()).toEqual(['Politics', 'Sport']);
  });
});

describe('full-text search', () => {
  let index: LibraryIndex;
  beforeEach(async () => {
    const at = '2026-03-01T10:00:00.000Z';
    await put(
      makeStory({
        headline: 'Turkish tanks cross Syrian border',
        standfirst: [{ text: 'An offensive against IS fighters.' }],
        bylines: ['By Jane Doe'],
        tags: ['syria'],
        body: paragraphs('Armoured columns moved at dawn near Jarablus.'),
        updatedAt: '2026-01-01T10:00:00.000Z',
      }),
    );
    await put(
      makeStory({
        headline: 'Farm prices',
        desk: 'Business',
        body: [
          ...paragraphs('A dealer sold old tanks and tractors at the fair in Valparaíso.'),
          {
            type: 'figure',
            image: {
              src: `assets/${'a'.repeat(64)}.jpg`,
              alt: 'A red tractor',
              width: 4,
              height: 3,
            },
            caption: [{ text: 'Bidding for the combine harvester.' }],
            credit: 'Reuters',
          },
        ],
        updatedAt: at,
      }),
    );
    await put(
      makeStory({
        headline: 'Council budget',
        body: paragraphs('The minister\u2019s plan was cut.'),
        updatedAt: at,
      }),
    );
    index = await ready();
  });

  it('ranks a headline match above a body match', () => {
    expect(headlines(index, { query: 'tanks' })).toEqual([
      'Turkish tanks cross Syrian border',
      'Farm prices',
    ]);
  });

  it('finds body words, captions, credits, bylines, tags and the standfirst', () => {
    for (const word of ['jarablus', 'harvester', 'reuters', 'doe', 'syria', 'offensive']) {
      expect(headlines(index, { query: word }).length, word).toBeGreaterThan(0);
    }
    expect(headlines(index, { query: 'harvester' })).toEqual(['Farm prices']);
  });

  it('matches a word being typed, a slip of the keys, accents and case', () => {
    expect(headlines(index, { query: 'Jarab' })).toEqual(['Turkish tanks cross Syrian border']);
    expect(headlines(index, { query: 'tractros' })).toEqual(['Farm prices']);
    expect(headlines(index, { query: 'valparaiso' })).toEqual(['Farm prices']);
    expect(headlines(index, { query: 'MINISTER' })).toEqual(['Council budget']);
  });

  it('needs every word of a phrase, and ignores words too common to search', () => {
    expect(headlines(index, { query: 'the old tanks' })).toEqual(['Farm prices']);
    expect(headlines(index, { query: 'tanks budget' })).toEqual([]);
  });

  it('combines a search with the filters', () => {
    expect(headlines(index, { query: 'tanks', desk: 'Business' })).toEqual(['Farm prices']);
    expect(headlines(index, { query: 'tanks', status: 'ready' })).toEqual([]);
  });
});

describe('the saved search index', () => {
  const text = (words: string) => ({
    headline: '',
    standfirst: '',
    people: '',
    body: words,
    tags: '',
  });
  const ids = Array.from({ length: 40 }, () => randomUUID());
  function filled() {
    const search = createLibrarySearch();
    ids.forEach((id, n) =>
      search.put(id, text(`story${n} harbour ${n % 2 ? 'ferry' : 'strike'}`), `v${n}`),
    );
    search.remove(ids[3]!);
    search.put(ids[4]!, text('replaced entirely'), 'v4b');
    return search;
  }

  it('answers exactly as the index it was written from (MiniSearch internals unchanged)', async () => {
    const search = filled();
    const loaded = await loadLibrarySearch(Buffer.from(search.serialize()));
    expect(loaded).not.toBeNull();
    for (const query of [
      'harbour',
      'ferry',
      'strike',
      'story1',
      'story3',
      'harb',
      'fery',
      'replaced',
    ]) {
      expect(loaded!.search(query), query).toEqual(search.search(query));
    }
    expect(loaded!.versionOf(ids[4]!)).toBe('v4b');
    expect(loaded!.ids().sort()).toEqual(search.ids().sort());
    // And it keeps working as an index: a story added after loading is found.
    loaded!.put(ids[3]!, text('lighthouse'), 'v3b');
    expect(loaded!.search('lighthouse')).toEqual([ids[3]]);
  });

  it('refuses a file with a changed byte, a cut end or another format', async () => {
    const file = Buffer.from(filled().serialize());
    const flipped = Buffer.from(file);
    flipped[file.length - 5] = flipped[file.length - 5]! ^ 1;
    for (const damaged of [flipped, file.subarray(0, file.length - 8), Buffer.from('{"a":1}\n')]) {
      expect(await loadLibrarySearch(damaged)).toBeNull();
    }
  });
});
