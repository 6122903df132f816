// Bundles a TypeScript entry for a child Node process (esbuild, already a
// dependency), so children run the real modules without a TypeScript runner.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';

/** Bundles `entry` into `outDir` as an ES module; answers the file to run with Node. */
export async function bundleForChild(entry: string, outDir: string): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
  });
  const out = path.join(outDir, `${path.basename(entry, '.ts')}.mjs`);
  await writeFile(out, result.outputFiles[0]!.text);
  return out;
}
