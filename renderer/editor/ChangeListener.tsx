import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { EditorState } from 'lexical';
import { useEffect } from 'react';

/**
 * Reports content changes (not selection-only updates) to the session. It only
 * hands over the immutable EditorState; converting it waits for the autosave.
 */
export function ChangeListener({ onChange }: { readonly onChange: (state: EditorState) => void }) {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerUpdateListener(
        ({ dirtyElements, dirtyLeaves, editorState, prevEditorState }) => {
          // The first state is the story as loaded, not an edit.
          if (prevEditorState.isEmpty()) return;
          if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
          onChange(editorState);
        },
      ),
    [editor, onChange],
  );
  return null;
}
