import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { exportChecks, type CheckPlace } from '../../shared/export/export-checks';
import {
  EXPORT_FORMATS,
  EXPORT_FORMAT_LABELS,
  exportFileName,
  normalizeAssetBaseUrl,
} from '../../shared/export/export-formats';
import type { NewsdeskApi } from '../../shared/ipc/newsdesk-api';
import type { Story } from '../../shared/story/story';
import { ChecksList } from '../inspector/ChecksList';
import { loadExportPreferences, saveExportPreferences } from './export-preferences';

interface ExportDialogProps {
  readonly api: NewsdeskApi;
  /** The story as it stands in the editor when the dialog opened. */
  readonly story: Story;
  readonly headlineLimit: number;
  /** Saves the open story (main exports what is on disk); false when it could not. */
  readonly save: () => Promise<boolean>;
  readonly onReveal: (place: CheckPlace) => void;
  readonly onClose: () => void;
}

type Stage =
  | { readonly kind: 'form'; readonly error?: string }
  | { readonly kind: 'exporting'; readonly done: number; readonly total: number }
  | { readonly kind: 'done'; readonly file: string; readonly images: number };

/**
 * File › Export…: format, folder and options, the pre-export checks (errors
 * block, warnings are shown and the button says "Export anyway"), progress
 * while images are copied, and "Show in folder" at the end.
 */
