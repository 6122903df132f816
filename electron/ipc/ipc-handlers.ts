import { ok } from '../../shared/ipc/ipc-result';
import type { StoryLibrary } from '../library/story-library';
import type { IpcHandlers } from './ipc-dispatch';

export interface HandlerDeps {
  readonly library: StoryLibrary;
  readonly app: { readonly name: string; readonly version: string };
}

/**
 * The handler table: one entry per call in the contract. Electron's main
 * process and the e2e harness both serve exactly this table.
 */
export function createIpcHandlers({ library, app }: HandlerDeps): IpcHandlers {
  return {
    getAppInfo: async () => ok({ name: app.name, version: app.version, libraryPath: library.root }),
    listStories: () => library.list(),
    createStory: () => library.create(),
    loadStory: ({ id }) => library.load(id),
    saveStory: ({ story }) => library.save(story),
  };
}
