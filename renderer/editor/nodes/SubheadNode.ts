import {
  $create,
  $createParagraphNode,
  $getState,
  $setState,
  createState,
  ElementNode,
  type DOMConversionMap,
  type DOMExportOutput,
  type LexicalNode,
  type ParagraphNode,
  type RangeSelection,
} from 'lexical';

export type SubheadLevel = 2 | 3;

const levelState = createState('level', {
  parse: (value): SubheadLevel => (value === 3 ? 3 : 2),
});

function fromHeading(element: HTMLElement) {
  return { node: $createSubheadNode(element.tagName === 'H3' ? 3 : 2) };
}

/** A crosshead in the body: h2, or h3 under it. */
export class SubheadNode extends ElementNode {
  override $config() {
    return this.config('subhead', {
      extends: ElementNode,
      stateConfigs: [{ flat: true, stateConfig: levelState }],
      importDOM: {
        h2: () => ({ conversion: fromHeading, priority: 1 }),
        h3: () => ({ conversion: fromHeading, priority: 1 }),
      } satisfies DOMConversionMap,
    });
  }

  getLevel(): SubheadLevel {
    return $getState(this, levelState);
  }

  setLevel(level: SubheadLevel): this {
    return $setState(this, levelState, level);
  }

  override createDOM(): HTMLElement {
    const dom = document.createElement(`h${this.getLevel()}`);
    dom.className = `nd-subhead nd-subhead-${this.getLevel()}`;
    return dom;
  }

  override updateDOM(previous: SubheadNode): boolean {
    // A different level needs a different element.
    return previous.getLevel() !== this.getLevel();
  }

  override exportDOM(): DOMExportOutput {
    return { element: document.createElement(`h${this.getLevel()}`) };
  }

  /** Enter at the end of a subhead starts a paragraph, as in any word processor. */
  override insertNewAfter(_selection: RangeSelection, restoreSelection = true): ParagraphNode {
    const paragraph = $createParagraphNode();
    this.insertAfter(paragraph, restoreSelection);
    return paragraph;
  }

  /** Backspace at the start of a subhead turns it back into a paragraph. */
  override collapseAtStart(): true {
    const paragraph = $createParagraphNode();
    this.getChildren().forEach((child) => paragraph.append(child));
    this.replace(paragraph);
    return true;
  }
}

/** Creates a subhead of the given level. */
export function $createSubheadNode(level: SubheadLevel = 2): SubheadNode {
  return $create(SubheadNode).setLevel(level);
}

/** True when `node` is a subhead. */
export function $isSubheadNode(node: LexicalNode | null | undefined): node is SubheadNode {
  return node instanceof SubheadNode;
}
