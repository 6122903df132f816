import type { Block, Inline, List, Story, TextRun } from '../story/story';
import {
  NODE_TYPES as N,
  TEXT_FORMAT_BITS,
  type EditorNodeJson,
  type EditorStateJson,
} from './editor-json';

function formatBits(run: TextRun): number {
  return (run.marks ?? []).reduce((bits, mark) => bits | TEXT_FORMAT_BITS[mark], 0);
}

/** Lexical keeps line breaks and tabs as nodes of their own, not characters. */
function runToNodes(run: TextRun): EditorNodeJson[] {
  const format = formatBits(run);
  return run.text
    .split(/(\n|\t)/)
    .filter((piece) => piece !== '')
    .map((piece): EditorNodeJson => {
      if (piece === '\n') return { type: N.lineBreak, version: 1 };
      if (piece === '\t') return { type: N.tab, text: '\t', format, version: 1 };
      return { type: N.text, text: piece, format, version: 1 };
    });
}

/** Runs to inline nodes; consecutive runs with the same href share one link node. */
export function inlineToNodes(runs: Inline): EditorNodeJson[] {
  const nodes: EditorNodeJson[] = [];
  type OpenLink = { url: string; children: EditorNodeJson[] };
  let link = null as OpenLink | null;
  for (const run of runs) {
    if (run.href === undefined) {
      link = null;
      nodes.push(...runToNodes(run));
      continue;
    }
    if (link?.url !== run.href) {
      link = { url: run.href, children: [] };
      nodes.push({ type: N.link, version: 1, url: run.href, children: link.children });
    }
    link.children.push(...runToNodes(run));
  }
  return nodes;
}

function element(type: string, children: EditorNodeJson[], props: object = {}): EditorNodeJson {
  return { type, version: 1, ...props, children };
}

/** Plain text to a text node (or none when empty). */
function plain(text: string): EditorNodeJson[] {
  return text === '' ? [] : [{ type: N.text, text, format: 0, version: 1 }];
}

/**
 * Lexical nests a list under the item before it: the nested list sits in an
 * item of its own that holds nothing else.
 */
function listToNode(list: List): EditorNodeJson {
  const items: EditorNodeJson[] = [];
  for (const item of list.items) {
    items.push(element(N.listItem, inlineToNodes(item.content), { value: items.length + 1 }));
    if (item.sublist) {
      items.push(element(N.listItem, [listToNode(item.sublist)], { value: items.length + 1 }));
    }
  }
  return element(N.list, items, {
    listType: list.ordered ? 'number' : 'bullet',
    start: 1,
    tag: list.ordered ? 'ol' : 'ul',
  });
}

/** A body block as the editor's JSON node (pasted copy goes in this way). */
export function blockToNode(block: Block): EditorNodeJson {
  switch (block.type) {
    case 'paragraph':
      return element(N.paragraph, inlineToNodes(block.content));
    case 'subhead':
      return element(N.subhead, inlineToNodes(block.content), { level: block.level });
    case 'figure':
      return element(N.figure, [
        // The editor spells a photo without its file as src '' (sizes unused).
        { type: N.figureImage, version: 1, src: '', width: 1, height: 1, ...block.image },
        element(N.figureCaption, inlineToNodes(block.caption)),
        element(N.figureCredit, plain(block.credit)),
      ]);
    case 'pullquote':
      return element(N.pullQuote, [
        element(N.pullQuoteText, inlineToNodes(block.content)),
        element(N.pullQuoteAttribution, plain(block.attribution)),
      ]);
    case 'list':
      return listToNode(block);
    case 'rule':
      return { type: N.rule, version: 1 };
    case 'credit':
      return element(N.credit, plain(block.text));
  }
}

/**
 * The editor state that shows a story: the header fields first — always all
 * of them, empty ones showing a prompt — then the body.
 */
export function storyToEditorState(story: Story): EditorStateJson {
  const bylines = story.bylines.length > 0 ? story.bylines : [''];
  const header: EditorNodeJson[] = [
    element(N.headline, plain(story.headline)),
    element(N.standfirst, inlineToNodes(story.standfirst)),
    ...bylines.map((byline) => element(N.byline, plain(byline))),
    element(N.dateline, plain(story.dateline?.place ?? ''), { date: story.dateline?.date ?? '' }),
  ];
  return { root: { type: 'root', children: [...header, ...story.body.map(blockToNode)] } };
}
