import {
  $create,
  ElementNode,
  type DOMConversionMap,
  type DOMExportOutput,
  type LexicalNode,
} from 'lexical';
import { exportFieldElement, isOurBlock } from './field-dom';

/**
 * A photo with its caption and credit. The figure is a container: its
 * children are the image, the caption and the credit, in that order (kept so
 * by the structure rules), so the caption and credit are part of the story's
 * one document — undo, selection and counts work across them.
 */
export class FigureNode extends ElementNode {
  override $config() {
    return this.config('figure', {
      extends: ElementNode,
      importDOM: {
        figure: (element: HTMLElement) =>
          isOurBlock(element, 'figure')
            ? { conversion: () => ({ node: $createFigureNode() }), priority: 2 }
            : null,
      } satisfies DOMConversionMap,
    });
  }

  override createDOM(): HTMLElement {
    const dom = document.createElement('figure');
    dom.className = 'nd-figure';
    return dom;
  }

  override updateDOM(): false {
    return false;
  }

  override exportDOM(): DOMExportOutput {
    return { element: exportFieldElement('figure', 'figure') };
  }

  override canBeEmpty(): false {
    return false;
  }

  override canIndent(): false {
    return false;
  }
}

/** Creates an empty figure container (use $createFigure in figure-commands to build a whole one). */
export function $createFigureNode(): FigureNode {
  return $create(FigureNode);
}

/** True when `node` is a figure. */
export function $isFigureNode(node: LexicalNode | null | undefined): node is FigureNode {
  return node instanceof FigureNode;
}
