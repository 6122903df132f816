import type { CheckPlace, ExportCheck } from '../../shared/export/export-checks';

interface ChecksListProps {
  readonly checks: readonly ExportCheck[];
  /** Takes the reporter to the place a check is about. */
  readonly onReveal: (place: CheckPlace) => void;
  /** A tighter layout (inside the export dialog). */
  readonly compact?: boolean;
}

/**
 * The pre-export checks, errors first: the same list the export dialog and
 * every export format use. Each one is a button that goes to its place.
 */
export function ChecksList({ checks, onReveal, compact = false }: ChecksListProps) {
  if (checks.length === 0) {
    return (
      <p className="nd-checks-clear" data-testid="checks-clear">
        Ready to export: no problems found.
      </p>
    );
  }
  const ordered = [
    ...checks.filter((check) => check.severity === 'error'),
    ...checks.filter((check) => check.severity === 'warning'),
  ];
  return (
    <ul className={`nd-checks ${compact ? 'nd-checks-compact' : ''}`} data-testid="checks">
      {ordered.map((check, index) => (
        <li key={`${check.rule}-${index}`} className={`nd-check nd-check-${check.severity}`}>
          <button type="button" onClick={() => onReveal(check.place)} title="Go to it">
            <span className="nd-check-badge">
              {check.severity === 'error' ? 'Error' : 'Warning'}
            </span>
            {check.message}
          </button>
        </li>
      ))}
    </ul>
  );
}
