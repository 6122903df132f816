import { readFileSync } from 'node:fs';
import path from 'node:path';
import { detectArticle } from '../../shared/import/detect-article';
import { textToDraft } from '../../shared/import/text-to-draft';
import type { ImportBlock, ImportedArticle } from '../../shared/import/import-draft';
import { inlineText } from '../../shared/story/story-runs';

/** Reads one of our article fixtures (tests/fixtures/articles/). */
export function readArticleFixture(name: string): string {
  return readFileSync(path.resolve(__dirname, '../fixtures/articles', name), 'utf8');
}

/** Reads a fixture the project shares (../shared/fixtures/). */
export function readSharedFixture(name: string): string {
  return readFileSync(path.resolve(__dirname, '../../../shared/fixtures', name), 'utf8');
}

/** Plain text → article, as a .txt import does it. */
export function importText(text: string): ImportedArticle {
  return detectArticle(textToDraft(text));
}

/** A block as one readable line, for asserting a body's shape. */
export function describeBlock(block: ImportBlock): string {
  switch (block.type) {
    case 'paragraph':
      return `p: ${inlineText(block.content)}`;
    case 'subhead':
      return `h${block.level}: ${inlineText(block.content)}`;
    case 'figure':
      return `figure: ${inlineText(block.caption)} [${block.credit}]`;
    case 'pullquote':
      return `quote: ${inlineText(block.content)} — ${block.attribution}`;
    case 'list':
      return `list: ${block.items.map((item) => inlineText(item.content)).join(' / ')}`;
    case 'rule':
      return 'rule';
    case 'credit':
      return `credit: ${block.text}`;
  }
}

/** Every block of the body as lines (see describeBlock). */
export function outline(article: ImportedArticle): string[] {
  return article.body.map(describeBlock);
}
