import type { DraftBlock } from '../../shared/import/import-draft';
import { inlineText } from '../../shared/story/story-runs';

/** A draft block's words on one line, for the import review. */
export function draftBlockText(block: DraftBlock | undefined): string {
  if (!block) return '';
  switch (block.type) {
    case 'paragraph':
    case 'heading':
    case 'quote':
      return inlineText(block.content);
    case 'figure':
      return [inlineText(block.caption), block.credit].filter(Boolean).join(' — ');
    case 'list':
      return block.items.map((item) => inlineText(item.content)).join(' · ');
    case 'credit':
      return block.text;
    case 'rule':
      return '———';
  }
}
