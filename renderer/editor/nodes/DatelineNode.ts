import {
  $create,
  $getState,
  $setState,
  createState,
  ElementNode,
  type DOMConversionMap,
  type DOMExportOutput,
  type LexicalNode,
} from 'lexical';
import { createFieldDOM, exportFieldElement, isOurBlock, syncFieldDOM } from './field-dom';

// The filing date, YYYY-MM-DD or '' — kept on the node so undo covers it.
const dateState = createState('date', {
  parse: (value) => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : ''),
});

const dateLabel = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });

function showDate(dom: HTMLElement, date: string): void {
  if (date) dom.dataset.date = dateLabel.format(new Date(`${date}T00:00:00Z`));
  else delete dom.dataset.date;
}

/** Where and when the story was filed: the place is the text, the date a property. */
export class DatelineNode extends ElementNode {
  override $config() {
    return this.config('dateline', {
      extends: ElementNode,
      stateConfigs: [{ flat: true, stateConfig: dateState }],
      importDOM: {
        p: (element: HTMLElement) =>
          isOurBlock(element, 'dateline')
            ? {
                conversion: () => ({
                  node: $createDatelineNode().setDate(element.dataset.date ?? ''),
                }),
                priority: 2,
              }
            : null,
      } satisfies DOMConversionMap,
    });
  }

  getDate(): string {
    return $getState(this, dateState);
  }

  setDate(date: string): this {
    return $setState(this, dateState, date);
  }

  override createDOM(): HTMLElement {
    const dom = createFieldDOM('p', 'nd-dateline', 'Dateline — place', this);
    showDate(dom, this.getDate());
    return dom;
  }

  override updateDOM(_previous: DatelineNode, dom: HTMLElement): boolean {
    showDate(dom, this.getDate());
    return syncFieldDOM(dom, this);
  }

  override exportDOM(): DOMExportOutput {
    const element = exportFieldElement('p', 'dateline');
    if (this.getDate()) element.dataset.date = this.getDate();
    return { element };
  }
}

/** Creates an empty dateline. */
export function $createDatelineNode(): DatelineNode {
  return $create(DatelineNode);
}

/** True when `node` is the dateline. */
export function $isDatelineNode(node: LexicalNode | null | undefined): node is DatelineNode {
  return node instanceof DatelineNode;
}
