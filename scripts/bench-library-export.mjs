// Two sections of `npm run bench` (scripts/bench.mjs runs them): the library
// index and the exporters. Each bundles its TypeScript bench with esbuild.
/* global window */
import { spawn } from 'node:child_process';
import { Buffer } from 'node:buffer';
import path from 'node:path';
import { build as bundle } from 'esbuild';

// --- Library index (bench/library-bench.ts): list and search of 10,000 generated stories.
// `--only=library` runs just this; plain `npm run bench` runs it after the keystrokes.
// Its own options: --stories=N, --dir=PATH (keeps the generated library there).
export async function libraryBench({ root, outDir }) {
  const outfile = path.join(outDir, 'library-bench.mjs');
  await bundle({
    entryPoints: [path.join(root, 'bench/library-bench.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'warning',
  });
  // A process of its own: a fresh heap, so its memory figure is the index's.
  const child = spawn(process.execPath, ['--expose-gc', outfile, ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  const code = await new Promise((resolve) => child.on('exit', resolve));
  if (code !== 0) throw new Error(`the library bench exited with ${code}`);
}
// --- Export (bench/export-bench.ts): each export format of a 10,000-word story with
// 20 photos (pure exporters; no image copying, nothing written), timed in Node and
// in Chromium, whose V8 is the one Electron's main process runs (Node 20's V8
// segments words several times slower). `--only=export` runs just this; plain
// `npm run bench` runs it last. Its own option: --export-runs=N (default 50).
export async function exportBench({ root, option, log, launch }) {
  // Bundled in memory and imported from there, as scripts/story-schema.mjs does.
  const bundled = async (platform) => {
    const result = await bundle({
      entryPoints: [path.join(root, 'bench/export-bench.ts')],
      bundle: true,
      write: false,
      platform,
      format: platform === 'node' ? 'esm' : 'iife',
      globalName: 'exportBench',
      target: platform === 'node' ? 'node20' : 'chrome120',
      logLevel: 'warning',
    });
    return result.outputFiles[0].text;
  };
  const runs = Number(option('export-runs', '50'));
  log('bench: exporting a 10,000-word story in Node…');
  const code = Buffer.from(await bundled('node')).toString('base64');
  const { runExportBench } = await import(`data:text/javascript;base64,${code}`);
  const node = `Node ${process.versions.node} (V8 ${process.versions.v8})`;
  console.log(`${runExportBench(node, runs)}\n`);

  log('bench: exporting a 10,000-word story in Chromium…');
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.addScriptTag({ content: await bundled('browser') });
    const chromiumName = `Chromium ${browser.version()}`;
    const markdown = await page.evaluate(
      ([name, count]) => window.exportBench.runExportBench(name, count),
      [chromiumName, runs],
    );
    console.log(markdown);
  } finally {
    await browser.close();
  }
}
