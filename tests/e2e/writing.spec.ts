import { expect, test, type NewsdeskApp } from './fixtures';
import { enterToBody } from './steps';

test.beforeEach(async ({ app }) => {
  await app.page.keyboard.press('ControlOrMeta+N');
  await expect(app.page.getByTestId('story-editor')).toBeFocused();
  await app.page.keyboard.type('Markdown and smart typing');
  await enterToBody(app.page);
});

async function savedBody(app: NewsdeskApp) {
  await app.page.keyboard.press('ControlOrMeta+S');
  await expect(app.page.getByTestId('save-status')).toHaveText(/^Saved/);
  const [story] = await app.storiesOnDisk();
  return story!.body;
}

test('markdown shortcuts start blocks; smart quotes and dashes are undoable', async ({ app }) => {
  const { page } = app;
  // Enter in a pull quote moves to its attribution, then on to the body.
  for (const line of ['### Minor subhead', '> Quoted words', 'Minister', '- first', 'second']) {
    await page.keyboard.type(line);
    await page.keyboard.press('Enter');
  }
  await page.keyboard.press('Enter'); // an empty list item ends the list
  await page.keyboard.type('1. one');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('---');
  await page.keyboard.type('He said "yes" -- and it\'s done');
  await page.keyboard.press('Enter');
  await page.keyboard.type('"');
  await page.keyboard.press('ControlOrMeta+Z'); // takes back the curl, keeps the quote
  const body = await savedBody(app);
  expect(body).toEqual([
    { type: 'subhead', level: 3, content: [{ text: 'Minor subhead' }] },
    { type: 'pullquote', content: [{ text: 'Quoted words' }], attribution: 'Minister' },
    {
      type: 'list',
      ordered: false,
      items: [{ content: [{ text: 'first' }] }, { content: [{ text: 'second' }] }],
    },
    { type: 'list', ordered: true, items: [{ content: [{ text: 'one' }] }] },
    { type: 'rule' },
    { type: 'paragraph', content: [{ text: 'He said \u201cyes\u201d \u2014 and it\u2019s done' }] },
    { type: 'paragraph', content: [{ text: '"' }] },
  ]);
});

test('a link is checked before it is applied; javascript: is refused', async ({ app }) => {
  const { page } = app;
  await page.keyboard.type('Read the report');
  await page.keyboard.press('Shift+ControlOrMeta+ArrowLeft'); // select "report"
  await page.keyboard.press('ControlOrMeta+K');
  const dialog = page.getByRole('dialog', { name: 'Link' });
  const address = dialog.getByLabel('Link address');
  await address.fill('javascript:alert(1)');
  await address.press('Enter');
  await expect(dialog.getByRole('alert')).toHaveText(/web addresses .* or e-mail/);
  await address.fill('example.org/report');
  await address.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('story-editor').locator('a')).toHaveAttribute(
    'href',
    'https://example.org/report',
  );
  expect(await savedBody(app)).toEqual([
    {
      type: 'paragraph',
      content: [{ text: 'Read the ' }, { text: 'report', href: 'https://example.org/report' }],
    },
  ]);
});

test('find counts matches; replace all is one undo step', async ({ app }) => {
  const { page } = app;
  await page.keyboard.type('Ankara said Ankara would act.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('In ');
  await page.keyboard.press('ControlOrMeta+B');
  await page.keyboard.type('Ankara');
  await page.keyboard.press('ControlOrMeta+B');
  await page.keyboard.type(', officials agreed.');
  await page.keyboard.press('ControlOrMeta+H');
  const bar = page.getByRole('search', { name: 'Find and replace' });
  await bar.getByRole('searchbox', { name: 'Find' }).fill('ankara');
  await expect(page.getByTestId('find-count')).toHaveText('1 of 3');
  await bar.getByLabel('Replace with').fill('Turkey');
  await bar.getByRole('button', { name: 'Replace all' }).click();
  await expect(page.getByTestId('find-count')).toHaveText('0 of 0');
  await expect(page.getByTestId('story-editor')).toContainText('Turkey said Turkey would act.');
  await expect(page.getByTestId('story-editor').locator('strong')).toHaveText('Turkey');
  await page.getByTestId('story-editor').click();
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(page.getByTestId('story-editor')).toContainText('Ankara said Ankara would act.');
  await expect(page.getByTestId('story-editor')).toContainText('In Ankara, officials agreed.');
});

test('right-to-left paragraphs render and save per paragraph', async ({ app }) => {
  const { page } = app;
  await page.keyboard.type('عبرت دبابات تركية الحدود السورية');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Turkish tanks crossed the border');
  await page.keyboard.press('Enter');
  await page.keyboard.type('טנקים טורקיים חצו את הגבול');
  const paragraphs = page.getByTestId('story-editor').locator('.nd-paragraph');
  const direction = (i: number) => paragraphs.nth(i).evaluate((p) => getComputedStyle(p).direction);
  expect([await direction(0), await direction(1), await direction(2)]).toEqual([
    'rtl',
    'ltr',
    'rtl',
  ]);
  await expect(page.getByTestId('word-count')).toHaveText('15');
  const body = await savedBody(app);
  expect(body.map((block) => block.type === 'paragraph' && block.content[0]?.text)).toEqual([
    'عبرت دبابات تركية الحدود السورية',
    'Turkish tanks crossed the border',
    'טנקים טורקיים חצו את הגבול',
  ]);
});

test('the inspector edits metadata, which is saved; the headline limit shows', async ({ app }) => {
  const { page } = app;
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await inspector.getByLabel('Status').selectOption('subbing');
  await inspector.getByLabel('Desk').fill('World');
  await inspector.getByLabel('Tags').fill('Turkey, Syria, ');
  await inspector.getByLabel('Target length (words)').fill('600');
  await inspector.getByRole('button', { name: 'From headline' }).click();
  await expect(page.getByTestId('word-target')).toHaveText('/ 600');
  await inspector.getByLabel('Headline limit (characters)').fill('20');
  await expect(page.getByTestId('headline-count').locator('..')).toHaveClass(/nd-over/);
  // The dateline: the place typed on the page, the date set in the inspector.
  await page.locator('.nd-dateline').click();
  await page.keyboard.type('Istanbul');
  await inspector.getByLabel('Dateline date').fill('2016-08-24');
  await expect(page.locator('.nd-dateline')).toHaveAttribute('data-date', /2016/);
  await page.keyboard.press('ControlOrMeta+S');
  await expect(page.getByTestId('save-status')).toHaveText(/^Saved/);
  const [story] = await app.storiesOnDisk();
  expect(story).toMatchObject({
    dateline: { place: 'Istanbul', date: '2016-08-24' },
    status: 'subbing',
    desk: 'World',
    tags: ['Turkey', 'Syria'],
    targetWords: 600,
    slug: 'markdown-and-smart-typing',
  });
});

test('Help › Keyboard Shortcuts lists the shortcuts from the one table', async ({ app }) => {
  const { page } = app;
  await page.keyboard.press('ControlOrMeta+/');
  const panel = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('row', { name: /Figure \(photo\)/ })).toContainText(/Alt\+F|⌥F/);
  await expect(panel.getByRole('row', { name: /Find and replace/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await app.sendMenuCommand('show-shortcuts');
  await expect(panel).toBeVisible();
});
