import { mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { ninjsError } from '../../electron/export/ninjs-validator';
import { readStoryJson } from '../../shared/story/story-migrate';
import { makePng } from '../electron/image-bytes';
import { expect, test } from './fixtures';
import { enterToBody } from './steps';

let outDir: string;
test.beforeEach(async () => {
  outDir = await mkdtemp(path.join(os.tmpdir(), 'newsdesk-export-'));
});
test.afterEach(() => rm(outDir, { recursive: true, force: true }));

/** Pastes image data into the editor, as the OS hands over a copied photo. */
async function pastePhoto(page: Page) {
  const base64 = makePng(320, 200).toString('base64');
  await page.getByTestId('story-editor').evaluate((editor, data) => {
    const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
    const transfer = new DataTransfer();
    transfer.items.add(new File([bytes], 'photo.png', { type: 'image/png' }));
    editor.dispatchEvent(
      new ClipboardEvent('paste', { bubbles: true, cancelable: true, clipboardData: transfer }),
    );
  }, base64);
  await expect(page.getByTestId('figure-image').locator('img')).toHaveCount(1);
}

async function writeStoryWithPhoto(page: Page) {
  await page.keyboard.press('ControlOrMeta+N');
  await expect(page.getByTestId('story-editor')).toBeFocused();
  await page.keyboard.type('Turkish tanks cross into Syria');
  await enterToBody(page);
  await page.keyboard.type('Turkish tanks crossed the border on Wednesday.');
  await page.keyboard.press('Enter');
  await pastePhoto(page);
  await page.keyboard.type('Smoke rises over the border town');
  await page.keyboard.press('Enter');
  await page.keyboard.type('AFP photo');
  await page.getByPlaceholder('Describe the photo').fill('Grey smoke over low hills');
  await page.keyboard.press('ControlOrMeta+S');
  await expect(page.getByTestId('save-status')).toHaveText(/^Saved/);
}

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Export story' });

async function exportAs(page: Page, format: RegExp) {
  await page.keyboard.press('ControlOrMeta+Shift+E');
  await expect(dialog(page)).toBeVisible();
  await dialog(page).getByRole('radio', { name: format }).check();
}

test('File › Export… writes every format to the chosen folder, with the images', async ({
  app,
}) => {
  const { page } = app;
  await writeStoryWithPhoto(page);
  const [saved] = await app.storiesOnDisk();
  const asset = saved!.body.find((block) => block.type === 'figure')!.image.src!;
  const slugless = `story-${saved!.id.slice(0, 8)}`;

  // HTML fragment: the first export asks for the folder.
  await app.setNextExportFolder(outDir);
  await exportAs(page, /HTML fragment/);
  await mkdir('test-results/screenshots', { recursive: true });
  await page.screenshot({
    path: `test-results/screenshots/export-dialog-${test.info().project.name}.png`,
  });
  await dialog(page).getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog(page).getByRole('status')).toContainText(`Exported ${slugless}.html`);
  await expect(dialog(page).getByRole('status')).toContainText('and 1 image');
  const html = await readFile(path.join(outDir, `${slugless}.html`), 'utf8');
  expect(html).toContain('<h1>Turkish tanks cross into Syria</h1>');
  expect(html).toContain(
    `<img src="images/${path.basename(asset)}" alt="Grey smoke over low hills"`,
  );
  expect(html).toContain('<small class="credit">AFP photo</small>');
  const copied = await readFile(path.join(outDir, 'images', path.basename(asset)));
  const original = await readFile(path.join(app.libraryDir, saved!.id, asset));
  expect(copied.equals(original)).toBe(true);
  await dialog(page).getByRole('button', { name: 'Show in folder' }).click();
  await expect.poll(() => app.shownFiles()).toEqual([path.join(outDir, `${slugless}.html`)]);
  await dialog(page).getByRole('button', { name: 'Done' }).click();
  await expect(dialog(page)).toBeHidden();

  // ninjs: the folder is remembered; images get the publishing address.
  await exportAs(page, /ninjs/);
  await expect(dialog(page).getByTestId('export-folder')).toHaveText(outDir);
  await dialog(page)
    .getByLabel(/Image address/)
    .fill('https://cdn.example.com/news');
  await dialog(page).getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog(page).getByRole('status')).toContainText(`${slugless}.ninjs.json`);
  const ninjs = JSON.parse(await readFile(path.join(outDir, `${slugless}.ninjs.json`), 'utf8'));
  expect(ninjsError(ninjs)).toBeNull();
  expect(ninjs.headlines[0].value).toBe('Turkish tanks cross into Syria');
  expect(ninjs.associations[0].renditions[0].href).toBe(
    `https://cdn.example.com/news/${path.basename(asset)}`,
  );
  await page.keyboard.press('Escape');

  // Story JSON reads back as the saved story.
  await exportAs(page, /Story JSON/);
  await dialog(page).getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog(page).getByRole('status')).toContainText('.story.json');
  const storyJson = JSON.parse(await readFile(path.join(outDir, `${slugless}.story.json`), 'utf8'));
  const [onDisk] = await app.storiesOnDisk();
  expect(readStoryJson(storyJson)).toMatchObject({ ok: true, story: onDisk });
  await page.keyboard.press('Escape');

  // A page with the images inside it: one file to send.
  await exportAs(page, /HTML page/);
  await dialog(page)
    .getByLabel(/images inside the page/)
    .check();
  await dialog(page).getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog(page).getByRole('status')).toContainText(`Exported ${slugless}.html`);
  const pageHtml = await readFile(path.join(outDir, `${slugless}.html`), 'utf8');
  expect(pageHtml).toMatch(/^<!doctype html>/);
  expect(pageHtml).toContain(`src="data:image/png;base64,${original.toString('base64')}"`);
  expect(await readdir(path.join(outDir, 'images'))).toEqual([path.basename(asset)]);
});

