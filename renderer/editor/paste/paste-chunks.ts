/**
 * Large pasted HTML in pieces, so the window keeps answering: 2 MB of web copy
 * cleaned up and inserted in one go held the page for 1.4 s (npm run bench --
 * --only=paste). The copy is parsed once, inertly, and its top-level blocks
 * are cut into runs of about CHUNK_CHARS of markup; each run is then cleaned
 * up and inserted in a task of its own.
 */

/** Pastes up to this size go in one piece (about 50 ms of work in Chromium, warm). */
export const SINGLE_PASTE_CHARS = 60_000;
/** The size of one piece of a large paste (about 20–60 ms of work each). */
const CHUNK_CHARS = 40_000;

/** Word's list paragraphs and HTML lists: a list is never cut in two. */
function isListPart(node: Node): boolean {
  if (!(node instanceof Element)) return false;
  return /^(?:UL|OL|LI)$/.test(node.tagName) || /\bMsoListParagraph/.test(node.className);
}

/**
 * Where the copy is: the one <article> or <main> of a web page (as
 * html-to-draft.ts takes it), else the body; wrappers that hold everything
 * (Google Docs' <b id="docs-internal-guid-…">, a lone <div>) are looked through.
 */
function contentOf(doc: Document): Element {
  const articles = doc.querySelectorAll('article');
  const mains = doc.querySelectorAll('main');
  let root: Element =
    articles.length === 1 ? articles[0]! : mains.length === 1 ? mains[0]! : doc.body;
  for (;;) {
    const elements = [...root.children].filter(
      (child) => !/^(?:META|STYLE|LINK)$/.test(child.tagName),
    );
    const onlyText = [...root.childNodes].every(
      (child) => child instanceof Element || (child.textContent ?? '').trim() === '',
    );
    if (
      elements.length !== 1 ||
      !onlyText ||
      !/^(?:B|DIV|SPAN|SECTION)$/.test(elements[0]!.tagName)
    ) {
      return root;
    }
    root = elements[0]!;
  }
}

function markupOf(node: Node): string {
  return node instanceof Element ? node.outerHTML : (node.textContent ?? '');
}

/**
 * The pasted HTML as pieces to clean up one after another; one piece when it
 * is small. Styles on the wrappers looked through are not carried into the
 * pieces: Docs' wrapper says only "not bold".
 */
export function pasteChunks(html: string): string[] {
  if (html.length <= SINGLE_PASTE_CHARS) return [html];
  // DOMParser's document is inert: nothing in it loads or runs.
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const chunks: string[] = [];
  let current = '';
  const nodes = [...contentOf(doc).childNodes];
  nodes.forEach((node, i) => {
    current += markupOf(node);
    const next = nodes[i + 1];
    const keepTogether = next !== undefined && isListPart(node) && isListPart(next);
    if (current.length >= CHUNK_CHARS && !keepTogether) {
      chunks.push(current);
      current = '';
    }
  });
  if (current.trim() !== '') chunks.push(current);
  return chunks.length > 0 ? chunks : [html];
}
