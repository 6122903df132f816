import {
  $create,
  ElementNode,
  type DOMConversionMap,
  type DOMExportOutput,
  type LexicalNode,
} from 'lexical';
import { createFieldDOM, exportFieldElement, isOurBlock, syncFieldDOM } from './field-dom';

/** The caption of a figure: inline text. */
export class FigureCaptionNode extends ElementNode {
  override $config() {
    return this.config('figure-caption', {
      extends: ElementNode,
      importDOM: {
        p: (element: HTMLElement) =>
          isOurBlock(element, 'figure-caption')
            ? { conversion: () => ({ node: $createFigureCaptionNode() }), priority: 2 }
            : null,
      } satisfies DOMConversionMap,
    });
  }

  override createDOM(): HTMLElement {
    return createFieldDOM('figcaption', 'nd-figure-caption', 'Caption', this);
  }

  override updateDOM(_previous: FigureCaptionNode, dom: HTMLElement): boolean {
    return syncFieldDOM(dom, this);
  }

  override exportDOM(): DOMExportOutput {
    return { element: exportFieldElement('p', 'figure-caption') };
  }
}

/** Creates an empty FigureCaptionNode. */
export function $createFigureCaptionNode(): FigureCaptionNode {
  return $create(FigureCaptionNode);
}

/** True when `node` is a FigureCaptionNode. */
export function $isFigureCaptionNode(
  node: LexicalNode | null | undefined,
): node is FigureCaptionNode {
  return node instanceof FigureCaptionNode;
}
