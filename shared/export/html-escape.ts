import { isSafeHref } from '../story/inline-schema';

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const ATTRIBUTE_ESCAPES: Record<string, string> = { ...TEXT_ESCAPES, '"': '&quot;', "'": '&#39;' };

/** Text between tags: `&`, `<` and `>` escaped, so no text can open a tag. */
export function escapeText(text: string): string {
  return text.replace(/[&<>]/g, (char) => TEXT_ESCAPES[char]!);
}

/** A double-quoted attribute value: quotes escaped too, so no value can end its attribute. */
export function escapeAttribute(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ATTRIBUTE_ESCAPES[char]!);
}

/**
 * A link target for an export, or null. The model already refuses every other
 * scheme; checking again here means a hand-edited file cannot smuggle one out.
 */
export function exportHref(href: string | undefined): string | null {
  return href !== undefined && isSafeHref(href) ? href : null;
}
