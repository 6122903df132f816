import type { MissingImage } from '../electron/import/import-images';
import type { ImportFinding } from '../shared/import/import-draft';
import type { Inline, Story } from '../shared/story/story';
import { countBodyWords } from '../shared/story/story-text';

/** What an import made, as the command line reports it. */
export interface ImportReport {
  readonly fileName: string;
  readonly format: string;
  readonly story: Story;
  readonly findings: readonly ImportFinding[];
  readonly missingImages: readonly MissingImage[];
  readonly storyDir: string;
}

const LABEL_WIDTH = 12;
/** Long lines are cut so the report stays one screen wide. */
const MAX_TEXT = 100;

function plain(inline: Inline): string {
  return inline.map((run) => run.text).join('');
}

function short(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_TEXT ? `${flat.slice(0, MAX_TEXT - 1)}…` : flat;
}

/** "Label       first value" then further values under it. */
function field(label: string, values: readonly string[]): string[] {
  const pad = ' '.repeat(LABEL_WIDTH);
  if (values.length === 0) return [`  ${label.padEnd(LABEL_WIDTH)}—`];
  return values.map((value, i) => `  ${i === 0 ? label.padEnd(LABEL_WIDTH) : pad}${value}`);
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Each photo: its caption, its credit, and its image (stored, or why not). */
function photoLines(story: Story, missing: readonly MissingImage[]): string[] {
  const lines: string[] = [];
  let photo = 0;
  for (const block of story.body) {
    if (block.type !== 'figure') continue;
    photo += 1;
    const caption = short(plain(block.caption)) || '(no caption)';
    const image = block.image.src
      ? `image: ${block.image.src} (${block.image.width}×${block.image.height})`
      : `no image: ${missing.find((entry) => entry.photo === photo)?.reason ?? 'none in the copy'}`;
    lines.push(
      ...field(`Photo ${photo}`, [
        caption,
        `credit: ${block.credit || '(none)'}`,
        ...(block.image.alt ? [`alt: ${short(block.image.alt)}`] : []),
        image,
      ]),
    );
  }
  return lines.length ? lines : field('Photos', []);
}

/**
 * The structure the import found, one part a line, in reading order: what
 * the reporter checks before working on the story, including every line
 * dropped as page furniture (with the rule that dropped it).
 */
export function describeImport(report: ImportReport): string[] {
  const { story, findings } = report;
  const body = story.body;
  const subheads = body.flatMap((block) =>
    block.type === 'subhead'
      ? [`${'  '.repeat(block.level - 2)}${short(plain(block.content))}`]
      : [],
  );
  const credits = body.flatMap((block) => (block.type === 'credit' ? [short(block.text)] : []));
  const dropped = findings
    .filter((finding) => finding.role === 'dropped')
    .map((finding) => `${short(finding.text)}  (${finding.rule})`);
  const dateline = story.dateline
    ? [[story.dateline.place, story.dateline.date].filter(Boolean).join(', ')]
    : [];
  const paragraphs = body.filter((block) => block.type === 'paragraph').length;
  return [
    `Imported ${report.fileName} (${report.format}) as a new story:`,
    '',
    ...field('Headline', story.headline ? [story.headline] : []),
    ...field('Standfirst', story.standfirst.length ? [short(plain(story.standfirst))] : []),
    ...field('Byline', story.bylines.map(short)),
    ...field('Dateline', dateline),
    ...photoLines(story, report.missingImages),
    ...field('Subheads', subheads),
    ...field('Credit', credits),
    ...field('Body', [
      `${count(paragraphs, 'paragraph')}, ${count(countBodyWords(story), 'word')}`,
    ]),
    ...field('Dropped', dropped),
    '',
    `Story folder: ${report.storyDir}`,
  ];
}
