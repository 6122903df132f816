import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { enterToBody } from './steps';

let scratch: string;
test.beforeEach(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'newsdesk-packages-'));
});
test.afterEach(() => rm(scratch, { recursive: true, force: true }));

async function writeStory(page: Page, headline: string, body: string) {
  await page.keyboard.press('ControlOrMeta+N');
  await expect(page.getByTestId('story-editor')).toBeFocused();
  await page.keyboard.type(headline);
  await enterToBody(page);
  await page.keyboard.type(body);
  await page.keyboard.press('ControlOrMeta+S');
  await expect(page.getByTestId('save-status')).toHaveText(/^Saved/);
}

const editorHeadline = (page: Page) => page.getByTestId('story-editor').locator('h1');

test('a draft package goes out and comes back in as a copy beside the original', async ({
  app,
}) => {
  const { page } = app;
  await writeStory(page, 'Draft for the night desk', 'Copy to be checked.');
  const file = path.join(scratch, 'draft.newsdesk');
  await app.setNextSaveFile(file);
  await page.keyboard.press('ControlOrMeta+Shift+S');
  await expect(page.getByRole('alert')).toContainText(`Saved a copy as ${file}`);
  expect((await readFile(file)).subarray(0, 2).toString()).toBe('PK');

  // Opening it where the story already is: the reporter keeps both.
  await app.setNextPackageFile(file);
  await app.setNextClashChoice('copy');
  await page.keyboard.press('ControlOrMeta+Shift+O');
  await expect(page.getByRole('navigation', { name: 'Stories' }).getByRole('listitem')).toHaveCount(
    2,
  );
  const stories = await app.storiesOnDisk();
  expect(stories.map((story) => story.headline)).toEqual([
    'Draft for the night desk',
    'Draft for the night desk',
  ]);
  expect(new Set(stories.map((story) => story.id)).size).toBe(2);
  await expect(editorHeadline(page)).toHaveText('Draft for the night desk');
});

test('a damaged story is moved aside, never overwritten, and its last good version is offered', async ({
  app,
}) => {
  const { page } = app;
  await writeStory(page, 'Council budget', 'The council approved the budget.');
  const [story] = await app.storiesOnDisk();
  await page.keyboard.press('ControlOrMeta+W');
  await expect(page.getByRole('heading', { name: 'No story open' })).toBeVisible();
  const folder = path.join(app.libraryDir, story!.id);
  const torn = '{"schemaVersion": 2, "id": "' + story!.id.slice(0, 10);
  await writeFile(path.join(folder, 'story.json'), torn);

  await page.getByRole('button', { name: /Council budget/ }).click();
  const notice = page.getByRole('alert');
  await expect(notice).toContainText('The story file is damaged');
  await expect(notice).toContainText('nothing was overwritten');
  const aside = (await readdir(folder)).find((name) => name.startsWith('story.damaged-'));
  expect(await readFile(path.join(folder, aside!), 'utf8')).toBe(torn);

  await notice.getByRole('button', { name: /Open the version saved/ }).click();
  await expect(editorHeadline(page)).toHaveText('Council budget');
  await expect(page.getByTestId('story-editor')).toContainText('The council approved the budget.');
  const [restored] = await app.storiesOnDisk();
  expect(restored!.headline).toBe('Council budget');
});

test('Settings: a new library folder is used from the next start, with a restart offered', async ({
  app,
}) => {
  const { page } = app;
  await page.keyboard.press('ControlOrMeta+,');
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await expect(dialog.getByTestId('library-in-use')).toHaveText(app.libraryDir);
  await app.setNextLibraryFolder(scratch);
  await dialog.getByRole('button', { name: /Choose another folder/ }).click();
  await expect(dialog.getByRole('status')).toContainText(`From the next start: ${scratch}`);
  await expect(dialog.getByRole('button', { name: 'Restart Newsdesk now' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
