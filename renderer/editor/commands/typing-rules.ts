/**
 * What a character typed at the caret turns into: smart quotes and dashes,
 * and the markdown shortcuts that start a block. Pure, so the rules are
 * tested without an editor.
 */

export type MarkdownBlock = 'subhead-2' | 'subhead-3' | 'quote' | 'bullet' | 'number' | 'rule';

export type TypingAction =
  /** Replace the `length` characters before the caret with `text`. */
  | { readonly kind: 'replace'; readonly length: number; readonly text: string }
  /** Turn the paragraph into a block, dropping the typed marker. */
  | { readonly kind: 'block'; readonly block: MarkdownBlock; readonly marker: number };

const MARKERS: Readonly<Record<string, MarkdownBlock>> = {
  '## ': 'subhead-2',
  '### ': 'subhead-3',
  '> ': 'quote',
  '- ': 'bullet',
  '* ': 'bullet',
  '1. ': 'number',
};

// After these an opening quote is meant; after anything else, a closing one.
const OPENS_AFTER = /[\s([{\u2014\u2013\u201c\u2018-]/;

/**
 * `before` is the block's text up to and including the character just typed;
 * `atBlockStart` says whether that text is the whole start of a body paragraph.
 */
export function typingAction(before: string, atBlockStart: boolean): TypingAction | null {
  const typed = before.at(-1);
  const previous = before.length > 1 ? before.at(-2)! : '';
  if (atBlockStart) {
    const block = MARKERS[before];
    if (block) return { kind: 'block', block, marker: before.length };
    if (before === '---') return { kind: 'block', block: 'rule', marker: 3 };
    if (before === '--') return null; // might become a rule
  }
  switch (typed) {
    case '"':
      return {
        kind: 'replace',
        length: 1,
        text: previous === '' || OPENS_AFTER.test(previous) ? '\u201c' : '\u201d',
      };
    case "'":
      return {
        kind: 'replace',
        length: 1,
        text: previous === '' || OPENS_AFTER.test(previous) ? '\u2018' : '\u2019',
      };
    case '-':
      return previous === '-' ? { kind: 'replace', length: 2, text: '\u2014' } : null;
    case ' ':
      // "word - word": a spaced hyphen is an en dash.
      return before.endsWith(' - ') ? { kind: 'replace', length: 2, text: '\u2013 ' } : null;
    default:
      return null;
  }
}
