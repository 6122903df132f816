import {
  $create,
  ElementNode,
  type DOMConversionMap,
  type DOMExportOutput,
  type LexicalNode,
} from 'lexical';
import { createFieldDOM, exportFieldElement, isOurBlock, syncFieldDOM } from './field-dom';

/** Who said a pull quote: plain text. */
export class PullQuoteAttributionNode extends ElementNode {
  override $config() {
    return this.config('pullquote-attribution', {
      extends: ElementNode,
      importDOM: {
        p: (element: HTMLElement) =>
          isOurBlock(element, 'pullquote-attribution')
            ? { conversion: () => ({ node: $createPullQuoteAttributionNode() }), priority: 2 }
            : null,
      } satisfies DOMConversionMap,
    });
  }

  override createDOM(): HTMLElement {
    return createFieldDOM('p', 'nd-pullquote-attribution', 'Attribution', this);
  }

  override updateDOM(_previous: PullQuoteAttributionNode, dom: HTMLElement): boolean {
    return syncFieldDOM(dom, this);
  }

  override exportDOM(): DOMExportOutput {
    return { element: exportFieldElement('p', 'pullquote-attribution') };
  }
}

/** Creates an empty PullQuoteAttributionNode. */
export function $createPullQuoteAttributionNode(): PullQuoteAttributionNode {
  return $create(PullQuoteAttributionNode);
}

/** True when `node` is a PullQuoteAttributionNode. */
export function $isPullQuoteAttributionNode(
  node: LexicalNode | null | undefined,
): node is PullQuoteAttributionNode {
  return node instanceof PullQuoteAttributionNode;
}
