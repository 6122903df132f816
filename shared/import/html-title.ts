/**
 * The page title (<title>) of pasted or imported HTML. DOMPurify only
 * sanitizes <body>, so the title is found in the raw HTML (by index, in
 * linear time however hostile the copy) and its text read through the
 * purifier, which decodes its entities and drops any markup in it.
 */
import { type Purifier, sanitizeToTree, textOf } from './html-sanitize';
import { toLine } from './html-text';

/** The raw text of the first <title> before <body>, or '' when there is none. */
export function rawTitle(html: string): string {
  const lower = html.toLowerCase();
  let at = lower.indexOf('<title');
  // "<titles>" is not a title; "<title>", "<title lang=en>" are.
  while (at >= 0 && !/[\s/>]/.test(lower.charAt(at + 6))) at = lower.indexOf('<title', at + 6);
  if (at < 0) return '';
  const body = lower.indexOf('<body');
  if (body >= 0 && body < at) return '';
  const open = lower.indexOf('>', at);
  const close = lower.indexOf('</title', open);
  if (open < 0 || close < 0) return '';
  return html.slice(open + 1, close);
}

/** The page title as one plain line, or '' when the HTML has none. */
export function readTitle(html: string, purifier: Purifier): string {
  const raw = rawTitle(html);
  if (raw.trim() === '') return '';
  // A title is text (RCDATA): escaping "<" keeps it text when parsed as body content.
  return toLine(textOf(sanitizeToTree(raw.replace(/</g, '&lt;'), purifier)));
}
