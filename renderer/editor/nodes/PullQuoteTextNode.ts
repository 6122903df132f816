import {
  $create,
  ElementNode,
  type DOMConversionMap,
  type DOMExportOutput,
  type LexicalNode,
} from 'lexical';
import { createFieldDOM, exportFieldElement, isOurBlock, syncFieldDOM } from './field-dom';

/** The words of a pull quote. */
export class PullQuoteTextNode extends ElementNode {
  override $config() {
    return this.config('pullquote-text', {
      extends: ElementNode,
      importDOM: {
        blockquote: (element: HTMLElement) =>
          isOurBlock(element, 'pullquote-text')
            ? { conversion: () => ({ node: $createPullQuoteTextNode() }), priority: 2 }
            : null,
      } satisfies DOMConversionMap,
    });
  }

  override createDOM(): HTMLElement {
    return createFieldDOM('p', 'nd-pullquote-text', 'Quote', this);
  }

  override updateDOM(_previous: PullQuoteTextNode, dom: HTMLElement): boolean {
    return syncFieldDOM(dom, this);
  }

  override exportDOM(): DOMExportOutput {
    return { element: exportFieldElement('blockquote', 'pullquote-text') };
  }
}

/** Creates an empty PullQuoteTextNode. */
export function $createPullQuoteTextNode(): PullQuoteTextNode {
  return $create(PullQuoteTextNode);
}

/** True when `node` is a PullQuoteTextNode. */
export function $isPullQuoteTextNode(
  node: LexicalNode | null | undefined,
): node is PullQuoteTextNode {
  return node instanceof PullQuoteTextNode;
}
