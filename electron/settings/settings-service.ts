import { ok, type IpcResult } from '../../shared/ipc/ipc-result';
import { readAppSettings, writeAppSettings } from './app-settings';

export interface SettingsView {
  /** The library this run uses. */
  readonly libraryPath: string;
  /** The folder chosen in Settings (used from the next start), or null for the default. */
  readonly chosenLibraryPath: string | null;
  /** NEWSDESK_LIBRARY is set: it wins over Settings. */
  readonly libraryFromEnvironment: boolean;
}

export interface SettingsService {
  get(): Promise<IpcResult<SettingsView>>;
  /** Settings › Library folder › Choose…: null when cancelled. */
  chooseLibraryFolder(): Promise<IpcResult<SettingsView | null>>;
  /** Starts the app again (the window saves first), so a new library folder takes effect. */
  restart(): Promise<IpcResult<null>>;
}

export interface SettingsServiceDeps {
  readonly userDataDir: string;
  readonly libraryPath: string;
  readonly libraryFromEnvironment: boolean;
  readonly chooseFolder: (current: string) => Promise<string | null>;
  readonly restart: () => void;
}

/**
 * The Settings window's side in main. Changing the library takes effect at the
 * next start: every open story, index and journal belongs to the library they
 * were opened in, and switching them live would risk writing a story into the
 * wrong folder.
 */
export function openSettingsService(deps: SettingsServiceDeps): SettingsService {
  const view = async (): Promise<SettingsView> => ({
    libraryPath: deps.libraryPath,
    chosenLibraryPath: (await readAppSettings(deps.userDataDir)).libraryPath ?? null,
    libraryFromEnvironment: deps.libraryFromEnvironment,
  });
  return {
    get: async () => ok(await view()),
    async chooseLibraryFolder() {
      const chosen = await view();
      const folder = await deps.chooseFolder(chosen.chosenLibraryPath ?? deps.libraryPath);
      if (folder === null) return ok(null);
      const written = await writeAppSettings(deps.userDataDir, {
        ...(await readAppSettings(deps.userDataDir)),
        libraryPath: folder,
      });
      return written.ok ? ok(await view()) : written;
    },
    async restart() {
      deps.restart();
      return ok(null);
    },
  };
}
