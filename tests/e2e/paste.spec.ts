import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { makePng } from '../electron/image-bytes';
import { expect, test } from './fixtures';
import { enterToBody } from './steps';

const CLIPBOARD = path.join(import.meta.dirname, '..', 'fixtures', 'clipboard');

/** Pastes into the editor what another program put on the clipboard. */
async function paste(page: Page, data: Record<string, string>) {
  await page.getByTestId('story-editor').evaluate((editor, formats) => {
    const transfer = new DataTransfer();
    for (const [type, value] of Object.entries(formats)) transfer.setData(type, value);
    editor.dispatchEvent(
      new ClipboardEvent('paste', { bubbles: true, cancelable: true, clipboardData: transfer }),
    );
  }, data);
}

async function savedBody(app: { page: Page; storiesOnDisk: () => Promise<unknown[]> }) {
  await app.page.keyboard.press('ControlOrMeta+S');
  await expect(app.page.getByTestId('save-status')).toHaveText(/^Saved/);
  const [story] = (await app.storiesOnDisk()) as { headline: string; body: unknown[] }[];
  return story!;
}

test.beforeEach(async ({ app }) => {
  // Pasted copy is parsed (inertly) in the page, and Chromium reports each inline style and
  // handler attribute its CSP refused while parsing: the policy at work; nothing was applied or run.
  app.expectConsoleErrors(/^(Applying inline style|Executing inline event handler) violates/);
  await app.page.keyboard.press('ControlOrMeta+N');
  await expect(app.page.getByTestId('story-editor')).toBeFocused();
  await app.page.keyboard.type('Copy from everywhere');
  await enterToBody(app.page);
});

test('Word copy pastes as clean blocks: subheads, bold, italic, a nested list; no junk', async ({
  app,
}) => {
  const html = await readFile(path.join(CLIPBOARD, 'word-windows.html.txt'), 'utf8');
  await paste(app.page, { 'text/html': html, 'text/plain': 'Council approves new bridge' });
  const editor = app.page.getByTestId('story-editor');
  await expect(editor.locator('h2', { hasText: 'What happens next' })).toBeVisible();
  await expect(editor.locator('li.nd-list-nested li')).toHaveText(
    'Permits from the port authority',
  );

  const story = await savedBody(app);
  expect(story.headline).toBe('Copy from everywhere');
  const json = JSON.stringify(story.body);
  // Word's markup goes; its comments too. A footnote keeps its words: a superscript
  // number in the text and the note as a paragraph of its own.
  const junk = ['MsoNormal', 'o:p', '[JD1]', '[1]', 'mso-', 'msoCommentShow', '\u00a0'];
  for (const piece of junk) {
    expect(json).not.toContain(piece);
  }
  expect(story.body).toEqual(
    expect.arrayContaining([
      { type: 'subhead', level: 2, content: [{ text: 'Council approves new bridge' }] },
      { type: 'subhead', level: 2, content: [{ text: 'What happens next' }] },
      {
        type: 'paragraph',
        content: [
          { text: 'The city council voted on Tuesday to fund the ' },
          { text: 'Riverside', marks: ['italic'] },
          { text: ' bridge, ending a ' },
          { text: 'three-year', marks: ['bold'] },
          { text: ' dispute over its cost.' },
          { text: '1', marks: ['superscript'] },
        ],
      },
      {
        type: 'list',
        ordered: false,
        items: [
          {
            content: [{ text: 'Demolition of the old pier' }],
            sublist: {
              ordered: false,
              items: [
                {
                  content: [
                    { text: 'Permits from the ' },
                    { text: 'port authority', marks: ['bold'] },
                  ],
                },
              ],
            },
          },
          { content: [{ text: 'Foundations' }] },
          { content: [{ text: 'The deck' }] },
        ],
      },
      {
        type: 'paragraph',
        content: [{ text: '1', marks: ['superscript'] }, { text: ' Council minutes, 4 March.' }],
      },
    ]),
  );
  // No empty paragraphs: every paragraph has words.
  for (const block of story.body as { type: string; content?: { text: string }[] }[]) {
    if (block.type === 'paragraph')
      expect(
        block
          .content!.map((r) => r.text)
          .join('')
          .trim(),
      ).not.toBe('');
  }
});

