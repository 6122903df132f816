import { defineConfig } from '@playwright/test';
import type { AppKind } from './tests/e2e/fixtures';

// Never download a browser: the harness project drives Debian's Chromium.
const chromium = process.env.NEWSDESK_CHROMIUM ?? '/usr/bin/chromium';

export default defineConfig<{ appKind: AppKind }>({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  outputDir: 'test-results/e2e',
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  timeout: 30_000,
  use: { trace: 'retain-on-failure' },
  projects: [
    {
      name: 'harness',
      use: {
        appKind: 'harness',
        browserName: 'chromium',
        launchOptions: {
          executablePath: chromium,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
    { name: 'electron', use: { appKind: 'electron' } },
  ],
});
