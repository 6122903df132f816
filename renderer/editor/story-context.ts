import { createContext, useContext } from 'react';

/** What the editor's block views need to know about the open story. */
export interface StoryContextValue {
  readonly storyId: string;
}

export const StoryContext = createContext<StoryContextValue>({ storyId: '' });

/** The open story, for block views (an image's URL depends on its story). */
export function useStoryContext(): StoryContextValue {
  return useContext(StoryContext);
}
