import { mkdir } from 'node:fs/promises';
import { makePng } from '../electron/image-bytes';
import { expect, test } from './fixtures';
import { enterToBody } from './steps';

const FIRST = 'Turkish tanks crossed into Syria on Wednesday.';
const ADDED = ' Kurdish forces pulled back overnight.';

test('a reporter keeps revisions with Ctrl+S, previews an older one and restores it', async ({
  app,
}) => {
  const { page } = app;
  await page.keyboard.press('ControlOrMeta+N');
  const editor = page.getByTestId('story-editor');
  await expect(editor).toBeFocused();
  await page.keyboard.type('Tanks cross Syrian border');
  await enterToBody(page);
  await page.keyboard.type(FIRST);
  await page.keyboard.press('ControlOrMeta+S');
  await expect(page.getByTestId('save-status')).toHaveText(/^Saved/);

  // The inspector lists the revision with its time and word count.
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  const revisions = inspector.getByTestId('revision-list').getByRole('listitem');
  await expect(revisions).toHaveCount(1);
  await expect(revisions.first()).toContainText(/^Today .+7 words\s*Saved$/);

  await page.keyboard.type(ADDED);
  await page.keyboard.press('ControlOrMeta+S');
  await expect(revisions).toHaveCount(2);
  await expect(revisions.first()).toContainText('12 words');
  await expect(revisions.last()).toContainText('7 words');

  await mkdir('test-results/screenshots', { recursive: true });
  const shots = `test-results/screenshots/revisions-${test.info().project.name}`;
  await inspector.getByRole('region', { name: 'Revisions' }).scrollIntoViewIfNeeded();
  await inspector.screenshot({ path: `${shots}-inspector.png` });

  // Esc leaves a preview without changing anything.
  const preview = page.getByRole('dialog', { name: /^Revision: Today/ });
  await revisions.first().getByRole('button').click();
  await expect(preview.getByTestId('revision-preview')).toContainText(ADDED.trim());
  await page.keyboard.press('Escape');
  await expect(preview).toBeHidden();

  // The older revision, read-only: its text as it was, without the later sentence.
  await revisions.last().getByRole('button').click();
  const article = preview.getByTestId('revision-preview');
  await expect(article.locator('h1')).toHaveText('Tanks cross Syrian border');
  await expect(article.locator('p')).toHaveText([FIRST]);
  await expect(preview).toContainText('7 words · Saved');
  await page.screenshot({ path: `${shots}-preview.png` });

  await preview.getByRole('button', { name: 'Restore this version' }).click();
  await expect(preview).toBeHidden();
  await expect(editor.locator('.nd-paragraph')).toHaveText([FIRST]);
  await expect(page.getByTestId('word-count')).toHaveText('7');
  const [onDisk] = await app.storiesOnDisk();
  expect(onDisk?.body).toEqual([{ type: 'paragraph', content: [{ text: FIRST }] }]);

  // The version it replaced is still in the list, so the restore can be undone.
  await expect(revisions.first()).toContainText('12 words');
  await revisions.first().getByRole('button').click();
  await preview.getByRole('button', { name: 'Restore this version' }).click();
  await expect(editor.locator('.nd-paragraph')).toHaveText([FIRST + ADDED]);
});

test('a revision’s preview shows its photos and shows markup typed as text, as text', async ({
  app,
}) => {
  const { page } = app;
  await page.keyboard.press('ControlOrMeta+N');
  await expect(page.getByTestId('story-editor')).toBeFocused();
  const headline = 'Tanks <img src=x onerror=window.__hit=1> & <b>forces</b>';
  await page.keyboard.type(headline);
  await enterToBody(page);
  // A photo pasted from the clipboard, as a reporter would.
  await page.getByTestId('story-editor').evaluate((editor, data) => {
    const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
    const transfer = new DataTransfer();
    transfer.items.add(new File([bytes], 'photo.png', { type: 'image/png' }));
    editor.dispatchEvent(
      new ClipboardEvent('paste', { bubbles: true, cancelable: true, clipboardData: transfer }),
    );
  }, makePng(320, 200).toString('base64'));
  await expect(page.getByTestId('figure-image').locator('img')).toHaveCount(1);
  await page.keyboard.type('Tanks near the border');
  await page.keyboard.press('ControlOrMeta+S');

  const revisions = page.getByTestId('revision-list').getByRole('listitem');
  await expect(revisions).toHaveCount(1);
  await revisions.first().getByRole('button').click();
  const article = page.getByRole('dialog').getByTestId('revision-preview');
  await expect(article.locator('h1')).toHaveText(headline);
  await expect(article.locator('h1 *')).toHaveCount(0);
  const photo = article.locator('figure img');
  await expect(photo).toHaveAttribute('src', /^story-assets\/[0-9a-f-]{36}\/[0-9a-f]{64}\.png$/);
  await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(320);
  await expect(article.locator('figcaption')).toContainText('Tanks near the border');
  expect(await page.evaluate(() => (window as { __hit?: number }).__hit)).toBeUndefined();
});
