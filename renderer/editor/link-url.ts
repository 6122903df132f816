import { isSafeHref } from '../../shared/story/inline-schema';

/**
 * What the reporter typed into the link box, as a link the story accepts:
 * "example.com/x" gains https://, "name@example.com" becomes mailto:. Returns
 * an error message for anything else (javascript:, file:, spaces …).
 */
export function normalizeLinkUrl(typed: string): { url: string } | { error: string } {
  const text = typed.trim();
  if (text === '') return { error: 'Type a web address or an e-mail address.' };
  let url = text;
  if (/^[^\s@/:]+@[^\s@/:]+\.[^\s@/:]+$/.test(text)) url = `mailto:${text}`;
  else if (!/^[a-z][a-z0-9+.-]*:/i.test(text)) url = `https://${text}`;
  if (!isSafeHref(url)) {
    return { error: 'Links must be web addresses (http:// or https://) or e-mail (mailto:).' };
  }
  return { url };
}
