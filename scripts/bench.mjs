// `npm run bench`: keystroke latency of plain Lexical vs Newsdesk's StoryEditor
// in Chromium, printed as a Markdown table. See bench/ for the page it drives.
// Options: --keys=N measured keystrokes per cell (default 200), --sizes=1000,10000,
// --only=typing|library|export (one section; the others are described where they start).
// `window` appears only inside page.evaluate callbacks, which run in the page.
/* global window */
import { chromium } from '@playwright/test';
import { promises as fs } from 'node:fs';
import http from 'node:http';
import zlib from 'node:zlib';
import { Buffer } from 'node:buffer';
import path from 'node:path';
import { URL, fileURLToPath } from 'node:url';
import { build } from 'vite';
import { exportBench, libraryBench } from './bench-library-export.mjs';
import { storageBench } from './bench-storage.mjs';
import { pasteBench } from './bench-paste.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = path.join(root, 'dist/bench');
const option = (name, fallback) =>
  process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;

const SIZES = option('sizes', '1000,10000,50000').split(',').map(Number);
const POSITIONS = ['end', 'middle'];
const EDITORS = ['plain', 'newsdesk'];
const WARMUP = 20;
const MEASURED = Number(option('keys', '200'));
// The measured keystrokes go in rounds, alternating the editors, so a burst of
// load from elsewhere on the machine does not fall on one editor only.
const ROUNDS = 10;
const TARGET = { words: 10000, ratio: 1.1 };
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
// Pauses after each keystroke's frame, spread over one 60 Hz frame and the
// same for both editors: keys sent right after a frame would otherwise all wait
// ~16 ms for the next one, and "frame" would measure the vsync, not the editor.
const PAUSES = Array.from({ length: 17 }, (_, index) => (index * 7) % 17);
const SENTENCE = 'officials said the talks would resume next week, according to two people. ';

const log = (message) => process.stderr.write(`${message}\n`);

/** A small grey PNG, made here (valid CRCs), that every figure of the generated stories shows. */
function makePhoto(width = 64, height = 40) {
  const chunk = (type, data) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(Buffer.concat([Buffer.from(type), data])));
    return Buffer.concat([length, Buffer.from(type), data, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0x9a)]);
  const pixels = zlib.deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', pixels),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
const PHOTO = makePhoto();

/** Serves dist/bench on 127.0.0.1, and a picture for every figure. */
async function serve() {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
  const server = http.createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    // Figures show a picture, as in real use (one small PNG for every asset).
    if (pathname.startsWith('/story-assets/')) {
      return void response.writeHead(200, { 'Content-Type': 'image/png' }).end(PHOTO);
    }
    const file = path.join(outDir, pathname === '/' ? 'index.html' : decodeURIComponent(pathname));
    const body = file.startsWith(outDir + path.sep)
      ? await fs.readFile(file).catch(() => null)
      : null;
    if (!body) return void response.writeHead(404).end('Not found');
    const type = types[path.extname(file)] ?? 'application/octet-stream';
    response.writeHead(200, { 'Content-Type': type }).end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, server };
}

/** Opens one editor on a generated story; fails on any page error. */
async function openEditor(context, origin, editor, words) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') {
      errors.push(message.text());
    }
  });
  await page.goto(`${origin}/?editor=${editor}&words=${words}`);
  await page.waitForFunction(() => window.__bench || window.__benchError, null, {
    timeout: 120_000,
  });
  const failure = await page.evaluate(() => window.__benchError);
  if (failure) throw new Error(`${editor}, ${words} words: ${failure}`);
  return { editor, page, errors, samples: [] };
}

/** A real click into the target paragraph, then the exact caret position. */
async function placeCaret({ page }, position) {
  await page.bringToFront();
  const point = await page.evaluate((where) => window.__bench.target(where), position);
  await page.mouse.click(point.x, point.y);
  await page.evaluate((where) => window.__bench.placeCaret(where), position);
}

/** Types `text` one real keystroke at a time, each measured to its frame. */
async function typeMeasured(run, text) {
  await run.page.bringToFront();
  for (const [index, char] of [...text].entries()) {
    await run.page.keyboard.type(char);
    await run.page.evaluate((pause) => window.__bench.settle(pause), PAUSES[index % PAUSES.length]);
  }
  if (run.errors.length > 0) throw new Error(`${run.editor}: ${run.errors.join('; ')}`);
  return run.page.evaluate(() => window.__bench.take());
}

