import {
  $create,
  ElementNode,
  type DOMConversionMap,
  type DOMExportOutput,
  type LexicalNode,
} from 'lexical';
import { exportFieldElement, isOurBlock } from './field-dom';

/** A pull quote: a container holding the quote's words, then who said it. */
export class PullQuoteNode extends ElementNode {
  override $config() {
    return this.config('pullquote', {
      extends: ElementNode,
      importDOM: {
        figure: (element: HTMLElement) =>
          isOurBlock(element, 'pullquote')
            ? { conversion: () => ({ node: $createPullQuoteNode() }), priority: 2 }
            : null,
      } satisfies DOMConversionMap,
    });
  }

  override createDOM(): HTMLElement {
    const dom = document.createElement('aside');
    dom.className = 'nd-pullquote';
    return dom;
  }

  override updateDOM(): false {
    return false;
  }

  override exportDOM(): DOMExportOutput {
    return { element: exportFieldElement('figure', 'pullquote') };
  }

  override canBeEmpty(): false {
    return false;
  }

  override canIndent(): false {
    return false;
  }
}

/** Creates an empty pull quote container. */
export function $createPullQuoteNode(): PullQuoteNode {
  return $create(PullQuoteNode);
}

/** True when `node` is a pull quote. */
export function $isPullQuoteNode(node: LexicalNode | null | undefined): node is PullQuoteNode {
  return node instanceof PullQuoteNode;
}