export function ExportDialog({
  api,
  story,
  headlineLimit,
  save,
  onReveal,
  onClose,
}: ExportDialogProps) {
  const [preferences, setPreferences] = useState(loadExportPreferences);
  const [folder, setFolder] = useState<string | null>(null);
  const [stage, setStage] = useState<Stage>({ kind: 'form' });
  const firstField = useRef<HTMLInputElement>(null);
  const checks = useMemo(() => exportChecks(story, { headlineLimit }), [story, headlineLimit]);
  const errors = checks.filter((check) => check.severity === 'error').length;
  const warnings = checks.length - errors;
  const { format, assetBaseUrl, inlineImages } = preferences;
  const baseUrlValid = assetBaseUrl.trim() === '' || normalizeAssetBaseUrl(assetBaseUrl) !== null;

  useEffect(() => {
    firstField.current?.focus();
    void api.getExportFolder({}).then((result) => result.ok && setFolder(result.value.folder));
    return api.onExportProgress(({ done, total }) =>
      setStage((stage) =>
        stage.kind === 'exporting' ? { kind: 'exporting', done, total } : stage,
      ),
    );
  }, [api]);

  const busy = stage.kind === 'exporting';
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && !busy && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [busy, onClose]);

  const change = (patch: Partial<typeof preferences>) => {
    const next = { ...preferences, ...patch };
    setPreferences(next);
    saveExportPreferences(next);
  };

  const chooseFolder = async (): Promise<string | null> => {
    const result = await api.chooseExportFolder({});
    if (!result.ok) {
      setStage({ kind: 'form', error: result.error.message });
      return null;
    }
    if (result.value) setFolder(result.value.folder);
    return result.value?.folder ?? null;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || errors > 0 || !baseUrlValid) return;
    const target = folder ?? (await chooseFolder());
    if (!target) return;
    setStage({ kind: 'exporting', done: 0, total: 0 });
    if (!(await save())) {
      setStage({ kind: 'form', error: 'The story could not be saved, so it was not exported.' });
      return;
    }
    const result = await api.exportStory({
      storyId: story.id,
      format,
      folder: target,
      headlineLimit,
      ...(assetBaseUrl.trim() && format !== 'story' ? { assetBaseUrl: assetBaseUrl.trim() } : {}),
      ...(format === 'html-page' ? { inlineImages } : {}),
    });
    setStage(
      result.ok
        ? { kind: 'done', file: result.value.file, images: result.value.images }
        : { kind: 'form', error: result.error.message },
    );
  };

  const reveal = (place: CheckPlace) => {
    onClose();
    onReveal(place);
  };

  return (
    <div className="nd-modal-backdrop" onClick={busy ? undefined : onClose}>
      <form
        className="nd-modal nd-export"
        role="dialog"
        aria-modal="true"
        aria-label="Export story"
        onClick={(event) => event.stopPropagation()}
        onSubmit={(event) => void submit(event)}
      >
        <header>
          <h2>Export story</h2>
          <button type="button" onClick={onClose} aria-label="Close" disabled={busy}>
            ×
          </button>
        </header>
        {stage.kind === 'done' ? (
          <div className="nd-export-done" role="status">
            <p>
              Exported <strong>{fileName(stage.file)}</strong>
              {stage.images > 0 ? ` and ${stage.images} image${stage.images === 1 ? '' : 's'}` : ''}
              .
            </p>
            <p className="nd-mono nd-export-path">{stage.file}</p>
            <div className="nd-export-actions">
              <button type="button" onClick={() => void api.showExportedFile({ file: stage.file })}>
                Show in folder
              </button>
              <button type="button" className="nd-primary" onClick={onClose} autoFocus>
                Done
              </button>
            </div>
          </div>
        ) : (
          <>
            <fieldset disabled={busy}>
              <legend>Format</legend>
              {EXPORT_FORMATS.map((option, index) => (
                <label key={option} className="nd-export-format">
                  <input
                    ref={index === 0 ? firstField : undefined}
                    type="radio"
                    name="format"
                    value={option}
                    checked={format === option}
                    onChange={() => change({ format: option })}
                  />
                  {EXPORT_FORMAT_LABELS[option]}
                  <small className="nd-mono"> {exportFileName(story, option)}</small>
                </label>
              ))}
            </fieldset>
            <fieldset disabled={busy}>
              <legend>Where</legend>
              <div className="nd-export-folder">
                <span className="nd-mono" data-testid="export-folder">
                  {folder ?? 'No folder chosen yet'}
                </span>
                <button type="button" onClick={() => void chooseFolder()}>
                  Choose…
                </button>
              </div>
              {format !== 'story' && format !== 'html-page' && (
                <label className="nd-export-option">
                  Image address on the website (optional)
                  <input
                    type="url"
                    placeholder="https://cdn.example.com/stories/"
                    value={assetBaseUrl}
                    aria-invalid={!baseUrlValid}
                    onChange={(event) => change({ assetBaseUrl: event.target.value })}
                  />
                  {!baseUrlValid && (
                    <small className="nd-error">A full web address, starting https://</small>
                  )}
                </label>
              )}
              {format === 'html-page' && (
                <label className="nd-export-check">
                  <input
                    type="checkbox"
                    checked={inlineImages}
                    onChange={(event) => change({ inlineImages: event.target.checked })}
                  />
                  Put the images inside the page (one file to send)
                </label>
              )}
            </fieldset>
            {checks.length > 0 && (
              <section className="nd-export-checks" aria-label="Checks">
                <h3>
                  {errors > 0
                    ? `${errors} problem${errors === 1 ? '' : 's'} to fix before export`
                    : `${warnings} warning${warnings === 1 ? '' : 's'}`}
                </h3>
                <ChecksList checks={checks} onReveal={reveal} compact />
              </section>
            )}
            {stage.kind === 'form' && stage.error && (
              <p className="nd-error" role="alert">
                {stage.error}
              </p>
            )}
            {stage.kind === 'exporting' && (
              <div className="nd-export-progress" role="status">
                <progress
                  max={stage.total || undefined}
                  value={stage.total ? stage.done : undefined}
                  aria-label="Export progress"
                />
                <span>
                  {stage.total ? `Copying images: ${stage.done} of ${stage.total}` : 'Exporting…'}
                </span>
              </div>
            )}
            <div className="nd-export-actions">
              <button type="button" onClick={onClose} disabled={busy}>
                Cancel
              </button>
              <button
                type="submit"
                className="nd-primary"
                disabled={busy || errors > 0 || !baseUrlValid}
              >
                {warnings > 0 ? 'Export anyway' : 'Export'}
              </button>
            </div>
          </>
        )}
      </form>
    </div>
  );
}

function fileName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}
