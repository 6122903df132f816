/**
 * A draft as body blocks for a paste into an existing story. A paste never
 * brings a second headline: every heading is a subhead (h1 and h2 become
 * level 2, h3–h6 level 3). Quotes are pull quotes; photos are figures whose
 * file main still has to fetch or decode (`fetch`), or placeholders that
 * keep caption, credit and alt and ask for the file. Empty blocks go.
 */
import type { Inline, List, ListItem } from '../story/story';
import { LIMITS } from '../story/inline-schema';
import { normalizeRuns } from '../story/story-runs';
import { isBlank, toLine } from './html-text';
import type {
  DraftBlock,
  DraftDocument,
  DraftFigure,
  ImportBlock,
  ImportFigure,
} from './import-draft';

/** True when main can fetch or decode the photo at `url`: http(s), or a data: PNG/JPEG/GIF/WebP. */
export function isFetchableUrl(url: string): boolean {
  return /^https?:\/\/\S/i.test(url) || /^data:image\/(?:png|jpe?g|gif|webp)[;,]/i.test(url);
}

function content(runs: Inline): Inline | null {
  const normalized = normalizeRuns(runs);
  return isBlank(normalized) ? null : normalized;
}

function cleanList(list: List): List | null {
  const items: ListItem[] = [];
  for (const item of list.items) {
    const sublist = item.sublist ? cleanList(item.sublist) : null;
    const text = content(item.content);
    if (!text && !sublist) continue;
    items.push({ content: text ?? [], ...(sublist ? { sublist } : {}) });
  }
  return items.length > 0 ? { ordered: list.ordered, items } : null;
}

function figure(draft: DraftFigure): ImportFigure | null {
  const caption = content(draft.caption) ?? [];
  const alt = toLine(draft.alt);
  const credit = toLine(draft.credit);
  if (draft.url === '' && caption.length === 0 && alt === '' && credit === '') return null;
  return {
    type: 'figure',
    image: { alt },
    caption,
    credit,
    ...(isFetchableUrl(draft.url) ? { fetch: { url: draft.url } } : {}),
  };
}

function toBody(block: DraftBlock): ImportBlock | null {
  switch (block.type) {
    case 'paragraph': {
      const text = content(block.content);
      return text && { type: 'paragraph', content: text };
    }
    case 'heading': {
      const text = content(block.content);
      return text && { type: 'subhead', level: block.level <= 2 ? 2 : 3, content: text };
    }
    case 'quote': {
      const text = content(block.content);
      return text && { type: 'pullquote', content: text, attribution: toLine(block.attribution) };
    }
    case 'figure':
      return figure(block);
    case 'list': {
      const list = cleanList(block);
      return list && { type: 'list', ...list };
    }
    case 'rule':
      return block;
    case 'credit': {
      const text = toLine(block.text);
      return text ? { type: 'credit', text } : null;
    }
  }
}

/**
 * Two lists of the same kind in a row are one list in the story (the editor
 * merges them); merged here while the result stays within LIMITS.listItems.
 */
function mergeLists(blocks: readonly ImportBlock[]): ImportBlock[] {
  const out: ImportBlock[] = [];
  for (const block of blocks) {
    const last = out.at(-1);
    if (
      block.type === 'list' &&
      last?.type === 'list' &&
      last.ordered === block.ordered &&
      last.items.length + block.items.length <= LIMITS.listItems
    ) {
      out[out.length - 1] = { ...last, items: [...last.items, ...block.items] };
    } else {
      out.push(block);
    }
  }
  return out;
}

/** The draft's blocks as story body blocks for a paste at the caret (see above). */
export function draftToBody(doc: DraftDocument): ImportBlock[] {
  const blocks: ImportBlock[] = [];
  for (const block of doc.blocks) {
    const body = toBody(block);
    if (body) blocks.push(body);
  }
  return mergeLists(blocks);
}
