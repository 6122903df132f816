// The storage section of `npm run bench` (`--only=storage`): saving and opening a
// 10,000-word story with ~20 photos. Main's share runs in Node through the real
// handler table (bench/storage-bench.ts, a process of its own); the page's share
// in Chromium on the bench page: the autosave's conversion (what blocks typing)
// and the time from the page's script to the whole story shown and editable.
/* global window */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { build as bundle } from 'esbuild';

const RUNS = 50;
const OPENS = 20;

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function mainProcessPart({ root, outDir }) {
  const outfile = path.join(outDir, 'storage-bench.mjs');
  await bundle({
    entryPoints: [path.join(root, 'bench/storage-bench.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'warning',
  });
  const child = spawn(process.execPath, [outfile], { stdio: 'inherit' });
  const code = await new Promise((resolve) => child.on('exit', resolve));
  if (code !== 0) throw new Error(`the storage bench exited with ${code}`);
}

/** The page's share, in Chromium on the built bench page (served by `serve`). */
async function pagePart({ browser, origin, log }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  log('bench: opening and autosaving a 10,000-word story in the page…');
  const page = await context.newPage();
  await page.goto(`${origin}/?editor=newsdesk&words=10000&photos=20`);
  await page.waitForFunction(() => window.__bench || window.__benchError, null, {
    timeout: 120_000,
  });
  const failure = await page.evaluate(() => window.__benchError);
  if (failure) throw new Error(failure);
  const result = await page.evaluate(
    async ([saves, opens]) => {
      const bench = window.__bench;
      await bench.measureOpen(2); // warm-up
      return {
        figures: bench.figures,
        save: bench.measureSave(saves),
        opened: await bench.measureOpen(opens),
      };
    },
    [RUNS, OPENS],
  );
  await context.close();
  return result;
}

export async function storageBench({ root, outDir, buildPage, serve, launch, log }) {
  log('bench: saving and opening in main (Node)…');
  await mainProcessPart({ root, outDir });
  await buildPage();
  const { origin, server } = await serve();
  const browser = await launch();
  try {
    const { opened, figures, save } = await pagePart({ browser, origin, log });
    const row = (what, times, target) =>
      `| ${what} | ${percentile(times, 50).toFixed(2)} | ${percentile(times, 95).toFixed(2)} | ${target} |`;
    console.log(
      [
        `The page (Chromium ${browser.version()}), a 10,000-word story with ${figures} photos`,
        '',
        '| Step | Median (ms) | p95 (ms) | Target |',
        '| --- | ---: | ---: | --- |',
        row(`autosave: editor → Story + IPC copy (${RUNS} runs; blocks the page)`, save, '< 2 ms'),
        row(
          `open: editor mounted → story shown, editable, painted (${OPENS} runs)`,
          opened,
          '< 150 ms with main',
        ),
        '',
      ].join('\n'),
    );
  } finally {
    await browser.close();
    server.close();
  }
}