test('checks: errors block the export, a check takes you to its place, warnings ask', async ({
  app,
}) => {
  const { page } = app;
  await page.keyboard.press('ControlOrMeta+N');
  await expect(page.getByTestId('story-editor')).toBeFocused();
  await enterToBody(page);
  await page.keyboard.type('Police said TK people were hurt.');
  await page.keyboard.press('ControlOrMeta+S');
  const checks = page.getByLabel('Checks before export').getByRole('listitem');
  await expect(checks).toHaveText([/headline is empty/, /TK marker/]);

  await app.setNextExportFolder(outDir);
  await page.keyboard.press('ControlOrMeta+Shift+E');
  await expect(dialog(page)).toContainText('2 problems to fix before export');
  await expect(dialog(page).getByRole('button', { name: 'Export', exact: true })).toBeDisabled();

  // The dialog's check goes to the empty headline: what is typed lands there.
  await dialog(page)
    .getByRole('button', { name: /headline is empty/ })
    .click();
  await expect(dialog(page)).toBeHidden();
  await page.keyboard.type('Crowd crush at stadium');
  // The inspector's check goes to the paragraph with the marker.
  await page.keyboard.press('ControlOrMeta+S');
  await expect(checks).toHaveText([/TK marker/]);
  await checks.getByRole('button').click();
  await page.keyboard.press('Shift+End');
  await page.keyboard.type('Police said 12 people were hurt.');
  await page.keyboard.press('ControlOrMeta+S');
  await expect(page.getByTestId('checks-clear')).toBeVisible();

  // A target the copy falls short of is a warning: the export asks once.
  await page.getByLabel(/Target/).fill('400');
  await page.keyboard.press('ControlOrMeta+S');
  await expect(checks).toHaveText([/desk asked for 400/]);
  await page.keyboard.press('ControlOrMeta+Shift+E');
  await dialog(page)
    .getByRole('radio', { name: /HTML fragment/ })
    .check();
  await dialog(page).getByRole('button', { name: 'Export anyway' }).click();
  await expect(dialog(page).getByRole('status')).toContainText('Exported');
  const [file] = await readdir(outDir);
  const html = await readFile(path.join(outDir, file!), 'utf8');
  expect(html).toContain('<h1>Crowd crush at stadium</h1>');
  expect(html).toContain('<p>Police said 12 people were hurt.</p>');
});

test('Copy as HTML puts the article on the clipboard; errors stop it', async ({ app }) => {
  const { page } = app;
  await page.keyboard.press('ControlOrMeta+N');
  await expect(page.getByTestId('story-editor')).toBeFocused();
  await enterToBody(page);
  await page.keyboard.type('A paragraph with <b>tags</b> & an ampersand.');
  await page.keyboard.press('ControlOrMeta+Shift+C');
  await expect(page.getByRole('alert')).toHaveText('Not copied: The headline is empty.');

  await page.keyboard.press('ControlOrMeta+ArrowUp');
  await page.keyboard.press('ControlOrMeta+Home');
  await page.keyboard.type('Headline for the CMS');
  await page.keyboard.press('ControlOrMeta+Shift+C');
  await expect(page.getByRole('alert')).toHaveText(/^Copied as HTML/);
  const html = await app.readClipboardHtml();
  expect(html).toContain('<h1>Headline for the CMS</h1>');
  expect(html).toContain('<p>A paragraph with &lt;b&gt;tags&lt;/b&gt; &amp; an ampersand.</p>');
});
