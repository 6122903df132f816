/** Where the bench types: after the last word of the story, or inside a paragraph halfway through. */
export type CaretPosition = 'end' | 'middle';

/** The top-level paragraph element of the editor whose text is exactly `text`. */
export function findParagraph(root: HTMLElement, text: string): HTMLElement {
  for (const child of root.children) {
    if (child instanceof HTMLParagraphElement && child.textContent === text) return child;
  }
  throw new Error(`No paragraph starting "${text.slice(0, 40)}…" in the editor`);
}

/** A point inside the paragraph's text, scrolled into view, for a real click. */
export function clickPoint(paragraph: HTMLElement): { x: number; y: number } {
  paragraph.scrollIntoView({ block: 'center' });
  const rect = paragraph.getBoundingClientRect();
  return { x: rect.left + rect.width / 2, y: rect.top + Math.min(rect.height / 2, 12) };
}

/**
 * Puts the caret at the end of the paragraph's text, or at the start of the
 * word nearest its middle, through the DOM selection as a user's click would.
 */
export function placeCaret(paragraph: HTMLElement, position: CaretPosition): void {
  const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode as Text);
  const whole = texts.map((node) => node.data).join('');
  let offset = whole.length;
  if (position === 'middle') {
    const space = whole.indexOf(' ', Math.floor(whole.length / 2));
    offset = space === -1 ? whole.length : space + 1;
  }
  for (const node of texts) {
    if (offset <= node.data.length) {
      window.getSelection()?.collapse(node, offset);
      return;
    }
    offset -= node.data.length;
  }
  throw new Error('The paragraph has no text to put the caret in');
}
