import { mergeRegister } from '@lexical/utils';
import { defineExtension, RootNode, TextNode, type LexicalEditor } from 'lexical';
import { STORY_NODES } from '../nodes';
import { BylineNode } from '../nodes/BylineNode';
import { CreditBlockNode } from '../nodes/CreditBlockNode';
import { DatelineNode } from '../nodes/DatelineNode';
import { FigureCaptionNode } from '../nodes/FigureCaptionNode';
import { FigureCreditNode } from '../nodes/FigureCreditNode';
import { FigureImageNode } from '../nodes/FigureImageNode';
import { FigureNode } from '../nodes/FigureNode';
import { HeadlineNode } from '../nodes/HeadlineNode';
import { PullQuoteAttributionNode } from '../nodes/PullQuoteAttributionNode';
import { PullQuoteNode } from '../nodes/PullQuoteNode';
import { PullQuoteTextNode } from '../nodes/PullQuoteTextNode';
import { $demoteOrphanPart, $keepFigure, $keepPullQuote, $wrapOrphanImage } from './container-rule';
import { registerFieldKeys } from './field-keys';
import { $isPlainField } from './fields';
import { $demoteStrayField, $keepHeader, HEADER_FIELD_CLASSES } from './header-rule';
import { $keepPlainText } from './plain-text-rule';

const PLAIN_FIELDS = [
  HeadlineNode,
  BylineNode,
  DatelineNode,
  FigureCreditNode,
  PullQuoteAttributionNode,
  CreditBlockNode,
];

/**
 * The story's structure rules, as node transforms: each runs only when a node
 * of its kind changed, so no rule rescans the whole document per keystroke
 * (the root rule looks at the header only).
 */
export function registerStructureRules(editor: LexicalEditor): () => void {
  return mergeRegister(
    editor.registerNodeTransform(RootNode, $keepHeader),
    ...HEADER_FIELD_CLASSES.map((klass) => editor.registerNodeTransform(klass, $demoteStrayField)),
    ...PLAIN_FIELDS.map((klass) => editor.registerNodeTransform(klass, $keepPlainText)),
    // Bold or italic applied inside a plain field changes only the text node,
    // which does not run the field's transform: catch it here (O(1)).
    editor.registerNodeTransform(TextNode, (text) => {
      if (text.getFormat() !== 0 && $isPlainField(text.getParent())) text.setFormat(0);
    }),
    editor.registerNodeTransform(FigureNode, $keepFigure),
    editor.registerNodeTransform(PullQuoteNode, $keepPullQuote),
    editor.registerNodeTransform(FigureImageNode, $wrapOrphanImage),
    ...[FigureCaptionNode, FigureCreditNode, PullQuoteTextNode, PullQuoteAttributionNode].map(
      (klass) => editor.registerNodeTransform(klass, $demoteOrphanPart),
    ),
    registerFieldKeys(editor),
  );
}

/** The story's nodes and the rules that keep them in shape. */
export const StructureExtension = defineExtension({
  name: '@newsdesk/structure',
  nodes: () => [...STORY_NODES],
  register: registerStructureRules,
});
