import {
  $create,
  ElementNode,
  type DOMConversionMap,
  type DOMExportOutput,
  type LexicalNode,
} from 'lexical';
import { createFieldDOM, exportFieldElement, isOurBlock, syncFieldDOM } from './field-dom';

/** The closing source line, e.g. "(FRANCE 24 with AP and REUTERS)": plain text only. */
export class CreditBlockNode extends ElementNode {
  override $config() {
    return this.config('credit-block', {
      extends: ElementNode,
      importDOM: {
        p: (element: HTMLElement) =>
          isOurBlock(element, 'credit-block')
            ? { conversion: () => ({ node: $createCreditBlockNode() }), priority: 2 }
            : null,
      } satisfies DOMConversionMap,
    });
  }

  override createDOM(): HTMLElement {
    return createFieldDOM(
      'p',
      'nd-credit-block',
      'Credit line, e.g. (Newsdesk with AP and Reuters)',
      this,
    );
  }

  override updateDOM(_previous: CreditBlockNode, dom: HTMLElement): boolean {
    return syncFieldDOM(dom, this);
  }

  override exportDOM(): DOMExportOutput {
    return { element: exportFieldElement('p', 'credit-block') };
  }
}

/** Creates an empty CreditBlockNode. */
export function $createCreditBlockNode(): CreditBlockNode {
  return $create(CreditBlockNode);
}

/** True when `node` is a CreditBlockNode. */
export function $isCreditBlockNode(node: LexicalNode | null | undefined): node is CreditBlockNode {
  return node instanceof CreditBlockNode;
}
