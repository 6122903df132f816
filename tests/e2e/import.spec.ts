import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { makePng } from '../electron/image-bytes';
import { expect, test } from './fixtures';

const FRANCE24 = path.resolve(
  import.meta.dirname,
  '../../../shared/fixtures/france24-turkish-tanks.txt',
);
const CHROME = [
  'Skip to main content',
  'Page not found',
  'The content you requested does not exist or is not available anymore.',
];
const SUBHEADS = [
  "Turkish operation 'fully backed by US'",
  "Turkey to 'cleanse' border of IS militants",
  'Pre-empting Kurdish forces',
];

const sha256 = async (file: string) =>
  createHash('sha256')
    .update(await readFile(file))
    .digest('hex');

function review(page: Page) {
  return page.getByRole('dialog', { name: /^Import / });
}

/** Drops a file on the window as the file manager would. */
async function dropFile(page: Page, name: string, text: string) {
  await page.evaluate(
    ([fileName, content]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content!], fileName!, { type: 'text/markdown' }));
      const init = { bubbles: true, cancelable: true, dataTransfer: transfer };
      document.body.dispatchEvent(new DragEvent('dragover', init));
      document.body.dispatchEvent(new DragEvent('drop', init));
    },
    [name, text] as const,
  );
}

test('File › Import… reads the France 24 article, shows what it found, keeps a dropped line on request, and makes the story', async ({
  app,
}) => {
  const { page } = app;
  const before = await sha256(FRANCE24);
  await app.setNextImportFile(FRANCE24);
  await page.keyboard.press('ControlOrMeta+Shift+I');
  const dialog = review(page);
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('[data-role="headline"]')).toContainText(
    'Turkish tanks cross Syrian border to free IS-group held town',
  );
  await expect(dialog.locator('[data-role="figure"]')).toContainText('AFP');
  await expect(dialog.locator('[data-role="subhead"]')).toHaveText(
    SUBHEADS.map((subhead) => new RegExp(subhead.replace(/[()]/g, '\\$&'))),
  );
  await expect(dialog.locator('[data-role="credit"]')).toContainText(
    '(FRANCE 24 with AP and REUTERS)',
  );
  const dropped = dialog.getByRole('region', { name: 'Dropped as site chrome' });
  for (const line of CHROME) await expect(dropped).toContainText(line);

  // One click keeps a dropped line; Undo drops it again.
  await dropped
    .locator('li', { hasText: 'Page not found' })
    .getByRole('button', { name: 'Keep' })
    .click();
  const kept = dialog.getByRole('region', { name: 'Kept as text' });
  await expect(kept).toContainText('Page not found');
  await expect(dropped).not.toContainText('Page not found');
  await mkdir('test-results/screenshots', { recursive: true });
  await page.screenshot({
    path: `test-results/screenshots/import-review-${test.info().project.name}.png`,
  });
  await kept.getByRole('button', { name: 'Undo' }).click();
  await expect(dropped).toContainText('Page not found');

  await dialog.getByRole('button', { name: 'Import story' }).click();
  await expect(dialog).toBeHidden();
  const editor = page.getByTestId('story-editor');
  await expect(editor.locator('h1')).toHaveText(
    'Turkish tanks cross Syrian border to free IS-group held town',
  );
  await expect(editor.getByText('No photo file yet')).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('Imported france24-turkish-tanks.txt');

  const [story] = await app.storiesOnDisk();
  expect(story!.headline).toBe('Turkish tanks cross Syrian border to free IS-group held town');
  const figures = story!.body.filter((block) => block.type === 'figure');
  expect(figures).toEqual([
    {
      type: 'figure',
      image: { alt: '' },
      caption: [
        {
          text: 'The Islamic State group controls a number of areas along the Turkey-Syria border',
        },
      ],
      credit: expect.stringMatching(/^AFP( photo)?$/),
    },
  ]);
  const subheads = story!.body.filter((block) => block.type === 'subhead');
  expect(subheads.map((block) => block.content.map((run) => run.text).join(''))).toEqual(SUBHEADS);
  expect(story!.body.at(-1)).toEqual({ type: 'credit', text: '(FRANCE 24 with AP and REUTERS)' });
  const json = JSON.stringify(story);
  for (const line of CHROME) expect(json).not.toContain(line);
  // The original is only read.
  expect(await sha256(FRANCE24)).toBe(before);

  // The placeholder asks for the photo; choosing it fills the figure, caption and credit kept.
  const photo = path.join(app.libraryDir, '..', `tanks-${test.info().workerIndex}.png`);
  await writeFile(photo, makePng(120, 80));
  await app.setNextImageFile(photo);
  await editor.getByRole('button', { name: 'Choose the photo…' }).click();
  await expect(editor.getByTestId('figure-image').locator('img')).toBeVisible();
  await page.keyboard.press('ControlOrMeta+S');
  await expect(page.getByTestId('save-status')).toHaveText(/^Saved/);
  const [withPhoto] = await app.storiesOnDisk();
  expect(withPhoto!.body.find((block) => block.type === 'figure')).toMatchObject({
    image: { src: expect.stringMatching(/^assets\/[0-9a-f]{64}\.png$/), width: 120, height: 80 },
    credit: expect.stringMatching(/^AFP/),
  });
  await rm(photo, { force: true });
});

test('a Markdown file dropped on the window is imported after review; Cancel leaves the library as it was', async ({
  app,
}) => {
  const { page } = app;
  const markdown =
    '# Harbour reopens after storm\n\nBy Ana Ruiz\n\nThe harbour reopened on **Monday**, officials said.\n\n## Boats back at sea\n\n- Ferries\n- Fishing fleets\n';
  await dropFile(page, 'harbour.md', markdown);
  await expect(review(page)).toBeVisible();
  await review(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(review(page)).toBeHidden();
  expect(await app.storiesOnDisk()).toEqual([]);

  await dropFile(page, 'harbour.md', markdown);
  await expect(review(page)).toContainText('Harbour reopens after storm');
  await expect(review(page)).toContainText('(Markdown)');
  await page.keyboard.press('Enter');
  await expect(review(page)).toBeHidden();
  await expect(page.getByTestId('story-editor').locator('h1')).toHaveText(
    'Harbour reopens after storm',
  );
  const [story] = await app.storiesOnDisk();
  expect(story).toMatchObject({
    headline: 'Harbour reopens after storm',
    bylines: ['By Ana Ruiz'],
    body: [
      {
        type: 'paragraph',
        content: [
          { text: 'The harbour reopened on ' },
          { text: 'Monday', marks: ['bold'] },
          { text: ', officials said.' },
        ],
      },
      { type: 'subhead', level: 2, content: [{ text: 'Boats back at sea' }] },
      {
        type: 'list',
        ordered: false,
        items: [{ content: [{ text: 'Ferries' }] }, { content: [{ text: 'Fishing fleets' }] }],
      },
    ],
  });
});
