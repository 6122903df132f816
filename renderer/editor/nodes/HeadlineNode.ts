import {
  $create,
  ElementNode,
  type DOMConversionMap,
  type DOMExportOutput,
  type LexicalNode,
} from 'lexical';
import { createFieldDOM, exportFieldElement, isOurBlock, syncFieldDOM } from './field-dom';

/** The story's one headline: plain text, always the first block. */
export class HeadlineNode extends ElementNode {
  override $config() {
    return this.config('headline', {
      extends: ElementNode,
      importDOM: {
        h1: (element: HTMLElement) =>
          isOurBlock(element, 'headline')
            ? { conversion: () => ({ node: $createHeadlineNode() }), priority: 2 }
            : null,
      } satisfies DOMConversionMap,
    });
  }

  override createDOM(): HTMLElement {
    return createFieldDOM('h1', 'nd-headline', 'Headline', this);
  }

  override updateDOM(_previous: HeadlineNode, dom: HTMLElement): boolean {
    return syncFieldDOM(dom, this);
  }

  override exportDOM(): DOMExportOutput {
    return { element: exportFieldElement('h1', 'headline') };
  }
}

/** Creates an empty HeadlineNode. */
export function $createHeadlineNode(): HeadlineNode {
  return $create(HeadlineNode);
}

/** True when `node` is a HeadlineNode. */
export function $isHeadlineNode(node: LexicalNode | null | undefined): node is HeadlineNode {
  return node instanceof HeadlineNode;
}