test('Google Docs copy keeps bold, italic, links and headings, not its bold wrapper; an image it cannot fetch becomes a placeholder', async ({
  app,
}) => {
  const html = await readFile(path.join(CLIPBOARD, 'google-docs.html.txt'), 'utf8');
  await paste(app.page, { 'text/html': html, 'text/plain': 'Flood waters rose two metres' });
  const editor = app.page.getByTestId('story-editor');
  await expect(editor.locator('h2', { hasText: 'Roads closed' })).toBeVisible();
  // The Docs image is on Google's servers: tests are offline, so it waits for its file.
  await expect(editor.getByText('No photo file yet')).toBeVisible();

  const story = await savedBody(app);
  const json = JSON.stringify(story.body);
  expect(json).not.toContain('googleusercontent');
  expect(json).not.toContain('blob:');
  expect(story.body[0]).toEqual({
    type: 'paragraph',
    content: [
      { text: 'Flood waters rose ' },
      { text: 'two metres', marks: ['bold'] },
      { text: ' overnight, the ' },
      { text: 'Environment Agency', marks: ['italic'] },
      { text: ' said, citing ' },
      { text: 'its gauges', href: 'https://www.gov.uk/check-flooding' },
      { text: '.' },
    ],
  });
  const figure = (story.body as { type: string; image?: { src?: string } }[]).find(
    (block) => block.type === 'figure',
  );
  expect(figure?.image?.src).toBeUndefined();
});

test.describe('pasted images', () => {
  let server: Server;
  let origin = '';
  test.beforeAll(async () => {
    const png = makePng(64, 48, [200, 40, 40]);
    server = createServer((request, response) => {
      if (request.url === '/photo.png') {
        response.writeHead(200, { 'content-type': 'image/png' }).end(png);
      } else response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test('a web image and a data: image are stored in the story’s assets; a hostile paste leaves nothing active', async ({
    app,
  }) => {
    const dataPng = makePng(10, 10, [0, 120, 0]).toString('base64');
    await paste(app.page, {
      'text/html':
        `<figure><img src="${origin}/photo.png" alt="Red test card"><figcaption>The card (Photo: Test Desk)</figcaption></figure>` +
        `<p>Before <img src="data:image/png;base64,${dataPng}" alt="Green"> after</p>` +
        `<p onclick="alert(1)">Click <a href="javascript:alert(1)">here</a><script>alert(2)</script></p>` +
        `<iframe src="${origin}/photo.png"></iframe><img src="${origin}/missing.png" alt="Gone">`,
      'text/plain': 'The card',
    });
    const editor = app.page.getByTestId('story-editor');
    await expect(editor.getByTestId('figure-image').locator('img')).toHaveCount(2);
    await expect(editor.getByText('No photo file yet')).toHaveCount(1);
    await expect(editor.locator('[onclick], script, iframe, a[href^="javascript"]')).toHaveCount(0);

    const story = await savedBody(app);
    const figures = (story.body as { type: string; image: { src?: string; alt: string } }[]).filter(
      (block) => block.type === 'figure',
    );
    expect(figures.map((figure) => figure.image.alt)).toEqual(['Red test card', 'Green', 'Gone']);
    expect(figures[0]).toMatchObject({ caption: [{ text: 'The card' }], credit: 'Test Desk' });
    for (const figure of figures.slice(0, 2)) {
      expect(figure.image.src).toMatch(/^assets\/[0-9a-f]{64}\.png$/);
    }
    expect(figures[2]!.image.src).toBeUndefined();
    const json = JSON.stringify(story.body);
    expect(json).not.toMatch(/javascript:|127\.0\.0\.1|data:|alert\(2\)/);
    expect(json).toContain('Click here');
  });
});

test('plain text keeps its paragraphs and line breaks; in the headline it is one line', async ({
  app,
}) => {
  await paste(app.page, {
    'text/plain': 'First paragraph,\nstill the first.\n\nSecond paragraph.\n\n\n\nThird.',
  });
  const story = await savedBody(app);
  expect(story.body).toEqual([
    { type: 'paragraph', content: [{ text: 'First paragraph,\nstill the first.' }] },
    { type: 'paragraph', content: [{ text: 'Second paragraph.' }] },
    { type: 'paragraph', content: [{ text: 'Third.' }] },
  ]);
});
