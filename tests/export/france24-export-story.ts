// The France 24 story as the golden files export it: every word from the
// scraped fixture (../shared/fixtures/france24-turkish-tanks.txt), every other
// field fixed, so the same code always gives the same bytes.
import { STORY_SCHEMA_VERSION, type Block, type Story } from '../../shared/story/story';
import { readFrance24 } from '../e2e/france24-fixture';

/** The photo's stored name: a fixed SHA-256, as the library would have named the JPEG. */
export const FRANCE24_IMAGE_SRC = `assets/${'9b2e4d71c0a8f356'.repeat(4)}.jpg`;

/** The photo's size on disk, as the writer would measure it (ninjs' `sizeinbytes`). */
export const FRANCE24_IMAGE_BYTES = 184_306;

/** Where the publishing side serves images (the ninjs and fragment goldens use it). */
export const ASSET_BASE_URL = 'https://cdn.example.com/newsdesk/';

/** The France 24 story built from the fixture's text: figure, subheads, paragraphs, credit block. */
export function france24ExportStory(): Story {
  const { headline, parts } = readFrance24();
  const body = parts.map((part): Block => {
    switch (part.kind) {
      case 'figure':
        return {
          type: 'figure',
          image: {
            src: FRANCE24_IMAGE_SRC,
            alt: 'Turkish army tanks on a road near the Syrian border',
            width: 1024,
            height: 576,
          },
          caption: [{ text: part.caption }],
          credit: part.credit,
        };
      case 'subhead':
        return { type: 'subhead', level: 2, content: [{ text: part.text }] };
      case 'paragraph':
        return { type: 'paragraph', content: [{ text: part.text }] };
      case 'credit':
        return { type: 'credit', text: part.text };
    }
  });
  return {
    schemaVersion: STORY_SCHEMA_VERSION,
    id: '5d0c7a2e-3b9f-4e61-8a4d-2f7b91c6e053',
    headline,
    standfirst: [],
    bylines: ['FRANCE 24'],
    dateline: { place: 'KARKAMIS, Turkey', date: '2016-08-24' },
    body,
    slug: 'turkish-tanks-syria',
    status: 'ready',
    desk: 'International',
    tags: ['Turkey', 'Syria', 'Islamic State group'],
    language: 'en',
    authors: ['FRANCE 24'],
    createdAt: '2016-08-24T06:12:00.000Z',
    updatedAt: '2016-08-24T09:41:27.000Z',
  };
}
