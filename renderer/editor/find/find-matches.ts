import { $getRoot, $isElementNode, type ElementNode, type TextNode } from 'lexical';

/** One match: where it starts and ends, as text-node keys and offsets. */
export interface FindMatch {
  readonly anchorKey: string;
  readonly anchorOffset: number;
  readonly focusKey: string;
  readonly focusOffset: number;
}

/** Every block whose children are text (paragraphs, captions, list items …), in document order. */
function $textBlocks(node: ElementNode, out: ElementNode[]): ElementNode[] {
  let hasText = false;
  for (const child of node.getChildren()) {
    if ($isElementNode(child) && !child.isInline()) $textBlocks(child, out);
    else hasText = true;
  }
  if (hasText) out.push(node);
  return out;
}

function $textNodesOf(block: ElementNode): TextNode[] {
  return block.getAllTextNodes().filter((node) => node.getType() === 'text');
}

/** Finds `query` in the story's text (case-insensitive unless asked), block by block. */
export function $findMatches(query: string, matchCase = false): FindMatch[] {
  if (query === '') return [];
  const needle = matchCase ? query : query.toLocaleLowerCase();
  const matches: FindMatch[] = [];
  for (const block of $textBlocks($getRoot(), [])) {
    const nodes = $textNodesOf(block);
    const starts: number[] = [];
    let text = '';
    for (const node of nodes) {
      starts.push(text.length);
      text += node.getTextContent();
    }
    const haystack = matchCase ? text : text.toLocaleLowerCase();
    // Position in the block's text → (node, offset); the end belongs to the node it ends in.
    const locate = (at: number, isEnd: boolean) => {
      let i = nodes.length - 1;
      while (i > 0 && (isEnd ? starts[i]! >= at : starts[i]! > at)) i -= 1;
      return { key: nodes[i]!.getKey(), offset: at - starts[i]! };
    };
    for (
      let at = haystack.indexOf(needle);
      at !== -1;
      at = haystack.indexOf(needle, at + needle.length)
    ) {
      const start = locate(at, false);
      const end = locate(at + needle.length, true);
      matches.push({
        anchorKey: start.key,
        anchorOffset: start.offset,
        focusKey: end.key,
        focusOffset: end.offset,
      });
    }
  }
  return matches;
}
