import { useEffect, useMemo, useState } from 'react';
import { detectArticle } from '../../shared/import/detect-article';
import type { FindingRole, ImportFinding } from '../../shared/import/import-draft';
import type { IpcResponse } from '../../shared/ipc/contract';

type ImportPreview = IpcResponse<'readDroppedImport'>;
import { countWords } from '../../shared/story/story-text';
import { inlineText } from '../../shared/story/story-runs';
import { draftBlockText } from './draft-block-text';

const ROLE_LABELS: Record<FindingRole, string> = {
  headline: 'Headline',
  standfirst: 'Standfirst',
  byline: 'Byline',
  dateline: 'Dateline',
  figure: 'Photo',
  subhead: 'Subhead',
  pullquote: 'Pull quote',
  credit: 'Credit block',
  dropped: 'Dropped',
};

const FORMAT_LABELS: Record<ImportPreview['format'], string> = {
  docx: 'Word document',
  markdown: 'Markdown',
  html: 'web page',
  text: 'text',
};

function FindingRow({
  finding,
  action,
  onAction,
}: {
  readonly finding: ImportFinding;
  readonly action: string;
  readonly onAction: () => void;
}) {
  return (
    <li className={`nd-import-finding nd-import-${finding.role}`} data-role={finding.role}>
      <span className="nd-import-role">{ROLE_LABELS[finding.role]}</span>
      <span className="nd-import-text" title={`Rule: ${finding.rule}`}>
        {finding.text || '(no text)'}
      </span>
      {/* A headline taken from the page's <title> has no line of its own to keep (index -1). */}
      {finding.index >= 0 && (
        <button type="button" onClick={onAction}>
          {action}
        </button>
      )}
    </li>
  );
}

/**
 * What an import found, before the story is made: headline, photos,
 * subheads, credit block and the lines dropped as site chrome. One click
 * keeps a line as it was (detection runs again at once, here in the page);
 * Import makes the story with exactly what is shown.
 */
export function ImportReview({
  preview,
  busy,
  onImport,
  onCancel,
}: {
  readonly preview: ImportPreview;
  readonly busy: boolean;
  readonly onImport: (keep: readonly number[]) => void;
  readonly onCancel: () => void;
}) {
  const [keep, setKeep] = useState<ReadonlySet<number>>(new Set());
  const article = useMemo(() => detectArticle(preview.draft, { keep }), [preview.draft, keep]);
  const toggle = (index: number) =>
    setKeep((now) => {
      const next = new Set(now);
      if (!next.delete(index)) next.add(index);
      return next;
    });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && onCancel();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onCancel]);

  const found = article.findings.filter((finding) => finding.role !== 'dropped');
  const dropped = article.findings.filter((finding) => finding.role === 'dropped');
  const paragraphs = article.body.filter((block) => block.type === 'paragraph');
  const words = paragraphs.reduce((sum, block) => sum + countWords(inlineText(block.content)), 0);
  const kept = [...keep].sort((a, b) => a - b);

  return (
    <div className="nd-modal-backdrop">
      <div
        className="nd-modal nd-import"
        role="dialog"
        aria-modal="true"
        aria-label={`Import ${preview.fileName}`}
      >
        <header>
          <h2>
            Import “{preview.fileName}” <small>({FORMAT_LABELS[preview.format]})</small>
          </h2>
          <button type="button" onClick={onCancel} aria-label="Close">
            ×
          </button>
        </header>
        <p className="nd-hint">
          Check what Newsdesk found. Keep any line it took for something else; the file itself is
          not changed.
        </p>
        {preview.warnings.length > 0 && (
          <ul className="nd-import-warnings" role="status">
            {preview.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        )}
        <section aria-label="Found">
          <h3>Found</h3>
          {!article.headline && (
            <p className="nd-error">No headline found: write one after import.</p>
          )}
          <ul className="nd-import-findings">
            {found.map((finding) => (
              <FindingRow
                key={`${finding.index}-${finding.role}-${finding.rule}`}
                finding={finding}
                action="Keep as text"
                onAction={() => toggle(finding.index)}
              />
            ))}
          </ul>
          <p className="nd-hint" data-testid="import-body-summary">
            Body: {paragraphs.length} paragraph{paragraphs.length === 1 ? '' : 's'}, {words} words.
          </p>
        </section>
        {dropped.length > 0 && (
          <section aria-label="Dropped as site chrome">
            <h3>Dropped as site chrome ({dropped.length})</h3>
            <ul className="nd-import-findings">
              {dropped.map((finding) => (
                <FindingRow
                  key={`${finding.index}-${finding.rule}`}
                  finding={finding}
                  action="Keep"
                  onAction={() => toggle(finding.index)}
                />
              ))}
            </ul>
          </section>
        )}
        {kept.length > 0 && (
          <section aria-label="Kept as text">
            <h3>Kept as text ({kept.length})</h3>
            <ul className="nd-import-findings">
              {kept.map((index) => (
                <li key={index} className="nd-import-finding">
                  <span className="nd-import-role">Kept</span>
                  <span className="nd-import-text">
                    {draftBlockText(preview.draft.blocks[index])}
                  </span>
                  <button type="button" onClick={() => toggle(index)}>
                    Undo
                  </button>
                </li>
              ))}
            </ul>
          </section>
        )}
        <footer>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          <button
            type="button"
            className="nd-primary"
            disabled={busy}
            autoFocus
            onClick={() => onImport(kept)}
          >
            {busy ? 'Importing…' : 'Import story'}
          </button>
        </footer>
      </div>
    </div>
  );
}
