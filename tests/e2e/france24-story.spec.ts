import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { makePng } from '../electron/image-bytes';
import { StorySchema } from '../../shared/story/story-schema';
import { publishedStorySchema } from '../shared/published-schema';
import type { Story } from '../../shared/story/story';
import { countBodyWords } from '../../shared/story/story-text';
import { expect, test } from './fixtures';
import { asTyped, readFrance24 } from './france24-fixture';
import { enterToBody } from './steps';

const { headline, parts } = readFrance24();

test('the France 24 story is built with the keyboard and the Insert menu, saved, reloaded and reopened unchanged', async ({
  app,
}) => {
  test.setTimeout(180_000);
  const { page } = app;
  const photo = path.join(app.libraryDir, '..', `newsdesk-e2e-photo-${Date.now()}.png`);
  await writeFile(photo, makePng(640, 400));
  await app.setNextImageFile(photo);

  await page.keyboard.press('ControlOrMeta+N');
  const editor = page.getByTestId('story-editor');
  await expect(editor).toBeFocused();
  await page.keyboard.type(headline);
  await enterToBody(page);

  for (const part of parts) {
    if (part.kind === 'figure') {
      await app.sendMenuCommand('insert-figure'); // Insert › Figure…
      await expect(editor.getByTestId('figure-image').locator('img')).toBeVisible();
      await page.keyboard.type(part.caption);
      await page.keyboard.press('Enter'); // caption → credit
      await page.keyboard.type(part.credit);
      await page.keyboard.press('Enter'); // credit → the paragraph after the figure
    } else if (part.kind === 'subhead') {
      await page.keyboard.type(`## ${part.text}`); // markdown shortcut
      await page.keyboard.press('Enter');
    } else if (part.kind === 'credit') {
      await app.sendMenuCommand('insert-credit'); // Insert › Credit Block
      await page.keyboard.type(part.text);
    } else {
      await page.keyboard.type(part.text);
      await page.keyboard.press('Enter');
    }
  }
  await page.keyboard.press('ControlOrMeta+S');
  await expect(page.getByTestId('save-status')).toHaveText(/^Saved/);

  // The file on disk holds the story's structure exactly, and validates.
  const [saved] = await app.storiesOnDisk();
  expect(StorySchema.safeParse(saved).success).toBe(true);
  const published = publishedStorySchema();
  expect(published(saved), JSON.stringify(published.errors)).toBe(true);
  const story = saved as Story;
  expect(story.headline).toBe(headline);
  const expected = parts.map((part) => {
    if (part.kind === 'figure') {
      return {
        type: 'figure',
        image: {
          src: expect.stringMatching(/^assets\/[0-9a-f]{64}\.png$/),
          alt: '',
          width: 640,
          height: 400,
        },
        caption: [{ text: asTyped(part.caption) }],
        credit: part.credit,
      };
    }
    if (part.kind === 'subhead')
      return { type: 'subhead', level: 2, content: [{ text: asTyped(part.text) }] };
    if (part.kind === 'credit') return { type: 'credit', text: part.text };
    return { type: 'paragraph', content: [{ text: asTyped(part.text) }] };
  });
  expect(story.body).toEqual(expected);
  // Smart quotes as typed: the straight quotes of the source became curly ones.
  expect(story.body).toContainEqual({
    type: 'paragraph',
    content: [
      {
        text: '\u201cThe aim of the operation is to ensure border security and Syria\u2019s territorial integrity while supporting the US-led coalition against Islamic State,\u201d one military source said.',
      },
    ],
  });
  expect(story.body.filter((block) => block.type === 'subhead')).toHaveLength(2);
  await expect(page.getByTestId('caption-count')).toHaveText('13 words');
  // The live count (kept block by block) agrees with a count of the saved story.
  const words = countBodyWords(story);
  expect(words).toBe(718); // "U.S.-backed" and "Pre-empting" are one word each
  await expect(page.getByTestId('word-count')).toHaveText(words.toLocaleString('en'));

  await mkdir('test-results/screenshots', { recursive: true });
  await editor.locator('.nd-figure').scrollIntoViewIfNeeded();
  await page.screenshot({
    path: `test-results/screenshots/france24-${test.info().project.name}.png`,
  });

  // Reload the window, reopen the story: the editor gives back the same story.
  await page.reload();
  await page.getByRole('button', { name: new RegExp(headline.slice(0, 30)) }).click();
  await expect(editor.locator('h1')).toHaveText(headline);
  await expect(editor.getByTestId('figure-image').locator('img')).toBeVisible();
  await expect(editor.locator('.nd-subhead')).toHaveText(
    parts.filter((p) => p.kind === 'subhead').map((p) => asTyped((p as { text: string }).text)),
  );
  // An edit and its undo-by-hand, so what is saved is read back out of the editor.
  await editor.locator('.nd-credit-block').click();
  await page.keyboard.press('End');
  await page.keyboard.type('x');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('ControlOrMeta+S');
  await expect(page.getByTestId('save-status')).toHaveText(/^Saved/);
  const [reopened] = await app.storiesOnDisk();
  expect({ ...reopened, updatedAt: '' }).toEqual({ ...story, updatedAt: '' });
});
