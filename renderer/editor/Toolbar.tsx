import { $isListNode } from '@lexical/list';
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
  type LexicalNode,
  type TextFormatType,
} from 'lexical';
import { useEffect, useRef, useState } from 'react';
import type { MenuCommand } from '../../shared/ipc/channels';
import { shortcutLabel } from '../shortcut-label';
import { keysOf } from '../shortcuts';
import { SET_BLOCK_TYPE_COMMAND, type BodyBlockType } from './commands/insert-commands';
import { $isSubheadNode } from './nodes/SubheadNode';
import { $isHeaderNode } from './structure/header-rule';

const FORMATS: readonly { format: TextFormatType; label: string; keys: string; glyph: string }[] = [
  { format: 'bold', label: 'Bold', keys: 'B', glyph: 'B' },
  { format: 'italic', label: 'Italic', keys: 'I', glyph: 'I' },
];

const BLOCK_LABELS: Record<BodyBlockType, string> = {
  paragraph: 'Paragraph',
  'subhead-2': 'Subhead',
  'subhead-3': 'Minor subhead',
  bullet: 'Bulleted list',
  number: 'Numbered list',
};

type CurrentBlock = BodyBlockType | 'header' | 'other';

const INSERTS: readonly { command: MenuCommand; label: string; glyph: string }[] = [
  { command: 'insert-figure', label: 'Insert figure (photo)', glyph: '▣ Photo' },
  { command: 'insert-pullquote', label: 'Insert pull quote', glyph: '❝ Quote' },
  { command: 'insert-credit', label: 'Insert credit block', glyph: '© Credit' },
  { command: 'insert-rule', label: 'Insert rule', glyph: '― Rule' },
];

function blockTypeOf(top: LexicalNode | null): CurrentBlock {
  if ($isHeaderNode(top)) return 'header';
  if ($isSubheadNode(top)) return top.getLevel() === 3 ? 'subhead-3' : 'subhead-2';
  if ($isListNode(top)) return top.getListType() === 'number' ? 'number' : 'bullet';
  return top?.getType() === 'paragraph' ? 'paragraph' : 'other';
}

// Buttons must not take focus from the page, or the selection they act on is lost.
const keepFocus = (event: React.MouseEvent) => event.preventDefault();

/** Block type, formatting, link, inserts and history; each control names its shortcut. */
export function Toolbar({ run }: { readonly run: (command: MenuCommand) => void }) {
  const [editor] = useLexicalComposerContext();
  const [active, setActive] = useState<ReadonlySet<TextFormatType>>(new Set());
  const [block, setBlock] = useState<CurrentBlock>('other');
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);
  const lastShown = useRef('');

  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ editorState }) =>
          editorState.read(() => {
            const selection = $getSelection();
            if (!$isRangeSelection(selection)) return;
            const formats = FORMATS.map((f) => f.format).filter((f) => selection.hasFormat(f));
            const type = blockTypeOf(selection.anchor.getNode().getTopLevelElement());
            // Typing rarely changes either: then React is not even asked (no render scheduled).
            const shown = `${formats.join()}|${type}`;
            if (shown === lastShown.current) return;
            lastShown.current = shown;
            setActive(new Set(formats));
            setBlock(type);
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
      <select
        className="nd-block-type"
        aria-label="Block type"
        value={block === 'header' || block === 'other' ? '' : block}
        disabled={block === 'header'}
        title={block === 'header' ? 'The header fields keep their type' : 'Block type'}
        onChange={(event) => {
          const type = event.target.value as BodyBlockType;
          editor.dispatchCommand(SET_BLOCK_TYPE_COMMAND, type);
          editor.focus();
        }}
      >
        <option value="" disabled>
          {block === 'header' ? 'Header field' : '—'}
        </option>
        {(Object.keys(BLOCK_LABELS) as BodyBlockType[]).map((type) => (
          <option key={type} value={type}>
            {BLOCK_LABELS[type]} ({shortcutLabel(keysOf(type) ?? '')})
          </option>
        ))}
      </select>
      {FORMATS.map(({ format, label, keys, glyph }) => (
        <ToolButton
          key={format}
          label={label}
          keys={keys}
          className={`nd-format nd-format-${format}`}
          pressed={active.has(format)}
          onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, format)}
        >
          {glyph}
        </ToolButton>
      ))}
      <ToolButton
        label="Link"
        keys="K"
        className="nd-format-link"
        onClick={() => run('insert-link')}
      >
        Link
      </ToolButton>
      <span className="nd-toolbar-gap" />
      {INSERTS.map(({ command, label, glyph }) => (
        <ToolButton key={command} label={label} keys={keysOf(command)} onClick={() => run(command)}>
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
