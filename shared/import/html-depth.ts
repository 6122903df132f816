/**
 * A bound on how deep outside HTML nests before anything parses it. Chromium
 * stops nesting at 512 levels; jsdom (main, the command line, tests) has no
 * such limit and overflows its stack on 5,000 nested <b>s. So open tags past
 * MAX_NESTING levels, and their closing tags, are left out of the string; the
 * text between them stays. This runs before sanitizing and only removes
 * markup, so however it misreads a hostile string, DOMPurify still sees
 * (and cleans) the result.
 */

/** Nesting kept; deeper tags are removed (their text is not). */
export const MAX_NESTING = 256;

/** Tags that never hold content, or close themselves implicitly: they do not count towards depth. */
const UNCOUNTED = new Set(
  (
    'area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr|p|li|dt|dd|tr|td|th|' +
    'thead|tbody|tfoot|option|optgroup|colgroup|caption|rb|rt|rp|html|head|body|o:p'
  ).split('|'),
);

const TAG = /<(\/?)([a-zA-Z][\w:-]*)[^>]*>/g;

/** `html` with tags nested deeper than MAX_NESTING removed (see above); unchanged when shallower. */
export function limitNesting(html: string, max: number = MAX_NESTING): string {
  let depth = 0;
  let deepest = 0;
  const skipped = new Map<string, number>();
  const out = html.replace(TAG, (tag: string, close: string, rawName: string) => {
    const name = rawName.toLowerCase();
    if (UNCOUNTED.has(name) || tag.endsWith('/>')) return tag;
    if (close) {
      const pending = skipped.get(name) ?? 0;
      if (pending > 0) {
        skipped.set(name, pending - 1);
        return '';
      }
      depth = Math.max(0, depth - 1);
      return tag;
    }
    if (depth >= max) {
      skipped.set(name, (skipped.get(name) ?? 0) + 1);
      return '';
    }
    depth += 1;
    deepest = Math.max(deepest, depth);
    return tag;
  });
  return skipped.size === 0 ? html : out;
}
