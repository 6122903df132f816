import { bodyCounts } from '../shared/story/story-stats';
import type { Block, FigureBlock, Story } from '../shared/story/story';
import { inlineText } from '../shared/story/story-runs';
import { generateStory } from './story-generator';

/** A stored image name for figure `index`: 64 hex digits, different for each. */
function imageSrc(index: number): string {
  return `assets/${(index + 1).toString(16).padStart(8, '0').repeat(8)}.jpg`;
}

function figure(index: number, caption: string): FigureBlock {
  return {
    type: 'figure',
    image: {
      src: imageSrc(index),
      alt: `Photo ${index + 1} of the storm`,
      width: 1600,
      height: 1067,
    },
    caption: [{ text: caption }, { text: ' File photo.', marks: ['italic'] }],
    credit: index % 2 === 0 ? 'AFP photo' : 'Jane Doe/Reuters',
  };
}

/**
 * The export benchmark's story: the typing bench's generated copy (bench/
 * story-generator.ts) grown to `words` body words, with exactly `figures`
 * photos spread through it, a pull quote, a list and a credit block — the
 * parts an export writes, at the size of a long read.
 */
export function exportBenchStory(words = 10_000, figures = 20): Story {
  let size = words;
  let base = generateStory(size);
  // The generator counts headline and captions too; grow until the body alone has the words.
  while (bodyCounts(base).words < words) base = generateStory((size += 250));
  const copy = base.body.filter((block) => block.type !== 'figure');
  const every = Math.floor(copy.length / figures);
  const body: Block[] = [];
  copy.forEach((block, index) => {
    if (index % every === 0 && index / every < figures) {
      const caption = block.type === 'paragraph' ? inlineText(block.content).split('. ')[0]! : '';
      body.push(figure(index / every, `${caption}.`));
    }
    body.push(block);
    if (index === 3) {
      body.push({
        type: 'pullquote',
        content: [{ text: 'We will rebuild every street that the water took.' }],
        attribution: 'The mayor',
      });
    }
    if (index === 6) {
      body.push({
        type: 'list',
        ordered: false,
        items: ['Schools closed', 'Bridges shut', 'Trains cut'].map((text) => ({
          content: [{ text }],
        })),
      });
    }
  });
  body.push({ type: 'credit', text: '(NEWSDESK with AFP and REUTERS)' });
  return {
    ...base,
    body,
    status: 'ready',
    tags: ['Storm', 'Geneva', 'Weather'],
    targetWords: words,
    authors: ['Jane Doe'],
  };
}
