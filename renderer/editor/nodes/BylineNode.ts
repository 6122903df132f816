import {
  $create,
  ElementNode,
  type DOMConversionMap,
  type DOMExportOutput,
  type LexicalNode,
} from 'lexical';
import { createFieldDOM, exportFieldElement, isOurBlock, syncFieldDOM } from './field-dom';

/** One byline, plain text (a story may have several). */
export class BylineNode extends ElementNode {
  override $config() {
    return this.config('byline', {
      extends: ElementNode,
      importDOM: {
        p: (element: HTMLElement) =>
          isOurBlock(element, 'byline')
            ? { conversion: () => ({ node: $createBylineNode() }), priority: 2 }
            : null,
      } satisfies DOMConversionMap,
    });
  }

  override createDOM(): HTMLElement {
    return createFieldDOM('p', 'nd-byline', 'Byline', this);
  }

  override updateDOM(_previous: BylineNode, dom: HTMLElement): boolean {
    return syncFieldDOM(dom, this);
  }

  override exportDOM(): DOMExportOutput {
    return { element: exportFieldElement('p', 'byline') };
  }
}

/** Creates an empty BylineNode. */
export function $createBylineNode(): BylineNode {
  return $create(BylineNode);
}

/** True when `node` is a BylineNode. */
export function $isBylineNode(node: LexicalNode | null | undefined): node is BylineNode {
  return node instanceof BylineNode;
}
