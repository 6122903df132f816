/**
 * What an element does to the text inside it: the marks its tag and its
 * style markers give or take away, and the link it opens. Links keep only
 * addresses the model accepts (isSafeHref); any other link is plain text.
 */
import { isSafeHref } from '../story/inline-schema';
import type { Mark } from '../story/story';
import { canonicalMarks } from '../story/story-runs';
import { type HtmlElement, markerTokens } from './html-sanitize';
import type { TextStyle } from './html-text';

/** Everything a walk carries down the tree. */
export interface WalkContext extends TextStyle {
  /** Inside a link (safe or not): a style's underline there is the link's look, not a mark. */
  readonly inLink: boolean;
  /** Inside Word's footnote list: its separator rule and padding are not copy. */
  readonly inNotes: boolean;
}

/** The context at the top of a document. */
export const ROOT_CONTEXT: WalkContext = {
  marks: [],
  href: undefined,
  pre: false,
  inLink: false,
  inNotes: false,
};

/** The marks a tag gives, as browsers render them. */
const TAG_MARKS: Record<string, Mark> = {
  b: 'bold',
  strong: 'bold',
  i: 'italic',
  em: 'italic',
  cite: 'italic',
  u: 'underline',
  ins: 'underline',
  s: 'strikethrough',
  strike: 'strikethrough',
  del: 'strikethrough',
  sup: 'superscript',
  sub: 'subscript',
  code: 'code',
  kbd: 'code',
  samp: 'code',
};

const TOKEN_MARKS: Record<string, Mark> = {
  bold: 'bold',
  italic: 'italic',
  underline: 'underline',
  strike: 'strikethrough',
  sup: 'superscript',
  sub: 'subscript',
};

/** The link target a story may keep for an href, or undefined (javascript:, relative, too long…). */
export function safeHref(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const href = raw.trim();
  return isSafeHref(href) ? href : undefined;
}

/** The context inside `element`. */
export function enterElement(element: HtmlElement, context: WalkContext): WalkContext {
  const tokens = markerTokens(element);
  const tagMark = TAG_MARKS[element.tag];
  const isLink = element.tag === 'a' && element.attrs.href !== undefined;
  if (!tagMark && tokens.length === 0 && !isLink) return context;
  const inLink = context.inLink || isLink;
  const marks = new Set<Mark>(context.marks);
  if (tagMark) marks.add(tagMark);
  for (const token of tokens) {
    const mark = TOKEN_MARKS[token];
    // Google Docs and Word style a link's text with text-decoration: underline.
    if (mark && !(mark === 'underline' && inLink)) marks.add(mark);
  }
  // A style's "normal" wins over the tag and over what it inherits, as in CSS:
  // Google Docs' <b style="font-weight:normal"> wrapper makes nothing bold.
  if (tokens.includes('unbold')) marks.delete('bold');
  if (tokens.includes('unitalic')) marks.delete('italic');
  return {
    ...context,
    marks: canonicalMarks(marks),
    href: isLink ? safeHref(element.attrs.href) : context.href,
    inLink,
  };
}

/** The context for a footnote number: superscript, never a link (its #_ftn1 target is not in the story). */
export function noteContext(context: WalkContext): WalkContext {
  return { ...context, href: undefined, marks: canonicalMarks([...context.marks, 'superscript']) };
}
