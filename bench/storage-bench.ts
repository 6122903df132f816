// `npm run bench -- --only=storage` (Node part): saving and opening a 10,000-word
// story with 20 photos through main's real handler table (IPC validation, atomic
// write with fsync, index, crash journal, revisions) on a temp library. Prints a
// Markdown table; the page's share of a save and an open is measured in Chromium
// by scripts/bench.mjs.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openImportService } from '../electron/import/import-service';
import { openExportService } from '../electron/export/export-service';
import { dispatchIpc } from '../electron/ipc/ipc-dispatch';
import { createIpcHandlers } from '../electron/ipc/ipc-handlers';
import { openLibraryServices } from '../electron/library/library-services';
import { openPackageTransfer } from '../electron/library/package-transfer';
import { openSettingsService } from '../electron/settings/settings-service';
import type { Story } from '../shared/story/story';
import { exportBenchStory } from './export-story';

const RUNS = 50;
const page = { url: 'app://newsdesk/index.html', isMainFrame: true };

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function main() {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'newsdesk-storage-bench-'));
  try {
    const services = openLibraryServices(root);
    const cancelled = async () => null;
    const handlers = createIpcHandlers({
      ...services,
      packages: openPackageTransfer({
        library: services.library,
        chooseSaveFile: cancelled,
        choosePackage: cancelled,
        askClash: async () => 'cancel',
      }),
      exports: openExportService({
        library: services.library,
        chooseFolder: cancelled,
        settingsFile: path.join(root, '.export-settings.json'),
        reportProgress: () => undefined,
        showItemInFolder: () => undefined,
      }),
      settings: openSettingsService({
        userDataDir: path.join(root, '.user-data'),
        libraryPath: root,
        libraryFromEnvironment: false,
        chooseFolder: cancelled,
        restart: () => undefined,
      }),
      imports: openImportService({ ...services, chooseImportFile: cancelled, allowNetwork: false }),
      app: { name: 'Newsdesk', version: 'bench' },
      chooseImageFile: cancelled,
    });
    const call = (name: string, payload: unknown) =>
      dispatchIpc(handlers, name, payload, page, ['app://newsdesk']);

    const created = await call('createStory', {});
    if (!created.ok) throw new Error(created.error.message);
    const base = exportBenchStory(10_000, 20);
    const story: Story = { ...base, id: (created.value as Story).id };
    const size = Buffer.byteLength(JSON.stringify(story));
    // Warm-up: the first save also builds the index and compiles what it needs.
    await call('saveStory', { story });
    await call('loadStory', { id: story.id });

    const save: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const edited = { ...story, headline: `${story.headline} ${run}` };
      const started = performance.now();
      const result = await call('saveStory', { story: edited });
      save.push(performance.now() - started);
      if (!result.ok) throw new Error(result.error.message);
    }
    const open: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const started = performance.now();
      const result = await call('loadStory', { id: story.id });
      open.push(performance.now() - started);
      if (!result.ok) throw new Error(result.error.message);
    }
    const row = (what: string, times: number[], target: string) =>
      `| ${what} | ${percentile(times, 50).toFixed(2)} | ${percentile(times, 95).toFixed(2)} | ${target} |`;
    console.log(
      [
        `Main process (Node ${process.versions.node}), ${story.body.length} blocks, ${(size / 1024).toFixed(0)} KB of story JSON, ${RUNS} runs, disk: ${root}`,
        '',
        '| Step | Median (ms) | p95 (ms) | Target |',
        '| --- | ---: | ---: | --- |',
        row('save: IPC check + atomic write (fsync) + index + journal', save, '< 10 ms'),
        row('open: read + parse + validate (main)', open, 'part of < 150 ms'),
        '',
      ].join('\n'),
    );
  } finally {
    await fs.rm(root, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
