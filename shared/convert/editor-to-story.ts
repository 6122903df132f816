import type { Block, Dateline, Inline, List, ListItem, Mark, Story, TextRun } from '../story/story';
import { isSafeHref } from '../story/inline-schema';
import { makeRun, normalizeRuns } from '../story/story-runs';
import {
  HEADER_NODE_TYPES,
  NODE_TYPES as N,
  TEXT_FORMAT_BITS,
  type EditorNodeJson,
  type EditorStateJson,
} from './editor-json';

/** Everything a story has that the editor does not hold. */
export type StoryFrame = Omit<Story, 'headline' | 'standfirst' | 'bylines' | 'dateline' | 'body'>;

const MARK_BITS = Object.entries(TEXT_FORMAT_BITS) as [Mark, number][];

function marksOf(format: unknown): Mark[] {
  if (typeof format !== 'number') return [];
  return MARK_BITS.filter(([, bit]) => (format & bit) !== 0).map(([mark]) => mark);
}

/**
 * Inline nodes to runs. A link keeps its href only if it is one the model
 * accepts; unknown inline containers keep their text, so no words are lost.
 */
function runsOf(nodes: readonly EditorNodeJson[] = [], href?: string): TextRun[] {
  return nodes.flatMap((node): TextRun[] => {
    if (node.type === N.lineBreak) return [makeRun('\n', [], href)];
    if (typeof node.text === 'string') return [makeRun(node.text, marksOf(node.format), href)];
    if (node.type === N.link && typeof node.url === 'string' && isSafeHref(node.url)) {
      return runsOf(node.children, node.url);
    }
    return runsOf(node.children, href);
  });
}

/** Inline content of an element, in canonical form. */
function inline(node: EditorNodeJson | undefined): Inline {
  return normalizeRuns(runsOf(node?.children));
}

/** One line of plain text: line breaks and tabs become spaces, marks and links are dropped. */
function line(node: EditorNodeJson | undefined): string {
  return (
    runsOf(node?.children)
      .map((run) => run.text)
      .join('')
      // eslint-disable-next-line no-control-regex -- control characters are what is refused here
      .replace(/[\u0000-\u001f\u007f]+/g, ' ')
  );
}

function childOfType(node: EditorNodeJson, type: string): EditorNodeJson | undefined {
  return node.children?.find((child) => child.type === type);
}

function listOf(node: EditorNodeJson): List {
  const items: ListItem[] = [];
  for (const child of node.children ?? []) {
    const nested = child.children?.length === 1 ? child.children[0] : undefined;
    if (nested?.type === N.list) {
      // The wrapper item holding a nested list belongs to the item before it.
      // A second wrapper in a row (pasted lists of two kinds) must not replace
      // the first one's list: it gets an empty item of its own, so no words are lost.
      const previous = items.at(-1);
      if (previous && !previous.sublist)
        items[items.length - 1] = { ...previous, sublist: listOf(nested) };
      else items.push({ content: [], sublist: listOf(nested) });
    } else {
      items.push({ content: inline(child) });
    }
  }
  return { ordered: node.listType === 'number', items };
}

function positiveInt(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : 1;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function nodeToBlock(node: EditorNodeJson): Block | null {
  switch (node.type) {
    case N.subhead:
      return { type: 'subhead', level: node.level === 3 ? 3 : 2, content: inline(node) };
    case N.figure: {
      const image = childOfType(node, N.figureImage);
      if (!image) return null;
      const src = text(image.src);
      return {
        type: 'figure',
        // '' is a photo without its file yet: only the alt text is kept.
        image:
          src === ''
            ? { alt: text(image.alt) }
            : {
                src,
                alt: text(image.alt),
                width: positiveInt(image.width),
                height: positiveInt(image.height),
              },
        caption: inline(childOfType(node, N.figureCaption)),
        credit: line(childOfType(node, N.figureCredit)),
      };
    }
    case N.pullQuote:
      return {
        type: 'pullquote',
        content: inline(childOfType(node, N.pullQuoteText)),
        attribution: line(childOfType(node, N.pullQuoteAttribution)),
      };
    case N.list: {
      const list = listOf(node);
      return list.items.length > 0 ? { type: 'list', ...list } : null;
    }
    case N.rule:
      return { type: 'rule' };
    case N.credit:
      return { type: 'credit', text: line(node) };
    default:
      // Paragraphs, and any block this version does not model: keep the words.
      return { type: 'paragraph', content: inline(node) };
  }
}

/** Two lists of the same kind in a row are one list (the editor merges them too). */
function mergeLists(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    const last = out.at(-1);
    if (block.type === 'list' && last?.type === 'list' && last.ordered === block.ordered) {
      out[out.length - 1] = { ...last, items: [...last.items, ...block.items] };
    } else out.push(block);
  }
  return out;
}

function datelineOf(node: EditorNodeJson | undefined): Dateline | undefined {
  const place = line(node);
  if (!node || place === '') return undefined;
  const date = text(node.date);
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? { place, date } : { place };
}

/** The parts of a story the editor does not hold. */
export function storyFrame(story: Story): StoryFrame {
  const { headline, standfirst, bylines, dateline, body, ...frame } = story;
  void [headline, standfirst, bylines, dateline, body];
  return frame;
}

/** Reads the story out of the editor's state; `frame` supplies id, metadata and times. */
export function editorStateToStory(state: EditorStateJson, frame: StoryFrame): Story {
  const children = state.root.children;
  let bodyStart = 0;
  while (bodyStart < children.length && HEADER_NODE_TYPES.includes(children[bodyStart]!.type)) {
    bodyStart += 1;
  }
  const header = children.slice(0, bodyStart);
  const ofType = (type: string) => header.filter((node) => node.type === type);
  const dateline = datelineOf(ofType(N.dateline)[0]);
  return {
    ...frame,
    headline: line(ofType(N.headline)[0]),
    standfirst: inline(ofType(N.standfirst)[0]),
    bylines: ofType(N.byline)
      .map(line)
      .filter((byline) => byline !== ''),
    ...(dateline ? { dateline } : {}),
    body: mergeLists(
      children
        .slice(bodyStart)
        .map(nodeToBlock)
        .filter((block): block is Block => block !== null),
    ),
  };
}
