import {
  $create,
  ElementNode,
  type DOMConversionMap,
  type DOMExportOutput,
  type LexicalNode,
} from 'lexical';
import { createFieldDOM, exportFieldElement, isOurBlock, syncFieldDOM } from './field-dom';

/** The standfirst (dek): the summary under the headline. */
export class StandfirstNode extends ElementNode {
  override $config() {
    return this.config('standfirst', {
      extends: ElementNode,
      importDOM: {
        p: (element: HTMLElement) =>
          isOurBlock(element, 'standfirst')
            ? { conversion: () => ({ node: $createStandfirstNode() }), priority: 2 }
            : null,
      } satisfies DOMConversionMap,
    });
  }

  override createDOM(): HTMLElement {
    return createFieldDOM(
      'p',
      'nd-standfirst',
      'Standfirst — a sentence or two that sells the story',
      this,
    );
  }

  override updateDOM(_previous: StandfirstNode, dom: HTMLElement): boolean {
    return syncFieldDOM(dom, this);
  }

  override exportDOM(): DOMExportOutput {
    return { element: exportFieldElement('p', 'standfirst') };
  }
}

/** Creates an empty StandfirstNode. */
export function $createStandfirstNode(): StandfirstNode {
  return $create(StandfirstNode);
}

/** True when `node` is a StandfirstNode. */
export function $isStandfirstNode(node: LexicalNode | null | undefined): node is StandfirstNode {
  return node instanceof StandfirstNode;
}
