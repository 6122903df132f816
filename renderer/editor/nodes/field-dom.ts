import type { ElementNode } from 'lexical';

/**
 * The DOM of a text field block (headline, caption, credit …): its element,
 * a class, and a prompt shown while it is empty. Emptiness is read from the
 * node's child count, which is O(1).
 */
export function createFieldDOM(
  tag: string,
  className: string,
  placeholder: string,
  node: ElementNode,
): HTMLElement {
  const dom = document.createElement(tag);
  dom.className = className;
  dom.dataset.placeholder = placeholder;
  syncFieldDOM(dom, node);
  return dom;
}

/** Shows or hides the prompt; call from updateDOM (the node is dirty when its children change). */
export function syncFieldDOM(dom: HTMLElement, node: ElementNode): false {
  dom.classList.toggle('nd-field-empty', node.getChildrenSize() === 0);
  return false;
}

/** A clean element for the clipboard's HTML: a tag, our block name, the text. */
export function exportFieldElement(tag: string, block: string): HTMLElement {
  const element = document.createElement(tag);
  element.dataset.ndBlock = block;
  return element;
}

/** True when a pasted element is one of ours of this block kind. */
export function isOurBlock(element: HTMLElement, block: string): boolean {
  return element.dataset.ndBlock === block;
}
