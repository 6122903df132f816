// Stories written to break exporters: markup, attribute break-outs and
// invisible direction overrides in every field, a 1 MB paragraph, and links
// the model refuses, forced in by building the object directly.
import {
  STORY_SCHEMA_VERSION,
  type Block,
  type Inline,
  type Story,
} from '../../shared/story/story';

export const SCRIPT = '<script>alert(1)</script>';
export const BREAKOUT = '"><img src=x onerror=alert(1)>';
/** U+202E RIGHT-TO-LEFT OVERRIDE: "exe.gnp" shows as "png.exe". */
export const RLO = '\u202Egnp.exe';
/** The three at once: what every text field of the hostile story holds. */
export const HOSTILE = `${SCRIPT} ${BREAKOUT} ${RLO} 'single' & done`;

/** Link targets no export may write, each spelled as attackers spell them. */
export const UNSAFE_HREFS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(document.domain)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'file:///etc/passwd',
  'vbscript:msgbox(1)',
  '//evil.example/x',
];

const hostileRun = (marks?: 'bold' | 'italic') =>
  marks ? { text: HOSTILE, marks: [marks] } : { text: HOSTILE };

/** Inline text with hostile text plain, bold, and as a (safe) link. */
const hostileInline: Inline = [
  hostileRun(),
  { text: ` ${HOSTILE}`, marks: ['bold'] },
  { text: ` ${HOSTILE}`, href: 'https://example.org/a?b=1&c=%22%3E' },
];

/** About a million characters in 11 runs (the model caps a run at 100,000), marks alternating. */
export function hugeInline(): Inline {
  const chunk = `${'Words of copy for the desk to cut, '.repeat(2_600)}${HOSTILE} `;
  return Array.from({ length: 11 }, (_, i) =>
    i % 2 === 1 ? { text: chunk, marks: ['italic'] } : { text: chunk },
  );
}

const IMAGE_SRC = `assets/${'0123456789abcdef'.repeat(4)}.png`;

/**
 * A story the model accepts (StorySchema) with hostile text in every text
 * field and (unless `huge` is false) a 1 MB paragraph: what a reporter could
 * paste, the app would save and every exporter must carry out as text.
 */
export function hostileStory(huge = true): Story {
  const body: Block[] = [
    { type: 'paragraph', content: hostileInline },
    { type: 'subhead', level: 2, content: hostileInline },
    { type: 'subhead', level: 3, content: [hostileRun('italic')] },
    {
      type: 'figure',
      image: { src: IMAGE_SRC, alt: HOSTILE, width: 800, height: 600 },
      caption: hostileInline,
      credit: HOSTILE,
    },
    { type: 'pullquote', content: hostileInline, attribution: HOSTILE },
    {
      type: 'list',
      ordered: false,
      items: [
        { content: hostileInline },
        {
          content: [hostileRun()],
          sublist: { ordered: true, items: [{ content: [hostileRun()] }] },
        },
      ],
    },
    { type: 'rule' },
    { type: 'paragraph', content: huge ? hugeInline() : [hostileRun()] },
    { type: 'credit', text: HOSTILE },
  ];
  return {
    schemaVersion: STORY_SCHEMA_VERSION,
    id: '3a7d1c52-96e4-4b0f-8c1e-5f2a9d6b7e40',
    headline: HOSTILE,
    standfirst: hostileInline,
    bylines: [HOSTILE, `By ${HOSTILE}`],
    dateline: { place: HOSTILE, date: '2026-11-26' },
    body,
    slug: 'hostile',
    status: 'ready',
    desk: HOSTILE,
    tags: [HOSTILE, SCRIPT],
    language: 'en',
    authors: [HOSTILE],
    createdAt: '2026-11-26T08:00:00.000Z',
    updatedAt: '2026-11-26T08:05:00.000Z',
  };
}

/** Replaces the link of every run that has one with `href` (no schema in the way). */
function relink(inline: Inline, href: string): Inline {
  return inline.map((run) => (run.href ? { ...run, href } : run));
}

/**
 * The hostile story with every link pointing at `href`, which the model
 * refuses: as a file edited by hand (or a bug upstream) would hand it over.
 */
export function storyLinkingTo(href: string): Story {
  const story = hostileStory(false);
  const body = story.body.map((block): Block => {
    switch (block.type) {
      case 'paragraph':
      case 'subhead':
      case 'pullquote':
        return { ...block, content: relink(block.content, href) };
      case 'figure':
        return { ...block, caption: relink(block.caption, href) };
      case 'list':
        return {
          ...block,
          items: block.items.map((item) => ({ ...item, content: relink(item.content, href) })),
        };
      default:
        return block;
    }
  });
  return { ...story, standfirst: relink(story.standfirst, href), body };
}
