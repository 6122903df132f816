// `npm run bench -- --only=library`: the library index on a generated library of
// 10,000 stories on disk (build, start, list, search), printed as a Markdown table.
// Options: --stories=N (default 10000), --dir=PATH to keep the library (default: a temp folder).
import { storyReader } from '../electron/library/library-services';
import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  INDEX_FILE,
  openLibraryIndex,
  SEARCH_FILE,
  type LibraryIndex,
} from '../electron/library/library-index';
import { openStoryLibrary } from '../electron/library/story-library';
import type { Block, Story } from '../shared/story/story';
import { StorySchema } from '../shared/story/story-schema';

const option = (name: string, fallback: string) =>
  process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const STORIES = Number(option('stories', '10000'));
const RUNS = 50;
const log = (message: string) => process.stderr.write(`${message}\n`);

/** mulberry32: the same library on every run. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FUNCTION_WORDS = (
  'the of and to a in that is was he for it with as his on be at by had are but from or have ' +
  'an they which one you were her all she there would their we him been has when who will more ' +
  'no if out so said what up its about into than them can only other new some could time these ' +
  'two may then do first any now such like our over after also did many before must through ' +
  'back years where much way well down should because each just those people how too state ' +
  'good very make world still own see work long get here between both life being under never'
).split(' ');
// Syllables as English builds them (onset, vowel, coda), so made-up words share
// prefixes and near spellings about as often as real ones: prefix and fuzzy
// search cost what they would on real copy.
const SYLLABLES = 'b c d f g h j k l m n p r s t v w br ch cl dr gr pl pr sh st th tr'
  .split(' ')
  .flatMap((onset) => 'a e i o u ai ea ou'.split(' ').map((vowel) => onset + vowel))
  .flatMap((open) =>
    ['', 'n', 'r', 's', 't', 'l', 'm', 'nd', 'st', 'ck'].map((coda) => open + coda),
  );

/**
 * Stories with the shape of news copy: a vocabulary of 60,000 made-up words
 * drawn with Zipf frequencies (so a library of 10,000 stories has the tens of
 * thousands of distinct words real copy has), 300–1,500 body words each.
 */
function storyMaker(seed: number) {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  const vocabulary = new Set<string>();
  while (vocabulary.size < 60_000) {
    let word = '';
    for (let i = 1 + Math.floor(random() * 3); i > 0; i -= 1) word += pick(SYLLABLES);
    vocabulary.add(word);
  }
  const words = [...vocabulary];
  const logN = Math.log(words.length);
  // rank = e^(u·ln N): P(rank) ∝ 1/rank, as in text.
  const content = () => words[Math.floor(Math.exp(random() * logN)) - 1] as string;
  const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
  const text = (count: number) => {
    const sentences: string[] = [];
    for (let left = count; left > 0;) {
      const length = Math.min(left, 8 + Math.floor(random() * 18));
      const sentence = Array.from({ length }, () =>
        random() < 0.45 ? pick(FUNCTION_WORDS) : content(),
      );
      sentences.push(`${capital(sentence.join(' '))}.`);
      left -= length;
    }
    return sentences.join(' ');
  };
  const names = Array.from({ length: 300 }, () => `${capital(content())} ${capital(content())}`);
  const desks = ['News', 'Politics', 'Business', 'Sport', 'Culture', 'World', 'Science'];
  const tags = Array.from({ length: 120 }, content);
  const statuses = ['draft', 'subbing', 'ready'] as const;
  const start = Date.UTC(2024, 0, 1);
  const ranks = new Map(words.map((word, rank) => [word, rank]));
  const make = (): Story => {
    const target = 300 + Math.floor(random() * 1_200);
    const body: Block[] = [];
    for (let count = 0; count < target;) {
      if (body.length > 0 && random() < 0.08) {
        body.push({ type: 'subhead', level: 2, content: [{ text: text(4).slice(0, -1) }] });
        continue;
      }
      const length = Math.min(target - count, 40 + Math.floor(random() * 60));
      body.push({ type: 'paragraph', content: [{ text: text(length) }] });
      count += length;
    }
    const created = start + Math.floor(random() * 700 * 86_400_000);
    return {
      schemaVersion: 3,
      id: randomUUID(),
      headline: text(6 + Math.floor(random() * 8)).slice(0, -1),
      standfirst: [{ text: text(18 + Math.floor(random() * 18)) }],
      bylines: [`By ${pick(names)}`],
      body,
      slug: '',
      status: pick(statuses),
      desk: pick(desks),
      tags: [...new Set(Array.from({ length: Math.floor(random() * 4) }, () => pick(tags)))],
      language: 'en',
      authors: [],
      createdAt: new Date(created).toISOString(),
      updatedAt: new Date(created + Math.floor(random() * 3 * 86_400_000)).toISOString(),
    };
  };
  /** How rare a word is: its rank in the vocabulary (function words count as common). */
  const rarity = (word: string) => ranks.get(word) ?? -1;
  return { make, rarity };
}

