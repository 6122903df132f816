import { IPC_CALLS } from '../../shared/ipc/channels';
import { expect, test } from './fixtures';

test('the page runs under the strict CSP: no eval, no inline script, no network', async ({
  app,
}) => {
  const { page } = app;
  app.expectConsoleErrors(/Content Security Policy|Failed to fetch|ERR_/);
  await expect(page.getByRole('heading', { name: 'No story open' })).toBeVisible();
  const outcome = await page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(event.effectiveDirective),
    );
    // A string timer is eval run by the page itself (code evaluated by the
    // test driver is exempt from CSP, so `eval` here would prove nothing).
    (window.setTimeout as unknown as (code: string) => void)('window.__evalRan = true');
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.body.append(script);
    const fetched = await fetch('https://example.com/').then(
      () => true,
      () => false,
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    return {
      evalRan: (window as unknown as { __evalRan?: boolean }).__evalRan === true,
      inlineRan: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true,
      fetched,
      violations,
      nodeReachable: typeof (window as unknown as { require?: unknown }).require !== 'undefined',
      bridge: Object.keys(window.newsdesk ?? {}).sort(),
    };
  });
  expect(outcome).toMatchObject({ evalRan: false, inlineRan: false, fetched: false });
  expect(outcome.violations).toEqual(
    expect.arrayContaining(['script-src', 'script-src-elem', 'connect-src']),
  );
  expect(outcome.nodeReachable).toBe(false);
  // The page reaches main only through the contract's calls and the two event feeds.
  expect(outcome.bridge).toEqual([...IPC_CALLS, 'onExportProgress', 'onMenuCommand'].sort());
});
