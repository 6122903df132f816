// `npm run bench -- --only=paste`: pasting 2 MB of web/Google Docs HTML into a
// story in Chromium (sanitize with DOMPurify, map to blocks, insert), timed in the page.
/* global window */

const SIZES = [100_000, 500_000, 2_000_000];

export async function pasteBench({ buildPage, serve, launch, log }) {
  await buildPage();
  const { origin, server } = await serve();
  const browser = await launch();
  const rows = [];
  try {
    for (const bytes of SIZES) {
      log(`bench: pasting ${(bytes / 1e6).toFixed(1)} MB of HTML…`);
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${origin}/?editor=newsdesk&words=1000`);
      await page.waitForFunction(() => window.__bench || window.__benchError, null, {
        timeout: 120_000,
      });
      const failure = await page.evaluate(() => window.__benchError);
      if (failure) throw new Error(failure);
      rows.push(await page.evaluate((size) => window.__bench.measurePaste(size), bytes));
      await context.close();
    }
    console.log(
      [
        `Paste into a 1,000-word story (Chromium ${browser.version()})`,
        '',
        '| HTML pasted | Blocks after | Paste handler (ms) | Until all in, painted (ms) | Longest task (ms; target < 200) |',
        '| ---: | ---: | ---: | ---: | ---: |',
        ...rows.map(
          (row) =>
            `| ${(row.bytes / 1e6).toFixed(2)} MB | ${row.blocks} | ${row.handledMs.toFixed(0)} | ${row.paintedMs.toFixed(0)} | ${row.longestTaskMs.toFixed(0)} |`,
        ),
        '',
      ].join('\n'),
    );
  } finally {
    await browser.close();
    server.close();
  }
}
