import type { Story } from '../../shared/story/story';
import { storyIdOfFolder } from '../../shared/story/story-folder-name';
import type { RevisionReason } from '../../shared/storage/revision-retention';
import { openLibraryIndex, type LibraryIndex } from './library-index';
import { openStoryAssets, type StoryAssets } from './story-assets';
import { openStoryFolders } from './story-folders';
import { openStoryLibrary, type StoryLibrary } from './story-library';
import { openRecoveryJournal, type RecoveryJournal } from './story-recovery';
import { openStoryRevisions, type StoryRevisions } from './story-revisions';

/** `readStory` for openLibraryIndex from the library's own loader. */
export function storyReader(library: StoryLibrary): (id: string) => Promise<Story | null> {
  return async (id) => {
    const loaded = await library.load(id);
    return loaded.ok ? loaded.value : null;
  };
}

/** Everything main keeps for one library folder, wired to each other. */
export interface LibraryServices {
  readonly library: StoryLibrary;
  readonly index: LibraryIndex;
  readonly revisions: StoryRevisions;
  readonly journal: RecoveryJournal;
  readonly assets: StoryAssets;
  /** Keeps a story as a revision before a draft package replaces it. */
  readonly keepBeforeImport: (story: Story) => Promise<void>;
}

/**
 * Opens the library at `root` with its index, revisions, crash journal and
 * image store. Main and the e2e harness both start from here, so they wire
 * the same services the same way.
 */
export function openLibraryServices(
  root: string,
  options: { readonly now?: () => Date } = {},
): LibraryServices {
  const folders = openStoryFolders(root);
  const library = openStoryLibrary(root, { ...options, folders });
  const revisions = openStoryRevisions(options);
  // A version about to be replaced wholesale is kept as a revision first.
  const keepAs = (reason: RevisionReason) => async (story: Story) => {
    const dir = library.storyDir(story.id);
    if (dir) await revisions.snapshot(dir, story, reason);
  };
  return {
    library,
    // The same folder rule as the library: `<slug>--<id>` or the id alone.
    index: openLibraryIndex(root, { readStory: storyReader(library), storyIdOf: storyIdOfFolder }),
    revisions,
    journal: openRecoveryJournal(library, { ...options, keep: keepAs('before-recovery') }),
    assets: openStoryAssets(root, { folders }),
    keepBeforeImport: keepAs('before-import'),
  };
}
