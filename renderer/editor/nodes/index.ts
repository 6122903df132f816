import { ListItemNode, ListNode } from '@lexical/list';
import { LinkNode } from '@lexical/link';
import type { Klass, LexicalNode } from 'lexical';
import { BylineNode } from './BylineNode';
import { CreditBlockNode } from './CreditBlockNode';
import { DatelineNode } from './DatelineNode';
import { FigureCaptionNode } from './FigureCaptionNode';
import { FigureCreditNode } from './FigureCreditNode';
import { FigureImageNode } from './FigureImageNode';
import { FigureNode } from './FigureNode';
import { HeadlineNode } from './HeadlineNode';
import { PullQuoteAttributionNode } from './PullQuoteAttributionNode';
import { PullQuoteNode } from './PullQuoteNode';
import { PullQuoteTextNode } from './PullQuoteTextNode';
import { RuleNode } from './RuleNode';
import { StandfirstNode } from './StandfirstNode';
import { SubheadNode } from './SubheadNode';

/** Every node class a story is made of (paragraphs and text are Lexical's own). */
export const STORY_NODES: readonly Klass<LexicalNode>[] = [
  HeadlineNode,
  StandfirstNode,
  BylineNode,
  DatelineNode,
  SubheadNode,
  FigureNode,
  FigureImageNode,
  FigureCaptionNode,
  FigureCreditNode,
  PullQuoteNode,
  PullQuoteTextNode,
  PullQuoteAttributionNode,
  RuleNode,
  CreditBlockNode,
  ListNode,
  ListItemNode,
  LinkNode,
];
