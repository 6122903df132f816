import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $getSelection,
  $isRangeSelection,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  FORMAT_TEXT_COMMAND,
  REDO_COMMAND,
  UNDO_COMMAND,
  type TextFormatType,
} from 'lexical';
import { useEffect, useState } from 'react';
import { shortcutLabel } from '../shortcut-label';

const FORMATS: readonly { format: TextFormatType; label: string; key?: string; glyph: string }[] = [
  { format: 'bold', label: 'Bold', key: 'B', glyph: 'B' },
  { format: 'italic', label: 'Italic', key: 'I', glyph: 'I' },
  { format: 'underline', label: 'Underline', key: 'U', glyph: 'U' },
  { format: 'strikethrough', label: 'Strikethrough', glyph: 'S' },
];

// Buttons must not take focus from the page, or the selection they act on is lost.
const keepFocus = (event: React.MouseEvent) => event.preventDefault();

/** Formatting and history buttons; each shows its state and its shortcut. */
export function Toolbar() {
  const [editor] = useLexicalComposerContext();
  const [active, setActive] = useState<ReadonlySet<TextFormatType>>(new Set());
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);

  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ editorState }) =>
          editorState.read(() => {
            const selection = $getSelection();
            if (!$isRangeSelection(selection)) return;
            setActive(new Set(FORMATS.map((f) => f.format).filter((f) => selection.hasFormat(f))));
          }),
        ),
        editor.registerCommand(
          CAN_UNDO_COMMAND,
          (can) => (setCanUndo(can), false),
          COMMAND_PRIORITY_LOW,
        ),
        editor.registerCommand(
          CAN_REDO_COMMAND,
          (can) => (setCanRedo(can), false),
          COMMAND_PRIORITY_LOW,
        ),
      ),
    [editor],
  );

  return (
    <div className="nd-toolbar" role="toolbar" aria-label="Formatting">
      <button
        type="button"
        onMouseDown={keepFocus}
        disabled={!canUndo}
        onClick={() => editor.dispatchCommand(UNDO_COMMAND, undefined)}
        title={`Undo (${shortcutLabel('Z')})`}
        aria-label="Undo"
      >
        ↶
      </button>
      <button
        type="button"
        onMouseDown={keepFocus}
        disabled={!canRedo}
        onClick={() => editor.dispatchCommand(REDO_COMMAND, undefined)}
        title={`Redo (${shortcutLabel('Shift+Z')})`}
        aria-label="Redo"
      >
        ↷
      </button>
      <span className="nd-toolbar-gap" />
      {FORMATS.map(({ format, label, key, glyph }) => (
        <button
          key={format}
          type="button"
          className={`nd-format nd-format-${format}`}
          aria-pressed={active.has(format)}
          aria-label={label}
          title={key ? `${label} (${shortcutLabel(key)})` : label}
          onMouseDown={keepFocus}
          onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, format)}
        >
          {glyph}
        </button>
      ))}
    </div>
  );
}
