import { HistoryExtension } from '@lexical/history';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalExtensionComposer } from '@lexical/react/LexicalExtensionComposer';
import { RichTextExtension } from '@lexical/rich-text';
import { defineExtension, type EditorState } from 'lexical';
import { useMemo, useState } from 'react';
import { storyToEditorState } from '../../shared/convert/story-to-editor';
import type { Story } from '../../shared/story/story';
import { ChangeListener } from './ChangeListener';
import { editorTheme } from './editor-theme';
import { FocusHeadline } from './FocusHeadline';
import { HeadlineRuleExtension } from './headline-rule';
import { Toolbar } from './Toolbar';

interface StoryEditorProps {
  /** The story as opened. Mount with `key={story.id}`: edits flow out, not back in. */
  readonly story: Story;
  /** Called with each editor state that changed the content. */
  readonly onChange: (state: EditorState) => void;
}

/** The page: toolbar, then the story as one Lexical document (headline first). */
export function StoryEditor({ story, onChange }: StoryEditorProps) {
  const [initialState] = useState(() => JSON.stringify(storyToEditorState(story)));
  const [startInHeadline] = useState(() => story.headline === '');
  const extension = useMemo(
    () =>
      defineExtension({
        name: '@newsdesk/story-editor',
        namespace: 'newsdesk-story',
        dependencies: [RichTextExtension, HistoryExtension, HeadlineRuleExtension],
        theme: editorTheme,
        $initialEditorState: initialState,
        onError: (error: Error) => console.error('[editor]', error),
      }),
    [initialState],
  );

  return (
    <LexicalExtensionComposer extension={extension} contentEditable={null}>
      <Toolbar />
      <ChangeListener onChange={onChange} />
      <FocusHeadline when={startInHeadline} />
      <div className="nd-page">
        <ContentEditable
          className="nd-editable"
          aria-label="Story text"
          spellCheck
          data-testid="story-editor"
        />
      </div>
    </LexicalExtensionComposer>
  );
}
