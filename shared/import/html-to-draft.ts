/**
 * Outside HTML (a paste from Word, Google Docs or a web page; an .html
 * file) as a draft: its blocks as the source marked them, and its page
 * title. Sanitizing comes first (html-sanitize.ts, policy in
 * sanitize-policy.ts); everything after works on the plain tree it returns.
 *
 * Named rules, in order:
 *   - clipboard-header: a Windows CF_HTML header before the markup is skipped;
 *   - nesting: tags nested deeper than 256 levels are left out (html-depth.ts);
 *   - title: the first <title> before <body> is the draft's title;
 *   - sanitize: only the policy's tags and our markers survive, and the text
 *     of scripts, styles, menus, asides, forms and embeds is gone with them;
 *   - article-only: a page with a single <article> is read from it alone,
 *     so the site's header, menus, teasers and footer are dropped; with
 *     several (teasers are articles too), the only one holding an <h1>;
 *     else the page's single <main>; else the whole page;
 *   - word-lists: Word's list paragraphs become nested lists;
 *   - the walk (html-blocks.ts) maps elements to blocks and marks.
 */
import type { DraftDocument } from './import-draft';
import { walkBlocks } from './html-blocks';
import { limitNesting } from './html-depth';
import { ROOT_CONTEXT } from './html-inline';
import { type HtmlElement, type Purifier, sanitizeToTree } from './html-sanitize';
import { readTitle } from './html-title';
import { regroupWordLists, stripClipboardHeader } from './word-cleanup';

/** The outermost elements with `tag` under `node` (an article's own teasers are part of it). */
function outermost(node: HtmlElement, tag: string, found: HtmlElement[]): HtmlElement[] {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tag === tag) found.push(child);
    else outermost(child, tag, found);
  }
  return found;
}

function holds(node: HtmlElement, tag: string): boolean {
  return node.children.some(
    (child) => child.type === 'element' && (child.tag === tag || holds(child, tag)),
  );
}

/** The story's part of a page (rule article-only above). */
export function articleRoot(root: HtmlElement): HtmlElement {
  const articles = outermost(root, 'article', []);
  if (articles.length === 1) return articles[0]!;
  const headed = articles.filter((article) => holds(article, 'h1'));
  if (headed.length === 1) return headed[0]!;
  const mains = outermost(root, 'main', []);
  return mains.length === 1 ? mains[0]! : root;
}

/** Reads outside HTML into a draft (see the rules above). */
export function htmlToDraft(html: string, purifier: Purifier): DraftDocument {
  const source = limitNesting(stripClipboardHeader(html));
  const title = readTitle(source, purifier);
  const tree = regroupWordLists(articleRoot(sanitizeToTree(source, purifier)));
  return { title, blocks: walkBlocks(tree.children, ROOT_CONTEXT) };
}
