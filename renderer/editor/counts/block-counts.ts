import { $isElementNode, type LexicalNode } from 'lexical';
import { countGraphemes } from '../../../shared/story/story-stats';
import { countWords } from '../../../shared/story/story-text';
import { $isFigureNode } from '../nodes/FigureNode';
import { $isFigureCaptionNode } from '../nodes/FigureCaptionNode';
import { $isHeadlineNode } from '../nodes/HeadlineNode';
import { $isStandfirstNode } from '../nodes/StandfirstNode';
import { $isSubheadNode } from '../nodes/SubheadNode';
import { $isListNode } from '@lexical/list';

/** What one top-level block adds to the story's counts. */
export interface BlockCounts {
  readonly words: number;
  readonly characters: number;
  readonly captionWords: number;
  readonly headlineCharacters: number;
  readonly standfirstWords: number;
}

export const NO_COUNTS: BlockCounts = {
  words: 0,
  characters: 0,
  captionWords: 0,
  headlineCharacters: 0,
  standfirstWords: 0,
};

/** Body copy: paragraphs, subheads and lists (the same rule as shared/story/story-text.ts). */
function $isBodyCopy(node: LexicalNode): boolean {
  return node.getType() === 'paragraph' || $isSubheadNode(node) || $isListNode(node);
}

/** Counts one top-level block; only blocks that changed are counted again. */
export function $countBlock(node: LexicalNode): BlockCounts {
  if ($isHeadlineNode(node)) {
    return { ...NO_COUNTS, headlineCharacters: countGraphemes(node.getTextContent()) };
  }
  if ($isStandfirstNode(node)) {
    return { ...NO_COUNTS, standfirstWords: countWords(node.getTextContent()) };
  }
  if ($isFigureNode(node)) {
    const caption = node.getChildren().find($isFigureCaptionNode);
    return { ...NO_COUNTS, captionWords: caption ? countWords(caption.getTextContent()) : 0 };
  }
  if ($isElementNode(node) && $isBodyCopy(node)) {
    const text = node.getTextContent();
    return {
      ...NO_COUNTS,
      words: countWords(text),
      characters: countGraphemes(text.replace(/\n/g, '')),
    };
  }
  return NO_COUNTS;
}
