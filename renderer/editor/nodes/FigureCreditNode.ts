import {
  $create,
  ElementNode,
  type DOMConversionMap,
  type DOMExportOutput,
  type LexicalNode,
} from 'lexical';
import { createFieldDOM, exportFieldElement, isOurBlock, syncFieldDOM } from './field-dom';

/** The credit of a figure: plain text, e.g. "AFP photo". */
export class FigureCreditNode extends ElementNode {
  override $config() {
    return this.config('figure-credit', {
      extends: ElementNode,
      importDOM: {
        p: (element: HTMLElement) =>
          isOurBlock(element, 'figure-credit')
            ? { conversion: () => ({ node: $createFigureCreditNode() }), priority: 2 }
            : null,
      } satisfies DOMConversionMap,
    });
  }

  override createDOM(): HTMLElement {
    return createFieldDOM('p', 'nd-figure-credit', 'Credit', this);
  }

  override updateDOM(_previous: FigureCreditNode, dom: HTMLElement): boolean {
    return syncFieldDOM(dom, this);
  }

  override exportDOM(): DOMExportOutput {
    return { element: exportFieldElement('p', 'figure-credit') };
  }
}

/** Creates an empty FigureCreditNode. */
export function $createFigureCreditNode(): FigureCreditNode {
  return $create(FigureCreditNode);
}

/** True when `node` is a FigureCreditNode. */
export function $isFigureCreditNode(
  node: LexicalNode | null | undefined,
): node is FigureCreditNode {
  return node instanceof FigureCreditNode;
}
