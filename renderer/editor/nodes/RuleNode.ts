import { $create, DecoratorNode, type DOMConversionMap, type LexicalNode } from 'lexical';

/** A horizontal rule between sections of the body. */
export class RuleNode extends DecoratorNode<null> {
  override $config() {
    return this.config('rule', {
      extends: DecoratorNode,
      importDOM: {
        hr: () => ({ conversion: () => ({ node: $createRuleNode() }), priority: 1 }),
      } satisfies DOMConversionMap,
    });
  }

  override createDOM(): HTMLElement {
    const dom = document.createElement('div');
    dom.className = 'nd-rule';
    dom.append(document.createElement('hr'));
    return dom;
  }

  override updateDOM(): false {
    return false;
  }

  override exportDOM() {
    return { element: document.createElement('hr') };
  }

  override getTextContent(): string {
    return '\n';
  }

  override isInline(): false {
    return false;
  }

  override decorate(): null {
    return null;
  }
}

/** Creates a rule. */
export function $createRuleNode(): RuleNode {
  return $create(RuleNode);
}

/** True when `node` is a rule. */
export function $isRuleNode(node: LexicalNode | null | undefined): node is RuleNode {
  return node instanceof RuleNode;
}
