// What is unsafe in a draft: links the model refuses, photo addresses that are
// neither http(s), data:image (png, jpeg, gif, webp) nor relative.
import type { DraftBlock, DraftDocument } from '../../shared/import/import-draft';
import { isSafeHref } from '../../shared/story/inline-schema';
import type { Inline, List } from '../../shared/story/story';

const PHOTO_URL =
  /^(?:|https?:\/\/\S+|data:image\/(?:png|jpe?g|gif|webp)[;,]\S*|(?![a-z][a-z0-9+.-]*:)\S+)$/i;

function inlineProblems(runs: Inline): string[] {
  return runs.flatMap((run) =>
    run.href !== undefined && !isSafeHref(run.href) ? [`href ${run.href}`] : [],
  );
}

function listProblems(list: List): string[] {
  return list.items.flatMap((item) => [
    ...inlineProblems(item.content),
    ...(item.sublist ? listProblems(item.sublist) : []),
  ]);
}

function blockProblems(block: DraftBlock): string[] {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
    case 'quote':
      return inlineProblems(block.content);
    case 'figure':
      return [
        ...inlineProblems(block.caption),
        ...(PHOTO_URL.test(block.url) ? [] : [`photo ${block.url}`]),
      ];
    case 'list':
      return listProblems(block);
    default:
      return [];
  }
}

/** Every unsafe link and photo address in a draft, as readable strings. */
export function draftProblems(draft: DraftDocument): string[] {
  return draft.blocks.flatMap(blockProblems);
}
