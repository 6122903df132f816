import type { Page } from '@playwright/test';

/**
 * From the end of the headline to the first body paragraph with the
 * keyboard: Enter moves through standfirst, byline and dateline (left empty).
 */
export async function enterToBody(page: Page): Promise<void> {
  for (let field = 0; field < 4; field += 1) await page.keyboard.press('Enter');
}
