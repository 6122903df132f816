import type { MenuCommand } from '../shared/ipc/channels';
import { hasCommandKey } from './shortcut-label';

/** Editor actions that have a key but no menu item. */
export type EditorAction =
  | 'strikethrough'
  | 'superscript'
  | 'subscript'
  | 'code'
  | 'paragraph'
  | 'subhead-2'
  | 'subhead-3'
  | 'bullet'
  | 'number';

export interface Shortcut {
  readonly label: string;
  readonly group: 'Story' | 'Edit' | 'Format' | 'Blocks' | 'Insert' | 'View';
  /** As shown after the command key: "Alt+F", "Shift+X". */
  readonly keys: string;
  /** A letter (layout-aware) or a physical key code for digits and punctuation. */
  readonly key?: string;
  readonly code?: string;
  readonly shift?: boolean;
  readonly alt?: boolean;
  /** What it does; `native` keys are Lexical's own and listed only for the help panel. */
  readonly run: { readonly menu: MenuCommand } | { readonly editor: EditorAction } | 'native';
}

/**
 * Every keyboard shortcut, in one table: the key handlers, the toolbar's
 * tooltips and Help › Keyboard Shortcuts all read it, and the native menu
 * shows the same accelerators (electron/menu-template.ts).
 */
export const SHORTCUTS: readonly Shortcut[] = [
  { label: 'New story', group: 'Story', keys: 'N', key: 'n', run: { menu: 'new-story' } },
  { label: 'Open story', group: 'Story', keys: 'O', key: 'o', run: { menu: 'open-story' } },
  { label: 'Save', group: 'Story', keys: 'S', key: 's', run: { menu: 'save-story' } },
  { label: 'Close story', group: 'Story', keys: 'W', key: 'w', run: { menu: 'close-story' } },
  {
    label: 'Export…',
    group: 'Story',
    keys: 'Shift+E',
    key: 'e',
    shift: true,
    run: { menu: 'export-story' },
  },
  {
    label: 'Export draft package…',
    group: 'Story',
    keys: 'Shift+S',
    key: 's',
    shift: true,
    run: { menu: 'export-package' },
  },
  {
    label: 'Open package…',
    group: 'Story',
    keys: 'Shift+O',
    key: 'o',
    shift: true,
    run: { menu: 'open-package' },
  },
  {
    label: 'Import a Word, Markdown, HTML or text file…',
    group: 'Story',
    keys: 'Shift+I',
    key: 'i',
    shift: true,
    run: { menu: 'import-file' },
  },
  {
    label: 'Settings',
    group: 'Story',
    keys: ',',
    code: 'Comma',
    run: { menu: 'show-settings' },
  },
  {
    label: 'Copy as HTML',
    group: 'Story',
    keys: 'Shift+C',
    key: 'c',
    shift: true,
    run: { menu: 'copy-html' },
  },
  { label: 'Undo', group: 'Edit', keys: 'Z', run: 'native' },
  { label: 'Redo', group: 'Edit', keys: 'Shift+Z', run: 'native' },
  { label: 'Find', group: 'Edit', keys: 'F', key: 'f', run: { menu: 'find' } },
  { label: 'Find and replace', group: 'Edit', keys: 'H', key: 'h', run: { menu: 'replace' } },
  { label: 'Bold', group: 'Format', keys: 'B', run: 'native' },
  { label: 'Italic', group: 'Format', keys: 'I', run: 'native' },
  { label: 'Underline', group: 'Format', keys: 'U', run: 'native' },
  {
    label: 'Strikethrough',
    group: 'Format',
    keys: 'Shift+X',
    key: 'x',
    shift: true,
    run: { editor: 'strikethrough' },
  },
  {
    label: 'Superscript',
    group: 'Format',
    keys: '.',
    code: 'Period',
    run: { editor: 'superscript' },
  },
  { label: 'Subscript', group: 'Format', keys: ',', code: 'Comma', run: { editor: 'subscript' } },
  { label: 'Code', group: 'Format', keys: 'E', key: 'e', run: { editor: 'code' } },
  { label: 'Link…', group: 'Format', keys: 'K', key: 'k', run: { menu: 'insert-link' } },
  {
    label: 'Paragraph',
    group: 'Blocks',
    keys: 'Alt+0',
    code: 'Digit0',
    alt: true,
    run: { editor: 'paragraph' },
  },
  {
    label: 'Subhead',
    group: 'Blocks',
    keys: 'Alt+2',
    code: 'Digit2',
    alt: true,
    run: { editor: 'subhead-2' },
  },
  {
    label: 'Minor subhead',
    group: 'Blocks',
    keys: 'Alt+3',
    code: 'Digit3',
    alt: true,
    run: { editor: 'subhead-3' },
  },
  {
    label: 'Bulleted list',
    group: 'Blocks',
    keys: 'Shift+8',
    code: 'Digit8',
    shift: true,
    run: { editor: 'bullet' },
  },
  {
    label: 'Numbered list',
    group: 'Blocks',
    keys: 'Shift+7',
    code: 'Digit7',
    shift: true,
    run: { editor: 'number' },
  },
  {
    label: 'Figure (photo)…',
    group: 'Insert',
    keys: 'Alt+F',
    key: 'f',
    alt: true,
    run: { menu: 'insert-figure' },
  },
  {
    label: 'Pull quote',
    group: 'Insert',
    keys: 'Alt+Q',
    key: 'q',
    alt: true,
    run: { menu: 'insert-pullquote' },
  },
  {
    label: 'Credit block',
    group: 'Insert',
    keys: 'Alt+C',
    key: 'c',
    alt: true,
    run: { menu: 'insert-credit' },
  },
  {
    label: 'Rule',
    group: 'Insert',
    keys: 'Alt+R',
    key: 'r',
    alt: true,
    run: { menu: 'insert-rule' },
  },
  {
    label: 'Toggle sidebar',
    group: 'View',
    keys: '\\',
    code: 'Backslash',
    run: { menu: 'toggle-sidebar' },
  },
  {
    label: 'Keyboard shortcuts',
    group: 'View',
    keys: '/',
    code: 'Slash',
    run: { menu: 'show-shortcuts' },
  },
];

/** The shortcut a key press means, if any (native ones excluded: Lexical handles those). */
export function shortcutFor(event: KeyboardEvent): Shortcut | null {
  if (!hasCommandKey(event)) return null;
  for (const shortcut of SHORTCUTS) {
    if (shortcut.run === 'native') continue;
    if (Boolean(shortcut.shift) !== event.shiftKey || Boolean(shortcut.alt) !== event.altKey)
      continue;
    // With Alt held, macOS types a different character, so letters match by code there too.
    const letter =
      shortcut.key &&
      (event.key.toLowerCase() === shortcut.key ||
        event.code === `Key${shortcut.key.toUpperCase()}`);
    if (letter || (shortcut.code && event.code === shortcut.code)) return shortcut;
  }
  return null;
}

/** The shortcut label of a menu command or editor action, for tooltips. */
export function keysOf(run: MenuCommand | EditorAction): string | undefined {
  return SHORTCUTS.find(
    (s) => s.run !== 'native' && ('menu' in s.run ? s.run.menu === run : s.run.editor === run),
  )?.keys;
}
