import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export type ElectronBinary = { ok: true; path: string } | { ok: false; reason: string };

/**
 * Finds the Electron binary without triggering its download (requiring the
 * `electron` package would try to fetch it, which fails on our build machines).
 */
export function findElectronBinary(): ElectronBinary {
  const packageDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathFile = path.join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) {
    return {
      ok: false,
      reason:
        'the Electron binary is not installed (Electron 45 downloads it on first launch, and this machine cannot reach its download site)',
    };
  }
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(packageDir, 'dist');
  const binary = path.join(distDir, readFileSync(pathFile, 'utf8').trim());
  if (!existsSync(binary))
    return { ok: false, reason: `the Electron binary is missing at ${binary}` };
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { ok: false, reason: 'there is no display (run the tests under xvfb-run)' };
  }
  return { ok: true, path: binary };
}
