import { EXPORT_FORMATS, type ExportFormat } from '../../shared/export/export-formats';

/** The export dialog's last choices, remembered on this computer. The folder is main's to remember. */
export interface ExportPreferences {
  readonly format: ExportFormat;
  readonly assetBaseUrl: string;
  readonly inlineImages: boolean;
}

const KEY = 'newsdesk.export';
const DEFAULTS: ExportPreferences = { format: 'html', assetBaseUrl: '', inlineImages: false };

export function loadExportPreferences(): ExportPreferences {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<Record<string, unknown>>;
    return {
      format: EXPORT_FORMATS.includes(saved.format as ExportFormat)
        ? (saved.format as ExportFormat)
        : DEFAULTS.format,
      assetBaseUrl: typeof saved.assetBaseUrl === 'string' ? saved.assetBaseUrl : '',
      inlineImages: saved.inlineImages === true,
    };
  } catch {
    return DEFAULTS; // unreadable: start from the defaults
  }
}

export function saveExportPreferences(preferences: ExportPreferences): void {
  localStorage.setItem(KEY, JSON.stringify(preferences));
}
