import { promises as fs } from 'node:fs';
import path from 'node:path';
import { normalizeAssetBaseUrl } from '../../shared/export/export-formats';
import type { ExportProgress } from '../../shared/ipc/channels';
import type { IpcValidRequest } from '../../shared/ipc/contract';
import { fail, ok, type IpcResult } from '../../shared/ipc/ipc-result';
import type { StoryLibrary } from '../library/story-library';
import { writeFileAtomic } from '../storage/atomic-write';
import { writeStoryExport } from './export-writer';

export interface ExportServiceDeps {
  readonly library: StoryLibrary;
  /** Asks the user for a folder (Electron's dialog; a stub in the e2e harness). */
  readonly chooseFolder: (defaultPath: string | undefined) => Promise<string | null>;
  /** Where the last chosen folder is remembered across restarts. */
  readonly settingsFile: string;
  readonly reportProgress: (progress: ExportProgress) => void;
  /** Opens the file manager at a file (Electron's shell.showItemInFolder). */
  readonly showItemInFolder: (file: string) => void;
}

export interface ExportService {
  getFolder(): Promise<IpcResult<{ folder: string | null }>>;
  chooseFolder(): Promise<IpcResult<{ folder: string } | null>>;
  exportStory(
    request: IpcValidRequest<'exportStory'>,
  ): Promise<IpcResult<{ file: string; images: number; warnings: number }>>;
  showExportedFile(file: string): Promise<IpcResult<null>>;
}

export const BASE_URL_MESSAGE =
  'The image address must be a full web address, like https://cdn.example.com/stories/.';

async function readRememberedFolder(file: string): Promise<string | null> {
  try {
    const saved = JSON.parse(await fs.readFile(file, 'utf8')) as { folder?: unknown };
    return typeof saved.folder === 'string' && path.isAbsolute(saved.folder) ? saved.folder : null;
  } catch {
    return null; // none yet, or unreadable: the dialog asks again
  }
}

/**
 * Exports from the library to folders the user picked. The page never names a
 * folder on its own authority: only a folder chosen in the dialog (this run,
 * or remembered from the last one) is written to, and only files this run
 * exported can be shown in the file manager.
 */
export function openExportService(deps: ExportServiceDeps): ExportService {
  const chosen = new Set<string>();
  const exported = new Set<string>();
  const remembered = readRememberedFolder(deps.settingsFile).then((folder) => {
    if (folder) chosen.add(folder);
    return folder;
  });
  let lastFolder: string | null = null;

  return {
    async getFolder() {
      return ok({ folder: lastFolder ?? (await remembered) });
    },

    async chooseFolder() {
      const folder = await deps.chooseFolder(lastFolder ?? (await remembered) ?? undefined);
      if (folder === null) return ok(null);
      chosen.add(folder);
      lastFolder = folder;
      await fs.mkdir(path.dirname(deps.settingsFile), { recursive: true }).catch(() => undefined);
      // Remembering is a convenience: failing to write it must not fail the choice.
      await writeFileAtomic(deps.settingsFile, `${JSON.stringify({ folder })}\n`).catch(
        (error: unknown) => console.warn('[export] could not remember the folder', error),
      );
      return ok({ folder });
    },

    async exportStory(request) {
      await remembered;
      if (!chosen.has(request.folder)) {
        return fail(
          'invalid-request',
          'Choose the export folder again: Newsdesk only writes where you chose.',
        );
      }
      if (request.assetBaseUrl && normalizeAssetBaseUrl(request.assetBaseUrl) === null) {
        return fail('invalid-request', BASE_URL_MESSAGE);
      }
      const loaded = await deps.library.load(request.storyId);
      if (!loaded.ok) return loaded;
      const outcome = await writeStoryExport({
        story: loaded.value,
        storyDir: deps.library.storyDir(request.storyId)!,
        format: request.format,
        outDir: request.folder,
        options: { assetBaseUrl: request.assetBaseUrl, inlineImages: request.inlineImages },
        checkSettings: { headlineLimit: request.headlineLimit },
        onProgress: (done, total) => deps.reportProgress({ done, total }),
      });
      if (!outcome.ok) {
        const code = {
          checks: 'blocked',
          'missing-image': 'not-found',
          invalid: 'invalid-export',
          io: 'io',
        } as const;
        return fail(code[outcome.code], outcome.message);
      }
      exported.add(outcome.file);
      lastFolder = request.folder;
      const warnings = outcome.checks.filter((check) => check.severity === 'warning').length;
      return ok({ file: outcome.file, images: outcome.images, warnings });
    },

    async showExportedFile(file) {
      if (!exported.has(file))
        return fail('invalid-request', 'That is not a file Newsdesk exported.');
      deps.showItemInFolder(file);
      return ok(null);
    },
  };
}
