import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { makePng } from '../electron/image-bytes';
import { expect, test } from './fixtures';
import { enterToBody } from './steps';

/** Fires a paste or drop of an image file at the editor, as the OS would hand it over. */
async function handOverImage(page: Page, kind: 'paste' | 'drop', base64: string) {
  await page.getByTestId('story-editor').evaluate(
    (editor, [kind, data]) => {
      const bytes = Uint8Array.from(atob(data!), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], 'photo.png', { type: 'image/png' }));
      const init = { bubbles: true, cancelable: true };
      editor.dispatchEvent(
        kind === 'paste'
          ? new ClipboardEvent('paste', { ...init, clipboardData: transfer })
          : new DragEvent('drop', { ...init, dataTransfer: transfer }),
      );
    },
    [kind, base64] as const,
  );
}

test.beforeEach(async ({ app }) => {
  await app.page.keyboard.press('ControlOrMeta+N');
  await expect(app.page.getByTestId('story-editor')).toBeFocused();
  await app.page.keyboard.type('Photos arrive three ways');
  await enterToBody(app.page);
});

test('pasted and dropped image data become figures stored in the story’s assets', async ({
  app,
}) => {
  const { page } = app;
  const png = makePng(320, 200).toString('base64');
  await handOverImage(page, 'paste', png);
  const images = page.getByTestId('figure-image').locator('img');
  await expect(images).toHaveCount(1);
  await page.keyboard.type('Pasted caption');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Reuters');
  await page.keyboard.press('Enter');
  await handOverImage(page, 'drop', makePng(100, 50, [20, 90, 200]).toString('base64'));
  await expect(images).toHaveCount(2);
  // Alt text is written in place, under the picture.
  await page.getByPlaceholder('Describe the photo').first().fill('Red square on white');
  await page.keyboard.press('ControlOrMeta+S');
  await expect(page.getByTestId('save-status')).toHaveText(/^Saved/);

  const [story] = await app.storiesOnDisk();
  const figures = story!.body.filter((block) => block.type === 'figure');
  expect(figures).toEqual([
    expect.objectContaining({
      image: expect.objectContaining({ width: 320, height: 200, alt: 'Red square on white' }),
      caption: [{ text: 'Pasted caption' }],
      credit: 'Reuters',
    }),
    expect.objectContaining({ image: expect.objectContaining({ width: 100, height: 50 }) }),
  ]);
  // Only asset paths in the file, never a blob: or file: URL.
  expect(JSON.stringify(story)).not.toMatch(/blob:|file:|data:/);
  for (const figure of figures) {
    if (figure.type !== 'figure') continue;
    await expect(
      page.locator(`img[src$="${figure.image.src!.slice('assets/'.length)}"]`),
    ).toBeVisible();
  }
});

test('a missing image shows a clear placeholder and keeps caption and credit', async ({ app }) => {
  const { page } = app;
  const photo = path.join(app.libraryDir, '..', `missing-${Date.now()}.png`);
  await writeFile(photo, makePng(200, 120));
  await app.setNextImageFile(photo);
  await page.keyboard.press('ControlOrMeta+Alt+F'); // Insert › Figure…
  await expect(page.getByTestId('figure-image').locator('img')).toBeVisible();
  await page.keyboard.type('Smoke over Jarablus');
  await page.keyboard.press('Enter');
  await page.keyboard.type('AFP photo');
  await page.keyboard.press('ControlOrMeta+S');
  await expect(page.getByTestId('save-status')).toHaveText(/^Saved/);
  const [story] = await app.storiesOnDisk();
  const figure = story!.body[0]!;
  if (figure.type !== 'figure') throw new Error('expected a figure');

  // The file goes missing behind the app's back; the story is opened again.
  app.expectConsoleErrors(/Failed to load resource: .* 404/);
  await rm(path.join(app.libraryDir, story!.id, figure.image.src!));
  await page.reload();
  await page.getByRole('button', { name: /Photos arrive three ways/ }).click();
  await expect(page.getByRole('img', { name: 'Image missing' })).toBeVisible();
  await expect(page.getByTestId('figure-image')).toContainText(figure.image.src!);
  await expect(page.locator('.nd-figure-caption')).toHaveText('Smoke over Jarablus');
  await expect(page.locator('.nd-figure-credit')).toHaveText('AFP photo');
  await page.screenshot({
    path: `test-results/screenshots/missing-image-${test.info().project.name}.png`,
  });
});

test('cancelling the file dialog inserts nothing', async ({ app }) => {
  const { page } = app;
  await app.setNextImageFile(null);
  await app.sendMenuCommand('insert-figure');
  await page.keyboard.type('Still here');
  await expect(page.getByTestId('figure-image')).toHaveCount(0);
  await expect(page.locator('.nd-paragraph')).toHaveText('Still here');
});

test('a figure copied into another story keeps its blocks and brings its image', async ({
  app,
}) => {
  const { page } = app;
  const photo = path.join(app.libraryDir, '..', `copied-${Date.now()}.png`);
  await writeFile(photo, makePng(120, 80));
  await app.setNextImageFile(photo);
  await page.keyboard.type('Before');
  await app.sendMenuCommand('insert-figure');
  await expect(page.getByTestId('figure-image').locator('img')).toBeVisible();
  await page.keyboard.type('Copied caption');
  await page.keyboard.press('Enter');
  await page.keyboard.type('AP');
  await page.keyboard.press('Enter');
  await page.keyboard.type('After');
  // Select from "Before" to "After" and copy.
  await page.locator('.nd-paragraph', { hasText: 'Before' }).click();
  await page.keyboard.press('Home');
  await page.keyboard.down('Shift');
  for (let i = 0; i < 6; i += 1) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  await page.keyboard.up('Shift');
  await page.keyboard.press('ControlOrMeta+C');

  await page.keyboard.press('ControlOrMeta+N');
  await expect(page.locator('.nd-headline')).toHaveText(''); // the new story is open
  await page.keyboard.type('Second story');
  await enterToBody(page);
  await page.keyboard.press('ControlOrMeta+V');
  await expect(page.getByTestId('figure-image').locator('img')).toBeVisible();
  await expect(page.locator('.nd-figure-caption')).toHaveText('Copied caption');
  await page.keyboard.press('ControlOrMeta+S');
  await expect(page.getByTestId('save-status')).toHaveText(/^Saved/);

  const stories = await app.storiesOnDisk();
  const second = stories.find((story) => story.headline === 'Second story')!;
  const figure = second.body.find((block) => block.type === 'figure');
  expect(figure).toMatchObject({ caption: [{ text: 'Copied caption' }], credit: 'AP' });
  if (figure?.type !== 'figure') throw new Error('expected a figure');
  // The image file now lives in the second story's own assets.
  await expect(
    readFile(path.join(app.libraryDir, second.id, figure.image.src!)),
  ).resolves.toBeTruthy();
});
