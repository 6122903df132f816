import { mkdir, rm, writeFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { enterToBody } from './steps';

const HEADLINE = 'Turkish tanks cross Syrian border to free IS-group held town';

test('a reporter writes a story, saves with the keyboard, reloads and reopens it', async ({
  app,
}) => {
  const { page } = app;
  await expect(page.getByRole('heading', { name: 'No story open' })).toBeVisible();

  await page.keyboard.press('ControlOrMeta+N');
  const editor = page.getByTestId('story-editor');
  await expect(editor).toBeFocused();
  await page.keyboard.type(HEADLINE);
  await enterToBody(page);
  await page.keyboard.type('Turkish tanks and ');
  await page.keyboard.press('ControlOrMeta+B');
  await page.keyboard.type('special forces');
  await page.keyboard.press('ControlOrMeta+B');
  await page.keyboard.type(' crossed into Syria on Wednesday.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('The offensive aims to ');
  await page.keyboard.press('ControlOrMeta+I');
  await page.keyboard.type('pre-empt');
  await page.keyboard.press('ControlOrMeta+I');
  await page.keyboard.type(' Kurdish forces.');
  await page.keyboard.press('ControlOrMeta+S');
  await expect(page.getByTestId('save-status')).toHaveText(/^Saved/);

  // The disk holds the story, structured, with its formatting.
  const [onDisk, ...others] = await app.storiesOnDisk();
  expect(others).toHaveLength(0);
  expect(onDisk?.headline).toBe(HEADLINE);
  expect(onDisk?.body).toEqual([
    {
      type: 'paragraph',
      content: [
        { text: 'Turkish tanks and ' },
        { text: 'special forces', marks: ['bold'] },
        { text: ' crossed into Syria on Wednesday.' },
      ],
    },
    {
      type: 'paragraph',
      content: [
        { text: 'The offensive aims to ' },
        { text: 'pre-empt', marks: ['italic'] },
        { text: ' Kurdish forces.' },
      ],
    },
  ]);

  await page.reload();
  await expect(page.getByRole('heading', { name: 'No story open' })).toBeVisible();
  await page.getByRole('button', { name: new RegExp(HEADLINE) }).click();

  await expect(editor.locator('h1')).toHaveText(HEADLINE);
  await expect(editor.locator('.nd-paragraph')).toHaveText([
    'Turkish tanks and special forces crossed into Syria on Wednesday.',
    'The offensive aims to pre-empt Kurdish forces.',
  ]);
  await expect(editor.locator('strong')).toHaveText('special forces');
  await expect(editor.locator('em')).toHaveText('pre-empt');
  await expect(page.getByTestId('word-count')).toHaveText('17');

  // The three-pane window with the story, for the record (see docs/screenshots/).
  await mkdir('test-results/screenshots', { recursive: true });
  const shots = `test-results/screenshots/three-pane-${test.info().project.name}`;
  await page.screenshot({ path: `${shots}-light.png` });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: `${shots}-dark.png` });
});

test('a malformed request from the page gets a typed error and writes nothing', async ({ app }) => {
  const { page } = app;
  await expect(page.getByRole('heading', { name: 'No story open' })).toBeVisible();
  const answers = await page.evaluate(async () => {
    const api = window.newsdesk!;
    const call = (fn: () => Promise<unknown>) => fn().catch((error: unknown) => String(error));
    return Promise.all([
      call(() => api.loadStory({ id: '../../etc/passwd' })),
      call(() => api.loadStory({ id: 42 } as never)),
      call(() => api.listStories({ extra: true } as never)),
      call(() => api.saveStory({ story: { headline: 'x'.repeat(20 * 1024 * 1024) } } as never)),
    ]);
  });
  for (const answer of answers) {
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(JSON.stringify(answer)).not.toMatch(/\bat \w+ \(|node_modules/);
  }
  expect(await app.storiesOnDisk()).toEqual([]);
});

test('an unreadable library folder is reported, not shown as empty', async ({ app }) => {
  const { page } = app;
  await rm(app.libraryDir, { recursive: true });
  await writeFile(app.libraryDir, 'a file where the library folder should be');
  await page.reload();
  await expect(page.getByRole('alert')).toHaveText(
    'The library folder cannot be read: a file stands where a folder should be.',
  );
  await expect(page.getByText('No stories yet')).toBeHidden();
});
