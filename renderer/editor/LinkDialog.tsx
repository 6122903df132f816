import { useState } from 'react';
import { normalizeLinkUrl } from './link-url';

interface LinkDialogProps {
  readonly initialUrl: string;
  /** The checked URL, or null to remove the link. */
  readonly onDone: (url: string | null) => void;
  readonly onCancel: () => void;
}

/** Add, change or remove the link on the selected words; the address is checked before it is applied. */
export function LinkDialog({ initialUrl, onDone, onCancel }: LinkDialogProps) {
  const [typed, setTyped] = useState(initialUrl);
  const [error, setError] = useState<string | null>(null);
  const submit = () => {
    const result = normalizeLinkUrl(typed);
    if ('error' in result) setError(result.error);
    else onDone(result.url);
  };
  return (
    <div className="nd-popover" role="dialog" aria-label="Link">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <label>
          Link address
          <input
            autoFocus
            type="text"
            value={typed}
            placeholder="https://… or name@example.org"
            aria-invalid={error !== null}
            onChange={(event) => {
              setTyped(event.target.value);
              setError(null);
            }}
            onKeyDown={(event) => event.key === 'Escape' && onCancel()}
          />
        </label>
        {error && (
          <p className="nd-field-error" role="alert">
            {error}
          </p>
        )}
        <div className="nd-popover-actions">
          {initialUrl && (
            <button type="button" onClick={() => onDone(null)}>
              Remove link
            </button>
          )}
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="nd-primary">
            Apply
          </button>
        </div>
      </form>
    </div>
  );
}
