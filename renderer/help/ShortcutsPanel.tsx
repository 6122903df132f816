import { useEffect } from 'react';
import { shortcutLabel } from '../shortcut-label';
import { SHORTCUTS, type Shortcut } from '../shortcuts';

const TYPING_RULES: readonly [string, string][] = [
  ['## then space', 'Subhead'],
  ['### then space', 'Minor subhead'],
  ['> then space', 'Pull quote'],
  ['- or * then space', 'Bulleted list'],
  ['1. then space', 'Numbered list'],
  ['---', 'Rule'],
  ['" and \'', 'Curly quotes “ ” ‘ ’ (Undo keeps the straight one)'],
  ['-- and space-hyphen-space', 'Em dash — and en dash –'],
  ['Enter in a header field', 'Next field; after the dateline, the body'],
];

/** Help › Keyboard Shortcuts: every shortcut from the one table, and the typing shortcuts. */
export function ShortcutsPanel({ onClose }: { readonly onClose: () => void }) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  const groups = [...new Set(SHORTCUTS.map((s) => s.group))];
  const row = (shortcut: Shortcut) => (
    <tr key={shortcut.label}>
      <td>{shortcut.label}</td>
      <td>
        <kbd>{shortcutLabel(shortcut.keys)}</kbd>
      </td>
    </tr>
  );
  return (
    <div className="nd-modal-backdrop" onClick={onClose}>
      <div
        className="nd-modal"
        role="dialog"
        aria-modal="true"
        aria-label="Keyboard shortcuts"
        onClick={(event) => event.stopPropagation()}
      >
        <header>
          <h2>Keyboard shortcuts</h2>
          <button type="button" autoFocus onClick={onClose} aria-label="Close">
            ×
          </button>
        </header>
        <div className="nd-shortcut-columns">
          {groups.map((group) => (
            <table key={group}>
              <caption>{group}</caption>
              <tbody>{SHORTCUTS.filter((s) => s.group === group).map(row)}</tbody>
            </table>
          ))}
          <table>
            <caption>As you type</caption>
            <tbody>
              {TYPING_RULES.map(([keys, what]) => (
                <tr key={keys}>
                  <td>{what}</td>
                  <td>
                    <kbd>{keys}</kbd>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </div>
  );
}
