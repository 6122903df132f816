import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot, $getSelection, $isElementNode } from 'lexical';
import { useEffect } from 'react';

/**
 * A story without a headline opens with the cursor in the headline, ready to
 * type; what was typed while it was being made (`typedAhead`) goes in first.
 */
export function FocusHeadline({
  when,
  typedAhead,
}: {
  readonly when: boolean;
  readonly typedAhead?: () => string;
}) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    if (!when) return;
    editor.focus(() => {
      editor.update(() => {
        const headline = $getRoot().getFirstChild();
        if (!$isElementNode(headline)) return;
        headline.selectEnd();
        // Only the headline's plain line: a newline or tab typed ahead is left out.
        // eslint-disable-next-line no-control-regex -- control characters are what is dropped
        const text = typedAhead?.().replace(/[\u0000-\u001f\u007f]/g, '') ?? '';
        if (text) $getSelection()?.insertText(text);
      });
    });
  }, [editor, when, typedAhead]);
  return null;
}
