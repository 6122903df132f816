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
      <ToolButton
        label="Undo"
        keys="Z"
        disabled={!canUndo}
        onClick={() => editor.dispatchCommand(UNDO_COMMAND, undefined)}
      >
        ↶
      </ToolButton>
      <ToolButton
        label="Redo"
        keys="Shift+Z"
        disabled={!canRedo}
        onClick={() => editor.dispatchCommand(REDO_COMMAND, undefined)}
      >
        ↷
      </ToolButton>
      <span className="nd-toolbar-gap" />
      {FORMATS.map(({ format, label, key, glyph }) => (
        <ToolButton
          key={format}
          label={label}
          keys={key}
          className={`nd-format nd-format-${format}`}
          pressed={active.has(format)}
          onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, format)}
        >
          {glyph}
        </ToolButton>
      ))}
    </div>
  );
}

interface ToolButtonProps {
  readonly label: string;
  readonly keys?: string;
  readonly className?: string;
  readonly pressed?: boolean;
  readonly disabled?: boolean;
  readonly onClick: () => void;
  readonly children: React.ReactNode;
}

/** A toolbar button that names its shortcut and never takes focus from the page. */
function ToolButton({
  label,
  keys,
  className,
  pressed,
  disabled,
  onClick,
  children,
}: ToolButtonProps) {
  return (
    <button
      type="button"
      className={className}
      aria-label={label}
      aria-pressed={pressed}
      disabled={disabled}
      title={keys ? `${label} (${shortcutLabel(keys)})` : label}
      onMouseDown={keepFocus}
      onClick={onClick}
    >
      {children}
    </button>
  );
}
