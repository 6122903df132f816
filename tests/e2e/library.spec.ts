import { mkdir } from 'node:fs/promises';
import { expect, test, type NewsdeskApp } from './fixtures';
import { enterToBody } from './steps';

interface Draft {
  readonly headline: string;
  readonly body: string;
  readonly status?: 'draft' | 'subbing' | 'ready';
  readonly desk?: string;
}

/** Writes a story the way a reporter does: New, headline, body, metadata, Ctrl+S. */
async function write({ page }: NewsdeskApp, { headline, body, status, desk }: Draft) {
  await page.keyboard.press('ControlOrMeta+N');
  await expect(page.getByTestId('story-editor')).toBeFocused();
  await page.keyboard.type(headline);
  await enterToBody(page);
  await page.keyboard.type(body);
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  if (status) await inspector.getByLabel('Status').selectOption(status);
  if (desk) await inspector.getByLabel('Desk').fill(desk);
  await page.keyboard.press('ControlOrMeta+S');
  await expect(page.getByTestId('save-status')).toHaveText(/^Saved/);
}

const STORIES: Draft[] = [
  {
    headline: 'Ferry strike ends',
    body: 'Crews voted to return to work on Tuesday.',
    status: 'ready',
    desk: 'Business',
  },
  {
    headline: 'Storm warning issued',
    body: 'The coastguard says gales will reach the harbour tonight.',
    status: 'subbing',
    desk: 'News',
  },
  { headline: 'Council budget approved', body: 'The mayor’s plan cuts library hours.' },
];

test('the sidebar searches every word of every story; Enter opens the best match', async ({
  app,
}) => {
  const { page } = app;
  for (const story of STORIES) await write(app, story);
  const sidebar = page.getByRole('navigation', { name: 'Stories' });
  const titles = sidebar.locator('.nd-story-title');
  await expect(sidebar.getByText('3 stories')).toBeVisible();
  await expect(titles).toHaveText([
    'Council budget approved',
    'Storm warning issued',
    'Ferry strike ends',
  ]);

  await page.keyboard.press('ControlOrMeta+W');
  await page.keyboard.press('ControlOrMeta+O');
  const search = sidebar.getByRole('searchbox', { name: 'Filter stories' });
  await expect(search).toBeFocused();
  // A word from the body, not the headline.
  await page.keyboard.type('harbour');
  await expect(titles).toHaveText(['Storm warning issued']);
  await expect(sidebar.getByText('1 story found')).toBeVisible();
  // A slip of the keys still finds it; so does a word half typed.
  await search.fill('coastgard');
  await expect(titles).toHaveText(['Storm warning issued']);
  await search.fill('libr');
  await expect(titles).toHaveText(['Council budget approved']);
  await search.fill('submarine');
  await expect(sidebar.getByText('No story matches “submarine”.')).toBeVisible();
  await expect(titles).toHaveCount(0);

  // Typed and opened at once, before the search has had its pause.
  await search.fill('');
  await page.keyboard.type('crews');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('story-editor').locator('h1')).toHaveText('Ferry strike ends');

  await search.focus();
  await page.keyboard.press('Escape');
  await expect(search).toHaveValue('');
  await expect(titles).toHaveCount(3);
});

test('the sidebar filters by status and desk and orders by status', async ({ app }) => {
  const { page } = app;
  for (const story of STORIES) await write(app, story);
  const sidebar = page.getByRole('navigation', { name: 'Stories' });
  const titles = sidebar.locator('.nd-story-title');
  await expect(titles).toHaveCount(3);
  const row = sidebar.getByRole('button', { name: /Storm warning issued/ });
  await expect(row).toContainText('Subbing');
  await expect(row).toContainText('News');
  await expect(row).toContainText('9 words');

  await sidebar.getByLabel('Status filter').selectOption('ready');
  await expect(titles).toHaveText(['Ferry strike ends']);
  await sidebar.getByLabel('Status filter').selectOption({ label: 'All statuses' });
  await sidebar.getByLabel('Desk filter').selectOption({ label: 'News' });
  await expect(titles).toHaveText(['Storm warning issued']);
  await sidebar.getByLabel('Desk filter').selectOption({ label: 'No desk' });
  await expect(titles).toHaveText(['Council budget approved']);
  await sidebar.getByLabel('Desk filter').selectOption({ label: 'All desks' });
  await sidebar.getByLabel('Order').selectOption({ label: 'By status' });
  await expect(titles).toHaveText([
    'Council budget approved',
    'Storm warning issued',
    'Ferry strike ends',
  ]);

  // A change of status shows in the filtered list as soon as it is saved.
  await sidebar.getByRole('button', { name: /Ferry strike ends/ }).click();
  await expect(page.getByTestId('story-editor').locator('h1')).toHaveText('Ferry strike ends');
  await sidebar.getByLabel('Status filter').selectOption('draft');
  await expect(titles).toHaveText(['Council budget approved']);
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await inspector.getByLabel('Status').selectOption('draft');
  await page.keyboard.press('ControlOrMeta+S');
  await expect(page.getByTestId('save-status')).toHaveText(/^Saved/);
  await expect(titles).toHaveText(['Ferry strike ends', 'Council budget approved']);

  // The sidebar listing, then searching, for the record (see docs/screenshots/).
  await sidebar.getByLabel('Status filter').selectOption({ label: 'All statuses' });
  await expect(titles).toHaveCount(3);
  await mkdir('test-results/screenshots', { recursive: true });
  const shots = `test-results/screenshots/library-sidebar-${test.info().project.name}`;
  await sidebar.screenshot({ path: `${shots}-list.png` });
  await sidebar.getByRole('searchbox', { name: 'Filter stories' }).fill('strike');
  await expect(titles).toHaveText(['Ferry strike ends']);
  await sidebar.screenshot({ path: `${shots}-search.png` });
});
