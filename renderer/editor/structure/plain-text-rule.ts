import {
  $createTextNode,
  $isDecoratorNode,
  $isElementNode,
  $isTextNode,
  type ElementNode,
} from 'lexical';

/**
 * Keeps a field plain text: one line, no marks, no links. Runs only when the
 * field changed, over that field's own children.
 */
export function $keepPlainText(field: ElementNode): void {
  for (const child of field.getChildren()) {
    if ($isTextNode(child)) {
      if (child.getType() === 'tab') child.replace($createTextNode(' '));
      else {
        if (child.getFormat() !== 0) child.setFormat(0);
        if (child.getStyle() !== '') child.setStyle('');
      }
    } else if ($isElementNode(child)) {
      // A link (or other inline element): keep its words, drop the element.
      for (const grandchild of child.getChildren()) child.insertBefore(grandchild);
      child.remove();
    } else if ($isDecoratorNode(child)) {
      child.remove();
    } else {
      // A line break: the field is one line.
      child.replace($createTextNode(' '));
    }
  }
}
