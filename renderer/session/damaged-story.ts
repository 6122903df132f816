import type { NewsdeskApi } from '../../shared/ipc/newsdesk-api';
import type { Story } from '../../shared/story/story';

/** A way back into a story whose file was damaged: its newest revision that reads. */
export interface RescueOffer {
  readonly label: string;
  readonly run: () => Promise<Story | null>;
}

const time = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * When a story could not be opened because its file is damaged (main has
 * moved it aside), offers the newest revision that loads, or null when there
 * is none. Restoring writes it as the story again, so the library is whole.
 */
export async function rescueOffer(api: NewsdeskApi, storyId: string): Promise<RescueOffer | null> {
  const listed = await api.listRevisions({ storyId });
  if (!listed.ok) return null;
  for (const revision of listed.value) {
    const loaded = await api.loadRevision({ storyId, revisionId: revision.id });
    if (!loaded.ok) continue;
    return {
      label: `Open the version saved ${time.format(new Date(revision.savedAt))} (${revision.words} words)`,
      run: async () => {
        const restored = await api.restoreRevision({ storyId, revisionId: revision.id });
        return restored.ok ? restored.value : null;
      },
    };
  }
  return null;
}
