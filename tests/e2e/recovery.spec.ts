import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './fixtures';
import { enterToBody } from './steps';

test('after a kill, the next start puts back all but the last ~2 s of typing, and says so', async ({
  app,
}) => {
  const { page } = app;
  await page.keyboard.press('ControlOrMeta+N');
  await expect(page.getByTestId('story-editor')).toBeFocused();
  await page.keyboard.type('Crash test');
  await enterToBody(page);
  // Typing without a pause of a second, so autosave never runs: only the journal has the words.
  const typed: { word: string; at: number }[] = [];
  // A word at a time (one input event each), so a busy machine cannot stretch it past 10 s.
  for (let i = 0; i < 40; i += 1) {
    const word = `word${i}`;
    await page.keyboard.insertText(`${word} `);
    typed.push({ word, at: Date.now() });
    await page.waitForTimeout(80);
  }
  const killedAt = Date.now();
  const [beforeKill] = await app.storiesOnDisk();
  expect(JSON.stringify(beforeKill!.body)).not.toContain('word0');

  const relaunched = await app.killAndRelaunch();
  await expect(relaunched.getByRole('alert')).toContainText(
    'Newsdesk recovered your unsaved work in “Crash test”',
  );
  const text = await relaunched.getByTestId('story-editor').innerText();
  const due = typed.filter(({ at }) => at <= killedAt - 2000).map(({ word }) => word);
  expect(due.length).toBeGreaterThan(10);
  for (const word of due) expect(text).toContain(word);
  // Back in the library too, not only on the screen.
  const [onDisk] = await app.storiesOnDisk();
  expect(JSON.stringify(onDisk!.body)).toContain(due.at(-1)!);
});

test('a story changed on disk by another program is never overwritten: the reporter chooses', async ({
  app,
}) => {
  const { page } = app;
  await page.keyboard.press('ControlOrMeta+N');
  await expect(page.getByTestId('story-editor')).toBeFocused();
  await page.keyboard.type('Mine');
  await enterToBody(page);
  await page.keyboard.type('My words.');
  await page.keyboard.press('ControlOrMeta+S');
  await expect(page.getByTestId('save-status')).toHaveText(/^Saved/);
  const [story] = await app.storiesOnDisk();
  const file = path.join(app.libraryDir, story!.id, 'story.json');
  const editOnDisk = (headline: string) =>
    writeFile(file, JSON.stringify({ ...story, headline, updatedAt: new Date().toISOString() }));

  // Another program writes the file while the reporter keeps typing.
  await editOnDisk('Theirs');
  await page.keyboard.type(' More of mine.');
  const status = page.getByTestId('save-status');
  await expect(status).toContainText('changed on disk by another program');
  expect(JSON.parse(await readFile(file, 'utf8')).headline).toBe('Theirs');
  await status.getByRole('button', { name: 'Keep mine' }).click();
  await expect(status).toHaveText(/^Saved/);
  expect(JSON.parse(await readFile(file, 'utf8')).headline).toBe('Mine');

  // Changed again while the window was elsewhere: noticed on coming back, without typing.
  await editOnDisk('Theirs again');
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await expect(status).toContainText('changed on disk');
  await status.getByRole('button', { name: 'Load theirs' }).click();
  await expect(page.getByTestId('story-editor').locator('h1')).toHaveText('Theirs again');
});

test('what is typed right after Ctrl+N lands in the new headline, not in the story being left', async ({
  app,
}) => {
  const { page } = app;
  await page.keyboard.press('ControlOrMeta+N');
  await page.keyboard.type('First story');
  await enterToBody(page);
  await page.keyboard.type('Its only paragraph.');
  // No waiting for the new story's editor: a reporter does not wait either.
  await page.keyboard.press('ControlOrMeta+N');
  await page.keyboard.type('Second story typed at once');
  const headline = page.getByTestId('story-editor').locator('h1');
  await expect(headline).toHaveText('Second story typed at once');
  await page.keyboard.press('ControlOrMeta+S');
  await expect(page.getByTestId('save-status')).toHaveText(/^Saved/);
  const stories = await app.storiesOnDisk();
  expect(stories.map((story) => story.headline).sort()).toEqual([
    'First story',
    'Second story typed at once',
  ]);
  const first = stories.find((story) => story.headline === 'First story')!;
  expect(JSON.stringify(first.body)).not.toContain('Second');
});
