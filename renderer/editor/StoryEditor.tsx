import { HistoryExtension } from '@lexical/history';
import { LinkExtension } from '@lexical/link';
import { ListExtension } from '@lexical/list';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalExtensionComposer } from '@lexical/react/LexicalExtensionComposer';
import { RichTextExtension } from '@lexical/rich-text';
import { configExtension, defineExtension, type EditorState } from 'lexical';
import { useMemo, useState, type Ref } from 'react';
import { storyToEditorState } from '../../shared/convert/story-to-editor';
import { isSafeHref } from '../../shared/story/inline-schema';
import type { Story } from '../../shared/story/story';
import type { StoryStats } from '../../shared/story/story-stats';
import { ChangeListener } from './ChangeListener';
import { InsertExtension } from './commands/insert-commands';
import { TypingExtension } from './commands/TypingExtension';
import { CountsExtension } from './counts/CountsExtension';
import { EditorChrome, type ImageSource, type StoryEditorHandle } from './EditorChrome';
import { editorTheme } from './editor-theme';
import { FocusHeadline } from './FocusHeadline';
import { StoryContext } from './story-context';
import { StructureExtension } from './structure/StructureExtension';

export type { ImageSource, StoryEditorHandle } from './EditorChrome';

interface StoryEditorProps {
  /** The story as opened. Mount with `key={story.id}`: edits flow out, not back in. */
  readonly story: Story;
  /** Called with each editor state that changed the content. */
  readonly onChange: (state: EditorState) => void;
  /** Live counts, kept incrementally (called after every change). */
  readonly onStats?: (stats: StoryStats) => void;
  /** Where images come from (main stores them); without it, inserting a figure is unavailable. */
  readonly images?: ImageSource;
  /** Menu commands and shortcuts that act on the page arrive through this handle. */
  readonly handle?: Ref<StoryEditorHandle>;
  /** What was typed while a new story was being made: it goes into the headline. */
  readonly typedAhead?: () => string;
}

/** The page: toolbar, then the story as one Lexical document (header fields first). */
export function StoryEditor({
  story,
  onChange,
  onStats,
  images,
  handle,
  typedAhead,
}: StoryEditorProps) {
  const [initialState] = useState(() => JSON.stringify(storyToEditorState(story)));
  const [startInHeadline] = useState(() => story.headline === '');
  const extension = useMemo(
    () =>
      defineExtension({
        name: '@newsdesk/story-editor',
        namespace: 'newsdesk-story',
        dependencies: [
          RichTextExtension,
          HistoryExtension,
          ListExtension,
          configExtension(LinkExtension, { validateUrl: isSafeHref }),
          StructureExtension,
          InsertExtension,
          TypingExtension,
          configExtension(CountsExtension, { report: (stats) => void onStats?.(stats) }),
        ],
        theme: editorTheme,
        $initialEditorState: initialState,
        onError: (error: Error) => console.error('[editor]', error),
      }),
    // Built once per story: `onStats` is the session's stable state setter.
    [initialState, onStats],
  );

  return (
    <StoryContext.Provider value={{ storyId: story.id }}>
      <LexicalExtensionComposer extension={extension} contentEditable={null}>
        <EditorChrome handle={handle} images={images} />
        <ChangeListener onChange={onChange} />
        <FocusHeadline when={startInHeadline} typedAhead={typedAhead} />
        <div className="nd-page">
          <ContentEditable
            className="nd-editable"
            data-story-id={story.id}
            aria-label="Story text"
            spellCheck
            data-testid="story-editor"
          />
        </div>
      </LexicalExtensionComposer>
    </StoryContext.Provider>
  );
}