async function measureCell(context, origin, words, position) {
  const runs = [];
  for (const editor of EDITORS) runs.push(await openEditor(context, origin, editor, words));
  const typed = SENTENCE.repeat(Math.ceil((WARMUP + MEASURED) / SENTENCE.length)).slice(
    0,
    WARMUP + MEASURED,
  );
  for (const run of runs) {
    await placeCaret(run, position);
    await typeMeasured(run, typed.slice(0, WARMUP));
  }
  const perRound = Math.ceil(MEASURED / ROUNDS);
  for (let round = 0; round < ROUNDS; round += 1) {
    const chunk = typed.slice(WARMUP + round * perRound, WARMUP + (round + 1) * perRound);
    const order = round % 2 === 0 ? runs : [...runs].reverse();
    for (const run of order) run.samples.push(...(await typeMeasured(run, chunk)));
  }
  const result = {};
  for (const run of runs) {
    const text = await run.page.evaluate(() => window.__bench.targetText());
    if (!text.includes(typed)) {
      throw new Error(`${run.editor}, ${words} words, ${position}: the text did not land in place`);
    }
    if (run.samples.length !== MEASURED) {
      throw new Error(`${run.editor}: ${run.samples.length} samples, expected ${MEASURED}`);
    }
    result[run.editor] = run.samples;
    await run.page.close();
  }
  return result;
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** mulberry32: the bootstrap resamples the same way on every run. */
function prng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 90% bootstrap interval of p95(newsdesk) / p95(plain): how much of a ratio is noise. */
function ratioInterval(newsdesk, plain) {
  const random = prng(95);
  const resample = (values) => values.map(() => values[Math.floor(random() * values.length)]);
  const ratios = Array.from(
    { length: 1000 },
    () => percentile(resample(newsdesk), 95) / percentile(resample(plain), 95),
  );
  return [percentile(ratios, 5), percentile(ratios, 95)];
}

function table(cells) {
  const ms = (value) => value.toFixed(1);
  const lines = [
    '| Words | Caret | Latency | Plain median | Plain p95 | Newsdesk median | Newsdesk p95 | p95 ratio (90% CI) |',
    '| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  const rows = [];
  for (const { words, position, result } of cells) {
    for (const metric of ['update', 'frame']) {
      const plain = result.plain.map((sample) => sample[metric]);
      const newsdesk = result.newsdesk.map((sample) => sample[metric]);
      const ratio = percentile(newsdesk, 95) / percentile(plain, 95);
      const [low, high] = ratioInterval(newsdesk, plain);
      rows.push({ words, position, metric, ratio, low, high });
      lines.push(
        `| ${words.toLocaleString('en')} | ${position} | keydown → ${metric} | ` +
          `${ms(percentile(plain, 50))} | ${ms(percentile(plain, 95))} | ` +
          `${ms(percentile(newsdesk, 50))} | ${ms(percentile(newsdesk, 95))} | ` +
          `${ratio.toFixed(2)}× (${low.toFixed(2)}–${high.toFixed(2)}) |`,
      );
    }
  }
  return { markdown: lines.join('\n'), rows };
}

function verdict(rows) {
  const checked = rows.filter((row) => row.words === TARGET.words);
  if (checked.length === 0) return `Target not checked: no ${TARGET.words}-word run.`;
  const words = TARGET.words.toLocaleString('en');
  const goal = `Newsdesk p95 ≤ ${TARGET.ratio}× plain Lexical at ${words} words`;
  const name = (row) => `${row.position}/${row.metric} ${row.ratio.toFixed(2)}×`;
  // Judged on the ratios as printed (two decimals), so the verdict matches the table.
  const missed = checked.filter((row) => Number(row.ratio.toFixed(2)) > TARGET.ratio);
  const unsure = checked.filter((row) => row.low <= TARGET.ratio && row.high > TARGET.ratio);
  const result =
    missed.length === 0
      ? `**met** (${checked.length} rows)`
      : `**not met** (${missed.map(name).join(', ')})`;
  const noise =
    unsure.length === 0
      ? 'every 90% interval is clear of the line.'
      : `within noise for ${unsure.map(name).join(', ')}: the 90% interval straddles ` +
        `${TARGET.ratio}× (more keystrokes, --keys=1000, narrow it).`;
  return `Target "${goal}": ${result}; ${noise}`;
}

async function main() {
  const started = Date.now();
  log('bench: building the page…');
  await build({ configFile: path.join(root, 'bench/vite.config.ts') });
  const { origin, server } = await serve();
  const browser = await chromium.launch({
    executablePath: process.env.NEWSDESK_CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const cells = [];
    for (const words of SIZES) {
      for (const position of POSITIONS) {
        log(`bench: ${words} words, typing at the ${position}…`);
        cells.push({
          words,
          position,
          result: await measureCell(context, origin, words, position),
        });
      }
    }
    const { markdown, rows } = table(cells);
    const seconds = Math.round((Date.now() - started) / 1000);
    console.log(
      `Keystroke latency in ms, Chromium ${browser.version()}, ${MEASURED} measured keystrokes ` +
        `per cell after ${WARMUP} warm-up (${seconds} s run).\n`,
    );
    console.log(markdown);
    console.log(
      '\n"update": keydown event timestamp → the editor\'s update listener for that change. ' +
        '"frame": → a task posted from the next requestAnimationFrame, i.e. after that ' +
        "frame's style, layout and paint.\n",
    );
    console.log(verdict(rows));
  } finally {
    await browser.close();
    server.close();
  }
}

// --- Storage (scripts/bench-storage.mjs): save and open of a 10,000-word story.
const storage = () =>
  storageBench({
    root,
    outDir,
    log,
    buildPage: () => build({ configFile: path.join(root, 'bench/vite.config.ts') }),
    serve,
    launch: () => launch(),
  });

// `--only=typing|library|export|storage|paste` runs one section; without it, all of them in this order.
const launch = () =>
  chromium.launch({
    executablePath: process.env.NEWSDESK_CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
const paste = () =>
  pasteBench({
    log,
    buildPage: () => build({ configFile: path.join(root, 'bench/vite.config.ts') }),
    serve,
    launch: () => launch(),
  });
const SECTIONS = {
  typing: main,
  library: () => libraryBench({ root, outDir }),
  export: () => exportBench({ root, option, log, launch }),
  storage,
  paste,
};
async function runSections() {
  const only = option('only', '');
  if (only !== '' && !(only in SECTIONS)) {
    throw new Error(`--only takes one of ${Object.keys(SECTIONS).join(', ')}`);
  }
  for (const [name, run] of Object.entries(SECTIONS)) {
    if (only !== '' && only !== name) continue;
    await run();
    if (process.exitCode === 1) return;
  }
}
runSections().catch((error) => {
  console.error(`bench failed: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
});
