import type { Inline, Mark, TextRun } from '../story/story';
import { escapeAttribute, escapeText, exportHref } from './html-escape';

/** The element each mark becomes, outermost first (the model's canonical mark order). */
const MARK_TAGS: Record<Mark, string> = {
  bold: 'strong',
  italic: 'em',
  underline: 'u',
  strikethrough: 's',
  superscript: 'sup',
  subscript: 'sub',
  code: 'code',
};

function runHtml(run: TextRun): string {
  // A line break inside a run is a <br>; the text around it is escaped.
  let html = run.text.split('\n').map(escapeText).join('<br>');
  for (const mark of [...(run.marks ?? [])].reverse()) {
    const tag = MARK_TAGS[mark];
    html = `<${tag}>${html}</${tag}>`;
  }
  return html;
}

/**
 * Inline text as HTML. Runs in a row with the same link share one `<a>`, so a
 * link with a bold word in it stays one link in the CMS.
 */
export function inlineHtml(runs: Inline): string {
  let html = '';
  let index = 0;
  while (index < runs.length) {
    const href = exportHref(runs[index]!.href);
    if (href === null) {
      html += runHtml(runs[index]!);
      index += 1;
      continue;
    }
    let inner = '';
    while (index < runs.length && runs[index]!.href === href) {
      inner += runHtml(runs[index]!);
      index += 1;
    }
    html += `<a href="${escapeAttribute(href)}">${inner}</a>`;
  }
  return html;
}
