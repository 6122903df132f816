import { hasImageFile, type FigureBlock, type Story, type StoredFigureImage } from '../story/story';
import { inlineText } from '../story/story-runs';
import { bodyCounts } from '../story/story-stats';
import {
  EXPORT_IMAGES_FOLDER,
  assetFileName,
  publishedImageUrl,
  type ExportImages,
  type ExportOptions,
} from './export-formats';
import { creditSources, photoCredit } from './ninjs-credit';
import { bodyHtml, figureAssociationName, storyToPlainText } from './story-html';

/** The schema every ninjs export names and is validated against. */
export const NINJS_STANDARD = {
  name: 'ninjs',
  version: '2.2',
  schema: 'http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json',
} as const;

/** The URIs we mint: ninjs wants an absolute URI, and a bare id is not one. */
export const storyUri = (id: string) => `urn:newsdesk:story:${id}`;
const assetUri = (src: string) => `urn:newsdesk:asset:sha256:${assetFileName(src).split('.')[0]}`;

const IMAGE_CONTENT_TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
};

/** An image's media type, read from its stored name (main named it from the bytes). */
export function assetContentType(src: string): string {
  return IMAGE_CONTENT_TYPES[src.slice(src.lastIndexOf('.') + 1)] ?? 'application/octet-stream';
}

type Json = Record<string, unknown>;

function text(role: string, value: string): Json {
  return { role, contenttype: 'text/plain', value };
}

function association(
  storyId: string,
  figure: FigureBlock,
  index: number,
  options: ExportOptions,
  images: ExportImages,
) {
  const { alt } = figure.image;
  const caption = inlineText(figure.caption);
  const credit = photoCredit(figure.credit);
  const file = hasImageFile(figure.image) ? figure.image : null;
  return {
    name: figureAssociationName(index),
    // ninjs requires a uri; a photo without its file (export checks refuse it) is named by its place.
    uri: file ? assetUri(file.src) : `urn:newsdesk:story:${storyId}:photo:${index + 1}`,
    type: 'picture',
    descriptions: [
      ...(caption !== '' ? [text('caption', caption)] : []),
      ...(figure.credit !== '' ? [text('creditline', figure.credit)] : []),
      ...(alt !== '' ? [text('alt', alt)] : []),
    ],
    ...(credit.by ? { by: credit.by } : {}),
    ...(credit.holder ? { copyrightholder: credit.holder } : {}),
    // A photo without its file (export checks refuse it) has nothing to render.
    ...(file ? { renditions: [rendition(file, options, images)] } : {}),
  };
}

function rendition(file: StoredFigureImage, options: ExportOptions, images: ExportImages) {
  const href = publishedImageUrl(file.src, options);
  const size = images.get(file.src)?.sizeInBytes;
  return {
    name: 'original',
    // Without a publishing URL there is no honest absolute href: leave it out (only name is required).
    ...(href !== null ? { href } : {}),
    contenttype: assetContentType(file.src),
    width: file.width,
    height: file.height,
    ...(size !== undefined ? { sizeinbytes: size } : {}),
  };
}

/** Joins bylines as one string, as ninjs' `by` wants: "A", "A and B", "A, B and C". */
export function joinBylines(bylines: readonly string[]): string {
  const names = bylines.map((line) => line.replace(/^by\s+/i, ''));
  return names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * The story as an IPTC ninjs 2.2 document, mapped as `../shared/schemas/ninjs/README.md`
 * lays out (roles: main, subhead, summary, caption, creditline, alt). Internal
 * statuses (draft, subbing) are not exported: only ready becomes `usable`.
 * Property order is fixed, so the same story gives the same bytes.
 */
export function storyToNinjs(
  story: Story,
  options: ExportOptions = {},
  images: ExportImages = new Map(),
) {
  const standfirst = inlineText(story.standfirst);
  const credit = story.body.findLast((block) => block.type === 'credit');
  const figures = story.body.filter((block): block is FigureBlock => block.type === 'figure');
  const imageUrl = (src: string) =>
    publishedImageUrl(src, options) ?? `${EXPORT_IMAGES_FOLDER}/${assetFileName(src)}`;
  const html = bodyHtml(story, imageUrl);
  const plain = storyToPlainText(story);
  // The same counts the inspector shows: body copy, captions excluded (as ninjs defines them).
  const { words, characters } = bodyCounts(story);
  return {
    uri: storyUri(story.id),
    standard: NINJS_STANDARD,
    type: 'text',
    representationtype: 'full',
    profile: 'newsdesk-story',
    firstcreated: story.createdAt,
    versioncreated: story.updatedAt,
    ...(story.embargo ? { embargoed: story.embargo } : {}),
    ...(story.status === 'ready' ? { pubstatus: 'usable' } : {}),
    language: story.language,
    ...(story.slug ? { slugline: story.slug } : {}),
    headlines: [
      text('main', story.headline),
      ...(standfirst !== '' ? [text('subhead', standfirst)] : []),
    ],
    ...(standfirst !== '' ? { descriptions: [text('summary', standfirst)] } : {}),
    ...(story.bylines.length > 0 ? { by: joinBylines(story.bylines) } : {}),
    ...(story.dateline ? { located: story.dateline.place } : {}),
    ...(credit ? { infosources: creditSources(credit.text).map((name) => ({ name })) } : {}),
    ...(story.tags.length > 0 ? { subjects: story.tags.map((name) => ({ name })) } : {}),
    bodies: [
      {
        role: 'main',
        contenttype: 'text/html',
        value: html,
        wordcount: words,
        charcount: characters,
      },
      {
        role: 'main',
        contenttype: 'text/plain',
        value: plain,
        wordcount: words,
        charcount: characters,
      },
    ],
    ...(figures.length > 0
      ? {
          associations: figures.map((figure, i) =>
            association(story.id, figure, i, options, images),
          ),
        }
      : {}),
  };
}