/** Writes the library straight to disk, 64 files at a time; answers a sample of stories. */
async function generate(root: string) {
  const { make, rarity } = storyMaker(2026);
  const sample: Story[] = [];
  let written = 0;
  const worker = async () => {
    while (written < STORIES) {
      written += 1;
      const story = make();
      if (sample.length < 200) sample.push(StorySchema.parse(story));
      await fs.mkdir(path.join(root, story.id));
      await fs.writeFile(path.join(root, story.id, 'story.json'), JSON.stringify(story, null, 2));
    }
  };
  await Promise.all(Array.from({ length: 64 }, worker));
  return { sample, rarity };
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};

async function time<T>(task: () => T | Promise<T>): Promise<[number, T]> {
  const started = performance.now();
  const result = await task();
  return [performance.now() - started, result];
}

async function opened(root: string) {
  const index = openLibraryIndex(root, { readStory: storyReader(openStoryLibrary(root)) });
  const [list] = await time(() => index.ready());
  const [search] = await time(() => index.searchReady());
  return { index, list, all: list + search };
}

type Row = [what: string, median: number, p95: number | null, target: string];
const stats = (what: string, times: number[], target = ''): Row => [
  what,
  percentile(times, 50),
  percentile(times, 95),
  target,
];

/** From no index files at all: every story.json read, every word indexed, then written. */
async function measureBuild(root: string): Promise<Row[]> {
  const built = await opened(root);
  const [flushed] = await time(() => built.index.flush());
  return [
    ['Build from scratch: list ready (reads every story.json)', built.list, null, ''],
    ['Build from scratch: full-text search ready', built.all, null, ''],
    ['Flush after the build (the search file is being written)', flushed, null, ''],
  ];
}

/** A start with the index files in place, three times; answers the last index. */
async function measureStart(root: string): Promise<[Row[], LibraryIndex]> {
  const list: number[] = [];
  const all: number[] = [];
  let index: LibraryIndex | undefined;
  for (let run = 0; run < 3; run += 1) {
    const start = await opened(root);
    list.push(start.list);
    all.push(start.all);
    index = start.index;
  }
  const rows: Row[] = [
    ['Start from the files: list ready (median of 3)', percentile(list, 50), null, ''],
    ['Start from the files: search ready (median of 3)', percentile(all, 50), null, ''],
  ];
  return [rows, index!];
}

async function measureList(index: LibraryIndex, sample: Story[]): Promise<Row[]> {
  const save: number[] = [];
  const list: number[] = [];
  const copied: number[] = [];
  const filtered: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    // A save before each list, so every list sorts afresh, as after an autosave.
    const story = { ...sample[run % sample.length]!, updatedAt: new Date().toISOString() };
    save.push((await time(() => index.update(story)))[0]);
    const [listed, all] = await time(() => index.query({}));
    if (all.length !== STORIES) throw new Error(`listed ${all.length} of ${STORIES}`);
    list.push(listed);
    copied.push(listed + (await time(() => structuredClone(all)))[0]);
    const request = { status: 'draft', desk: 'Sport', sort: 'status' } as const;
    filtered.push((await time(() => index.query(request)))[0]);
  }
  return [
    stats('Index update on a save (main)', save),
    stats(`List all ${STORIES.toLocaleString('en')}, newest first`, list, '< 100'),
    stats('List + copy for the window (structured clone)', copied, '< 100'),
    stats('List by status, filtered by status and desk', filtered, '< 100'),
  ];
}

