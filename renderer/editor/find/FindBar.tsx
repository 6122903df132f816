import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createRangeSelection, $getSelection, $isRangeSelection, $setSelection } from 'lexical';
import { useEffect, useMemo, useRef, useState } from 'react';
import { $findMatches, type FindMatch } from './find-matches';

interface FindBarProps {
  readonly withReplace: boolean;
  readonly onClose: () => void;
}

function $select(match: FindMatch) {
  const selection = $createRangeSelection();
  selection.anchor.set(match.anchorKey, match.anchorOffset, 'text');
  selection.focus.set(match.focusKey, match.focusOffset, 'text');
  $setSelection(selection);
  return selection;
}

/** Paints every match with the CSS Custom Highlight API (no change to the document). */
function highlight(editor: ReturnType<typeof useLexicalComposerContext>[0], matches: FindMatch[]) {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  const ranges = matches.flatMap((match) => {
    const start = editor.getElementByKey(match.anchorKey)?.firstChild;
    const end = editor.getElementByKey(match.focusKey)?.firstChild;
    if (!start || !end) return [];
    const range = new Range();
    range.setStart(start, match.anchorOffset);
    range.setEnd(end, match.focusOffset);
    return [range];
  });
  CSS.highlights.set('nd-find', new Highlight(...ranges));
}

/** Find (Ctrl/Cmd+F) and replace (Ctrl/Cmd+H) over the whole story; each replacement is undoable. */
export function FindBar({ withReplace, onClose }: FindBarProps) {
  const [editor] = useLexicalComposerContext();
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [matchCase, setMatchCase] = useState(false);
  const [version, setVersion] = useState(0);
  const [chosen, setCurrent] = useState(0);
  const queryInput = useRef<HTMLInputElement>(null);

  useEffect(() => queryInput.current?.select(), [withReplace]);

  // Search again when the query changes or the story does (only while the bar is open).
  useEffect(
    () =>
      editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
        if (dirtyElements.size > 0 || dirtyLeaves.size > 0) setVersion((v) => v + 1);
      }),
    [editor],
  );
  const matches = useMemo(
    () => editor.getEditorState().read(() => $findMatches(query, matchCase)),
    // `version` stands for the document: it changes whenever the story does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [editor, query, matchCase, version],
  );
  const current = Math.min(chosen, Math.max(0, matches.length - 1));
  useEffect(() => highlight(editor, matches), [editor, matches]);
  useEffect(() => () => void (typeof CSS !== 'undefined' && CSS.highlights?.delete('nd-find')), []);

  const go = (step: number) => {
    if (matches.length === 0) return;
    const next = (current + step + matches.length) % matches.length;
    setCurrent(next);
    editor.update(() => void $select(matches[next]!));
    editor.getElementByKey(matches[next]!.anchorKey)?.scrollIntoView({ block: 'center' });
  };

  const replaceOne = () => {
    const match = matches[current];
    if (!match) return;
    editor.update(() => $select(match).insertText(replacement));
  };

  const replaceAll = () => {
    // From the last match back, so earlier offsets stay valid; one update = one undo step.
    editor.update(() => {
      for (const match of [...$findMatches(query, matchCase)].reverse()) {
        $select(match).insertText(replacement);
      }
      const selection = $getSelection();
      if ($isRangeSelection(selection)) selection.anchor.getNode().selectEnd();
    });
  };

  return (
    <div className="nd-findbar" role="search" aria-label="Find and replace">
      <input
        ref={queryInput}
        autoFocus
        type="search"
        aria-label="Find"
        placeholder="Find"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') go(event.shiftKey ? -1 : 1);
          if (event.key === 'Escape') onClose();
        }}
      />
      <span className="nd-findbar-count" data-testid="find-count">
        {query ? `${matches.length === 0 ? 0 : current + 1} of ${matches.length}` : ''}
      </span>
      <button type="button" onClick={() => go(-1)} aria-label="Previous match">
        ↑
      </button>
      <button type="button" onClick={() => go(1)} aria-label="Next match">
        ↓
      </button>
      <label className="nd-findbar-case">
        <input
          type="checkbox"
          checked={matchCase}
          onChange={(e) => setMatchCase(e.target.checked)}
        />
        Match case
      </label>
      {withReplace && (
        <>
          <input
            type="text"
            aria-label="Replace with"
            placeholder="Replace with"
            value={replacement}
            onChange={(event) => setReplacement(event.target.value)}
            onKeyDown={(event) => event.key === 'Escape' && onClose()}
          />
          <button type="button" onClick={replaceOne} disabled={matches.length === 0}>
            Replace
          </button>
          <button type="button" onClick={replaceAll} disabled={matches.length === 0}>
            Replace all
          </button>
        </>
      )}
      <button type="button" onClick={onClose} aria-label="Close find">
        ×
      </button>
    </div>
  );
}
