import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot } from 'lexical';
import { useEffect } from 'react';

/** A story without a headline opens with the cursor in the headline, ready to type. */
export function FocusHeadline({ when }: { readonly when: boolean }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    if (!when) return;
    editor.focus(() => {
      editor.update(() => {
        $getRoot().getFirstChild()?.selectStart();
      });
    });
  }, [editor, when]);
  return null;
}