/** Words and 3-word phrases taken from the body of a random story, which must be found. */
/**
 * Searches for words of a random story's body, which must find it: any word
 * (most are common: thousands of matches), its rarest word (as a name or a
 * place is), and three words in a row.
 */
async function measureSearch(
  index: LibraryIndex,
  sample: Story[],
  rarity: (word: string) => number,
): Promise<Row[]> {
  const random = prng(7);
  const clean = (word: string) => word.replace(/\W/g, '').toLowerCase();
  // "the" alone finds nothing (too common to index): single words are real ones.
  const real = (words: string[]) => words.filter((word) => !FUNCTION_WORDS.includes(word));
  const pickers: [string, (words: string[]) => string][] = [
    ['any word', (words) => real(words)[Math.floor(random() * real(words).length)]!],
    ['its rarest word', (words) => real(words).reduce((a, b) => (rarity(b) > rarity(a) ? b : a))],
    [
      'three words in a row',
      (words) => {
        const at = Math.floor(random() * (words.length - 3));
        return words.slice(at, at + 3).join(' ');
      },
    ],
  ];
  const rows: Row[] = [];
  for (const [label, pick] of pickers) {
    const times: number[] = [];
    let matches = 0;
    for (let run = 0; run < RUNS; run += 1) {
      const story = sample[Math.floor(random() * sample.length)]!;
      const words = story.body
        .flatMap((block) => (block.type === 'paragraph' ? block.content[0]!.text.split(' ') : []))
        .map(clean);
      const query = pick(words);
      const [took, found] = await time(() => index.query({ query }));
      if (!found.some((summary) => summary.id === story.id)) throw new Error(`"${query}" missed`);
      times.push(took);
      matches += found.length;
    }
    const average = Math.round(matches / RUNS).toLocaleString('en');
    rows.push(stats(`Search: ${label} of a story (${average} matches on average)`, times, '< 20'));
  }
  return rows;
}

async function main() {
  const keep = option('dir', '');
  const root = keep || (await fs.mkdtemp(path.join(os.tmpdir(), 'newsdesk-library-bench-')));
  try {
    await fs.mkdir(root, { recursive: true });
    for (const file of [INDEX_FILE, SEARCH_FILE])
      await fs.rm(path.join(root, file), { force: true });
    log(`bench: writing ${STORIES.toLocaleString('en')} stories to ${root}…`);
    const [generated, { sample, rarity }] = await time(() => generate(root));
    log(`bench: written in ${(generated / 1000).toFixed(1)} s; building the index…`);
    const heapUsed = () => {
      (globalThis as { gc?: () => void }).gc?.();
      return process.memoryUsage().heapUsed;
    };
    const heapBefore = heapUsed();
    const rows = await measureBuild(root);
    const sizes = await Promise.all(
      [INDEX_FILE, SEARCH_FILE].map(async (file) => (await fs.stat(path.join(root, file))).size),
    );
    log('bench: starting from the index files…');
    const [startRows, index] = await measureStart(root);
    const heap = heapUsed() - heapBefore;
    rows.push(...startRows, ...(await measureList(index, sample)));
    rows.push(...(await measureSearch(index, sample, rarity)));
    const [flushed] = await time(() => index.flush());
    rows.push(['Flush after those saves (index and search files)', flushed, null, '']);

    const ms = (value: number | null) => (value === null ? '' : value.toFixed(1));
    const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
    console.log(
      `Library index, ${STORIES.toLocaleString('en')} generated stories ` +
        `(${os.cpus().length} cores, Node ${process.versions.node}); times in ms, ${RUNS} runs each.\n`,
    );
    console.log('| Measure | Median | p95 | Target |\n| --- | ---: | ---: | ---: |');
    for (const [what, median, p95, target] of rows) {
      console.log(`| ${what} | ${ms(median)} | ${ms(p95)} | ${target} |`);
    }
    console.log(
      `\nFiles: ${INDEX_FILE} ${mb(sizes[0]!)}, ${SEARCH_FILE} ${mb(sizes[1]!)}. ` +
        `The index in memory (heap): ${mb(heap)}. Library written in ${(generated / 1000).toFixed(1)} s.`,
    );
  } finally {
    if (!keep) await fs.rm(root, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`library bench failed: ${error instanceof Error ? error.stack : String(error)}`);
  process.exitCode = 1;
});
