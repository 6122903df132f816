import { expect, test } from './fixtures';
import { enterToBody } from './steps';

test('typing is saved without Ctrl+S after a pause', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: /New story/ }).click();
  await expect(page.getByTestId('story-editor')).toBeFocused();
  await page.keyboard.type('Court adjourns until Monday');
  await enterToBody(page);
  await page.keyboard.type('The hearing resumes at 10am.');
  await expect(page.getByTestId('save-status')).toHaveText('Unsaved changes');
  await expect(page.getByTestId('save-status')).toHaveText(/^Saved/, { timeout: 5_000 });
  const [story] = await app.storiesOnDisk();
  expect(story?.headline).toBe('Court adjourns until Monday');
  expect(story?.body).toEqual([
    { type: 'paragraph', content: [{ text: 'The hearing resumes at 10am.' }] },
  ]);
  await expect(page.getByRole('button', { name: /Court adjourns until Monday/ })).toBeVisible();
});

test('undo takes back typing; the headline cannot be deleted away', async ({ app }) => {
  const { page } = app;
  await page.keyboard.press('ControlOrMeta+N');
  const editor = page.getByTestId('story-editor');
  await expect(editor).toBeFocused();
  await page.keyboard.type('Budget vote delayed');
  await enterToBody(page);
  await page.keyboard.type('Ministers met late.');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await expect(editor.locator('h1')).toHaveCount(1);
  await page.keyboard.type('New top');
  await expect(editor.locator('h1')).toHaveText('New top');
  await page.keyboard.press('ControlOrMeta+Z');
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(editor).toContainText('Ministers met late.');
});

test('menu commands and their shortcuts: new, toggle sidebar, close, open', async ({ app }) => {
  const { page } = app;
  await app.sendMenuCommand('new-story');
  await expect(page.getByTestId('story-editor')).toBeFocused();
  await page.keyboard.type('Storm warning issued');
  await app.sendMenuCommand('save-story');
  await expect(page.getByTestId('save-status')).toHaveText(/^Saved/);

  await page.keyboard.press('ControlOrMeta+\\');
  await expect(page.getByRole('navigation', { name: 'Stories' })).toBeHidden();
  await app.sendMenuCommand('toggle-sidebar');
  await expect(page.getByRole('navigation', { name: 'Stories' })).toBeVisible();

  await page.keyboard.press('ControlOrMeta+W');
  await expect(page.getByRole('heading', { name: 'No story open' })).toBeVisible();

  await page.keyboard.press('ControlOrMeta+O');
  await expect(page.getByRole('searchbox', { name: 'Filter stories' })).toBeFocused();
  await page.keyboard.type('storm');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('story-editor').locator('h1')).toHaveText('Storm warning issued');
});

test('the toolbar formats the selection and keeps the cursor in the page', async ({ app }) => {
  const { page } = app;
  await page.keyboard.press('ControlOrMeta+N');
  const editor = page.getByTestId('story-editor');
  await expect(editor).toBeFocused();
  await page.keyboard.type('Headline');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Markets fell sharply');
  for (let i = 0; i < 'sharply'.length; i += 1) await page.keyboard.press('Shift+ArrowLeft');
  const bold = page.getByRole('button', { name: 'Bold' });
  await bold.click();
  await expect(editor.locator('strong')).toHaveText('sharply');
  await expect(bold).toHaveAttribute('aria-pressed', 'true');
  await expect(editor).toBeFocused();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(editor.locator('strong')).toHaveCount(0);
});
