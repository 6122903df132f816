// Renders build/icon.svg to the PNGs electron-builder wants (build/icons/NxN.png
// for Linux, build/icon.png for macOS and Windows). Uses Debian's Chromium
// through Playwright, so nothing is downloaded. Run: npm run icons.
import { chromium } from '@playwright/test';
import { mkdir, readFile } from 'node:fs/promises';

const SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const svg = await readFile('build/icon.svg', 'utf8');
const browser = await chromium.launch({
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
await mkdir('build/icons', { recursive: true });
for (const size of SIZES) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const sized = svg.replace(/width="1024" height="1024"/, `width="${size}" height="${size}"`);
  await page.setContent(`<style>*{margin:0}</style>${sized}`);
  const png = { omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } };
  await page.screenshot({ ...png, path: `build/icons/${size}x${size}.png` });
  if (size === 1024) await page.screenshot({ ...png, path: 'build/icon.png' });
  await page.close();
}
await browser.close();
console.log(`icons: ${SIZES.join(', ')} px → build/icons/, build/icon.png`);
