// `npm run bench -- --only=export`: each export format of a 10,000-word story
// with 20 photos, printed as a Markdown table. scripts/bench.mjs runs it in
// Node and in Chromium (whose V8 is the one Electron's main process runs).
// Pure exporters only: image copying and file writing are left out.
import { ninjsError } from '../electron/export/ninjs-validator';
import { bodyCounts } from '../shared/story/story-stats';
import { exportChecks } from '../shared/export/export-checks';
import { figureSources, type ExportImages } from '../shared/export/export-formats';
import { storyToHtmlFragment, storyToHtmlPage } from '../shared/export/story-html';
import { storyToStoryJson } from '../shared/export/story-json-export';
import { storyToNinjs } from '../shared/export/story-ninjs';
import { exportBenchStory } from './export-story';

/** What each row times; every one returns the text the writer would put on disk. */
function cases(): { name: string; run: () => unknown }[] {
  const story = exportBenchStory();
  const options = { assetBaseUrl: 'https://cdn.example.com/newsdesk/' };
  const images: ExportImages = new Map(
    figureSources(story).map((src, i) => [
      src,
      { contentType: 'image/jpeg', sizeInBytes: 180_000 + i },
    ]),
  );
  const ninjs = () => storyToNinjs(story, options, images);
  return [
    { name: 'html (fragment)', run: () => storyToHtmlFragment(story, options) },
    { name: 'html-page', run: () => storyToHtmlPage(story) },
    { name: 'ninjs, without validation', run: () => `${JSON.stringify(ninjs(), null, 2)}\n` },
    {
      name: 'ninjs, validated (IPTC schema)',
      run: () => {
        const document = ninjs();
        const error = ninjsError(document);
        if (error) throw new Error(error);
        return `${JSON.stringify(document, null, 2)}\n`;
      },
    },
    { name: 'story (Story JSON)', run: () => storyToStoryJson(story) },
    { name: 'pre-export checks (every format)', run: () => exportChecks(story) },
  ];
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Runs the export benchmark in `runtime` (its name for the heading); answers the Markdown to print. */
export function runExportBench(runtime: string, runs = 50, warmup = 5, targetMs = 20): string {
  const story = exportBenchStory();
  const figures = figureSources(story).length;
  const { words } = bodyCounts(story);
  const compileStart = performance.now();
  ninjsError({}); // compiles IPTC's schema once, as the app does on its first ninjs export
  const compileMs = performance.now() - compileStart;
  const lines = [
    `| Format | Median (ms) | p95 (ms) | Output | Target < ${targetMs} ms |`,
    '| --- | ---: | ---: | ---: | --- |',
  ];
  const missed: string[] = [];
  for (const { name, run } of cases()) {
    for (let i = 0; i < warmup; i += 1) run();
    const samples: number[] = [];
    let output: unknown;
    for (let i = 0; i < runs; i += 1) {
      const start = performance.now();
      output = run();
      samples.push(performance.now() - start);
    }
    const median = percentile(samples, 50);
    const p95 = percentile(samples, 95);
    const size = typeof output === 'string' ? `${(output.length / 1024).toFixed(0)} KB` : '—';
    if (p95 >= targetMs) missed.push(name);
    lines.push(
      `| ${name} | ${median.toFixed(2)} | ${p95.toFixed(2)} | ${size} | ${p95 < targetMs ? 'met' : '**not met**'} |`,
    );
  }
  return [
    `Export of a ${words.toLocaleString('en')}-word story with ${figures} photos, ` +
      `${runtime}, ${runs} runs after ${warmup} warm-up; ` +
      `images not copied, nothing written.\n`,
    lines.join('\n'),
    `\nCompiling the ninjs schema (once per process, not in the rows): ${compileMs.toFixed(0)} ms.`,
    missed.length === 0
      ? `Target "p95 < ${targetMs} ms per format": **met** (${lines.length - 2} rows).`
      : `Target "p95 < ${targetMs} ms per format": **not met** (${missed.join(', ')}).`,
  ].join('\n');
}
