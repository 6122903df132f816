import type { Block, FigureBlock, Inline, Mark, Story, TextRun } from '../shared/story/story';
import { createEmptyStory } from '../shared/story/story-create';

/** A seeded PRNG (mulberry32): the same seed gives the same story on every run. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = [
  'The council',
  'The minister',
  'Local residents',
  'A spokesperson for the ministry',
  'Union leaders',
  'The regional governor',
  'Emergency services',
  'Opposition lawmakers',
  'The central bank',
  'Analysts',
  'Witnesses',
  'The prosecutor',
];
const VERBS = [
  'said',
  'warned',
  'confirmed',
  'announced',
  'told reporters',
  'denied',
  'argued',
  'insisted',
];
const CLAUSES = [
  'that the talks would resume next week',
  'that the budget had been cut by a third',
  'that more than two hundred people had been evacuated overnight',
  'that the vote was postponed until the end of the month',
  'that the new rules would take effect in January',
  'that the investigation was still at an early stage',
  'that prices had risen faster than expected',
  'that the bridge would stay closed for repairs',
  'that no decision had been taken on the proposal',
  'that the agreement would be signed on Friday',
];
const TAILS = [
  'according to two officials briefed on the matter',
  'after a meeting that lasted late into the night',
  'in a statement released on Tuesday',
  'despite growing pressure from coalition partners',
  'as rescue teams searched the flooded districts',
  'amid protests outside the parliament building',
  'citing figures from the national statistics office',
  'in an interview with a local radio station',
];
const PHRASES = [
  'a fragile ceasefire',
  'the harbour district',
  'the spring session',
  'public transport',
  'the hospital strike',
  'the new airport terminal',
  'rising energy bills',
  'the coastal road',
];
const PLACES = ['Geneva', 'Lagos', 'Manila', 'Lyon', 'Valparaíso', 'Tbilisi', 'Halifax'];

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)] as T;
}

function sentence(random: () => number): string {
  const parts = [pick(random, SUBJECTS), pick(random, VERBS), pick(random, CLAUSES)];
  if (random() < 0.6) parts.push(`on ${pick(random, PHRASES)},`, pick(random, TAILS));
  if (random() < 0.3) parts.push(`in ${pick(random, PLACES)}`);
  return `${parts.join(' ')}.`;
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** A paragraph of 2–4 sentences; about one in four carries a bold or italic phrase. */
function paragraph(random: () => number): Inline {
  const sentences = Array.from({ length: 2 + Math.floor(random() * 3) }, () => sentence(random));
  if (random() >= 0.25) return [{ text: sentences.join(' ') }];
  const marks: Mark[] = random() < 0.5 ? ['bold'] : ['italic'];
  const [first = '', ...rest] = sentences;
  return [
    { text: `${first} Concern over ` },
    { text: pick(random, PHRASES), marks },
    { text: ` grew. ${rest.join(' ')}` },
  ];
}

function hex(random: () => number, length: number): string {
  return Array.from({ length }, () => Math.floor(random() * 16).toString(16)).join('');
}

function figure(random: () => number): FigureBlock {
  return {
    type: 'figure',
    image: {
      src: `assets/${hex(random, 64)}.png`,
      alt: 'Crowds outside the hall',
      width: 1600,
      height: 1067,
    },
    caption: [{ text: `${sentence(random)} ` }, { text: 'File photo.', marks: ['italic'] }],
    credit: 'AFP photo',
  };
}

/** The words of inline text, as the story's word count sees them. */
export function inlineText(runs: Inline): string {
  return runs.map((run: TextRun) => run.text).join('');
}

/**
 * A realistic news story of about `targetWords` words (headline, standfirst,
 * paragraphs, subheads and captions): a subhead every ~8 paragraphs, a figure
 * every ~15, and always a paragraph last so typing at the end types into copy.
 */
export function generateStory(targetWords: number, seed = 2026): Story {
  const random = prng(seed ^ targetWords);
  const id = `${hex(random, 8)}-${hex(random, 4)}-4${hex(random, 3)}-a${hex(random, 3)}-${hex(random, 12)}`;
  const headline = 'Talks resume as the city counts the cost of the storm';
  const standfirst: Inline = [{ text: sentence(random) }];
  const body: Block[] = [];
  let count = words(headline) + words(inlineText(standfirst));
  let sinceSubhead = 0;
  let sinceFigure = 0;
  while (count < targetWords) {
    if (sinceSubhead >= 7 + Math.floor(random() * 3)) {
      const phrase = pick(random, PHRASES);
      const content = [
        { text: `${phrase[0]?.toUpperCase()}${phrase.slice(1)} in ${pick(random, PLACES)}` },
      ];
      body.push({ type: 'subhead', level: 2, content });
      count += words(inlineText(content));
      sinceSubhead = 0;
    }
    if (sinceFigure >= 14 + Math.floor(random() * 3)) {
      const block = figure(random);
      body.push(block);
      count += words(inlineText(block.caption));
      sinceFigure = 0;
    }
    const content = paragraph(random);
    body.push({ type: 'paragraph', content });
    count += words(inlineText(content));
    sinceSubhead += 1;
    sinceFigure += 1;
  }
  return {
    ...createEmptyStory(id, new Date('2026-11-25T09:00:00Z')),
    headline,
    standfirst,
    bylines: ['By Jane Doe'],
    dateline: { place: 'Geneva', date: '2026-11-25' },
    body,
    slug: 'talks-resume-storm',
    desk: 'World',
  };
}

/** The text of the story's last paragraph and of the paragraph closest to the middle of its body. */
export function targetTexts(story: Story): { end: string; middle: string } {
  const paragraphs = story.body.flatMap((block, index) =>
    block.type === 'paragraph' ? [{ index, text: inlineText(block.content) }] : [],
  );
  const half = story.body.length / 2;
  const middle = paragraphs.reduce((best, next) =>
    Math.abs(next.index - half) < Math.abs(best.index - half) ? next : best,
  );
  const last = paragraphs.at(-1);
  if (!last || story.body.at(-1)?.type !== 'paragraph')
    throw new Error('The story must end with a paragraph');
  return { end: last.text, middle: middle.text };
}
