import fc from 'fast-check';
import { MARKS, STORY_SCHEMA_VERSION, type Story } from '../../shared/story/story';
import { normalizeRuns } from '../../shared/story/story-runs';

/** A valid story with the given headline and paragraphs of plain text. */
export function storyWith(headline: string, paragraphs: string[]): Story {
  return {
    schemaVersion: STORY_SCHEMA_VERSION,
    id: '0b6f6c4e-8d1a-4f4e-9a57-3c2d7e5b9a10',
    headline,
    body: paragraphs.map((text) => ({ type: 'paragraph', content: text ? [{ text }] : [] })),
    createdAt: '2026-11-24T08:00:00.000Z',
    updatedAt: '2026-11-24T09:30:00.000Z',
  };
}

const text = fc.string({ unit: 'grapheme', maxLength: 30 });
const run = fc.record(
  { text, marks: fc.subarray([...MARKS]) },
  { requiredKeys: ['text', 'marks'] },
);

/** Any valid story in canonical form (the shape the app saves). */
export const arbitraryStory: fc.Arbitrary<Story> = fc
  .record({
    headline: text.map((t) => t.replace(/[\r\n]+/g, ' ')),
    body: fc.array(fc.array(run, { maxLength: 6 }), { maxLength: 6 }),
  })
  .map(({ headline, body }) => ({
    ...storyWith(headline, []),
    body: body.map((runs) => ({ type: 'paragraph' as const, content: normalizeRuns(runs) })),
  }));
