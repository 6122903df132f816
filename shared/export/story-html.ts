import {
  hasImageFile,
  type Block,
  type FigureBlock,
  type List,
  type Story,
  type StoredFigureImage,
} from '../story/story';
import { inlineText } from '../story/story-runs';
import {
  EXPORT_IMAGES_FOLDER,
  assetFileName,
  publishedImageUrl,
  type ExportImages,
  type ExportOptions,
} from './export-formats';
import { escapeAttribute, escapeText } from './html-escape';
import { inlineHtml } from './inline-html';
import { PAGE_STYLESHEET } from './page-stylesheet';

/** Where an `<img>` points: the publishing URL, an inlined copy, or the copy in images/. */
type ImageUrl = (src: string) => string;

/** The association name a figure has in ninjs; the HTML carries it so a CMS can pair them. */
export function figureAssociationName(figureIndex: number): string {
  return `image-${figureIndex + 1}`;
}

function listHtml(list: List): string {
  const tag = list.ordered ? 'ol' : 'ul';
  const items = list.items
    .map(
      (item) => `<li>${inlineHtml(item.content)}${item.sublist ? listHtml(item.sublist) : ''}</li>`,
    )
    .join('');
  return `<${tag}>${items}</${tag}>`;
}

function imageHtml({ src, alt, width, height }: StoredFigureImage, imageUrl: ImageUrl): string {
  // Sizes are numbers in the model; escaped all the same, like every value that reaches markup.
  const size = `width="${escapeAttribute(String(width))}" height="${escapeAttribute(String(height))}"`;
  return `<img src="${escapeAttribute(imageUrl(src))}" alt="${escapeAttribute(alt)}" ${size}>`;
}

/** A photo without its file (export checks refuse it) keeps its caption and credit, with no <img>. */
function figureHtml(figure: FigureBlock, figureIndex: number, imageUrl: ImageUrl): string {
  const img = hasImageFile(figure.image) ? imageHtml(figure.image, imageUrl) : '';
  const caption =
    figure.caption.length > 0 ? `<span class="caption">${inlineHtml(figure.caption)}</span>` : '';
  const credit =
    figure.credit !== '' ? `<small class="credit">${escapeText(figure.credit)}</small>` : '';
  const figcaption =
    caption || credit
      ? `<figcaption>${[caption, credit].filter(Boolean).join(' ')}</figcaption>`
      : '';
  return `<figure class="image" data-association="${figureAssociationName(figureIndex)}">${img}${figcaption}</figure>`;
}

function blockHtml(block: Block, figureIndex: number, imageUrl: ImageUrl): string {
  switch (block.type) {
    case 'paragraph':
      return `<p>${inlineHtml(block.content)}</p>`;
    case 'subhead':
      return `<h${block.level}>${inlineHtml(block.content)}</h${block.level}>`;
    case 'figure':
      return figureHtml(block, figureIndex, imageUrl);
    case 'pullquote': {
      const attribution =
        block.attribution !== '' ? `<figcaption>${escapeText(block.attribution)}</figcaption>` : '';
      return `<figure class="pullquote"><blockquote><p>${inlineHtml(block.content)}</p></blockquote>${attribution}</figure>`;
    }
    case 'list':
      return listHtml(block);
    case 'rule':
      return '<hr>';
    case 'credit':
      return `<p class="credit-block">${escapeText(block.text)}</p>`;
  }
}

/** The body blocks as HTML, one block per line (so diffs of two exports read well). */
export function bodyHtml(story: Story, imageUrl: ImageUrl): string {
  let figures = 0;
  return story.body
    .map((block) => blockHtml(block, block.type === 'figure' ? figures++ : -1, imageUrl))
    .join('\n');
}

function headerHtml(story: Story): string {
  const lines = [`<h1>${escapeText(story.headline)}</h1>`];
  if (story.standfirst.length > 0) {
    lines.push(`<p class="standfirst">${inlineHtml(story.standfirst)}</p>`);
  }
  for (const byline of story.bylines) lines.push(`<p class="byline">${escapeText(byline)}</p>`);
  if (story.dateline) {
    const { place, date } = story.dateline;
    // The model holds a YYYY-MM-DD date here, but a story built past it must not open a tag.
    const time = date
      ? ` <time datetime="${escapeAttribute(date)}">${escapeText(date)}</time>`
      : '';
    lines.push(`<p class="dateline"><span class="place">${escapeText(place)}</span>${time}</p>`);
  }
  return `<header>\n${lines.join('\n')}\n</header>`;
}

function articleHtml(story: Story, imageUrl: ImageUrl): string {
  const lang = escapeAttribute(story.language);
  const body = bodyHtml(story, imageUrl);
  return `<article lang="${lang}">\n${headerHtml(story)}\n${body}${body ? '\n' : ''}</article>\n`;
}

/** Images for the fragment: at the publishing URL when one is set, else the copies in images/. */
function fragmentImageUrl(options: ExportOptions): ImageUrl {
  return (src) =>
    publishedImageUrl(src, options) ?? `${EXPORT_IMAGES_FOLDER}/${assetFileName(src)}`;
}

/**
 * The story as one `<article>` for a CMS body field: header (h1, standfirst,
 * byline, dateline), then the body. Everything is escaped; the same story
 * gives the same bytes.
 */
export function storyToHtmlFragment(story: Story, options: ExportOptions = {}): string {
  return articleHtml(story, fragmentImageUrl(options));
}

/**
 * The story as a standalone page with a small readable stylesheet. Images are
 * the copies in images/ beside it, or inlined as data: URLs when asked (then
 * `images` must carry their bytes).
 */
export function storyToHtmlPage(
  story: Story,
  options: ExportOptions = {},
  images: ExportImages = new Map(),
): string {
  const imageUrl: ImageUrl = options.inlineImages
    ? (src) => {
        const image = images.get(src);
        if (!image?.dataBase64) throw new Error(`The image ${src} is missing.`);
        return `data:${image.contentType};base64,${image.dataBase64}`;
      }
    : fragmentImageUrl({});
  const title = story.headline !== '' ? story.headline : 'Untitled story';
  const dir = /^(?:ar|fa|he|ur|yi|ps|ckb|dv|sd|ug)(?:-|$)/i.test(story.language)
    ? ' dir="rtl"'
    : '';
  return [
    '<!doctype html>',
    `<html lang="${escapeAttribute(story.language)}"${dir}>`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeText(title)}</title>`,
    `<style>\n${PAGE_STYLESHEET}</style>`,
    '</head>',
    '<body>',
    articleHtml(story, imageUrl) + '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** The story's plain text, paragraph by paragraph (ninjs' text/plain body). */
export function storyToPlainText(story: Story): string {
  const listLines = (list: List, depth: number): string[] =>
    list.items.flatMap((item, i) => [
      `${'  '.repeat(depth)}${list.ordered ? `${i + 1}.` : '•'} ${inlineText(item.content)}`,
      ...(item.sublist ? listLines(item.sublist, depth + 1) : []),
    ]);
  const blocks = story.body.map((block): string => {
    switch (block.type) {
      case 'paragraph':
      case 'subhead':
        return inlineText(block.content);
      case 'figure':
        return [inlineText(block.caption), block.credit].filter(Boolean).join(' — ');
      case 'pullquote':
        return `“${inlineText(block.content)}”${block.attribution ? ` — ${block.attribution}` : ''}`;
      case 'list':
        return listLines(block, 0).join('\n');
      case 'rule':
        return '* * *';
      case 'credit':
        return block.text;
    }
  });
  return blocks.filter((text) => text !== '').join('\n\n');
}
