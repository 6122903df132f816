// Renders build/icon.svg (the source of truth for the app icon) to the PNGs
// electron-builder wants: build/icons/NxN.png for Linux and build/icon.png
// (1024 px) for macOS and Windows. electron-builder does not rasterise SVG, so
// we render it ourselves with Debian's Chromium (/usr/bin/chromium, or
// $NEWSDESK_CHROMIUM) driven by Playwright. No browser is downloaded.
// Run: npm run icons. Commit the PNGs alongside the SVG.
import { chromium } from '@playwright/test';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const build = join(dirname(fileURLToPath(import.meta.url)), '..', 'build') + '/';
const svg = await readFile(`${build}icon.svg`, 'utf8');

const browser = await chromium.launch({
  headless: true,
  executablePath: process.env.NEWSDESK_CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
try {
  await mkdir(`${build}icons`, { recursive: true });
  for (const size of SIZES) {
    // A page exactly the icon's size, the SVG stretched to fill it, no background.
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const css = `html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}`;
    await page.setContent(`<!doctype html><style>${css}</style>${svg}`);
    const shot = { omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } };
    await page.screenshot({ ...shot, path: `${build}icons/${size}x${size}.png` });
    if (size === 1024) await page.screenshot({ ...shot, path: `${build}icon.png` });
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`icons: ${SIZES.join(', ')} px → build/icons/, build/icon.png`);
