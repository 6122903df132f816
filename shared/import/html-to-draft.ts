/**
 * Outside HTML (a paste from Word, Google Docs or a web page; an .html
 * file) as a draft: its blocks as the source marked them, and its page
 * title. Sanitizing comes first (html-sanitize.ts, policy in
 * sanitize-policy.ts); everything after works on the plain tree it returns.
 *
 * Named rules, in order:
 *   - clipboard-header: a Windows CF_HTML header before the markup is skipped;
 *   - title: the first <title> before <body> is the draft's title;
 *   - sanitize: only the policy's tags and our markers survive, and the text
 *     of scripts, styles, menus, asides, forms and embeds is gone with them;
 *   - article-only: a page with a single <article> (else a single <main>) is
 *     read from it alone, so the site's header, menus and footer are dropped;
 *   - word-lists: Word's list paragraphs become nested lists;
 *   - the walk (html-blocks.ts) maps elements to blocks and marks.
 */
import type { DraftDocument } from './import-draft';
import { walkBlocks } from './html-blocks';
import { ROOT_CONTEXT } from './html-inline';
import { type HtmlElement, type Purifier, sanitizeToTree } from './html-sanitize';
import { readTitle } from './html-title';
import { regroupWordLists, stripClipboardHeader } from './word-cleanup';

function collect(node: HtmlElement, tag: string, found: HtmlElement[]): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tag === tag) found.push(child);
    collect(child, tag, found);
  }
}

/** The story's part of a page: its only <article>, else its only <main>, else all of it. */
export function articleRoot(root: HtmlElement): HtmlElement {
  for (const tag of ['article', 'main']) {
    const found: HtmlElement[] = [];
    collect(root, tag, found);
    if (found.length === 1) return found[0]!;
  }
  return root;
}

/** Reads outside HTML into a draft (see the rules above). */
export function htmlToDraft(html: string, purifier: Purifier): DraftDocument {
  const source = stripClipboardHeader(html);
  const title = readTitle(source, purifier);
  const tree = regroupWordLists(articleRoot(sanitizeToTree(source, purifier)));
  return { title, blocks: walkBlocks(tree.children, ROOT_CONTEXT) };
}
