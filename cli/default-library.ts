import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { resolveLibraryPath } from '../electron/library/library-path';
import { readAppSettings } from '../electron/settings/app-settings';

type Env = Readonly<Record<string, string | undefined>>;

/** The app's name, which Electron puts at the end of its data folder (package.json productName). */
const APP_NAME = 'Newsdesk';

/** Where Electron keeps "appData" on each system (app.getPath('appData')). */
function appDataDir(env: Env, platform: NodeJS.Platform, home: string): string {
  if (platform === 'win32') return env.APPDATA ?? path.join(home, 'AppData', 'Roaming');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME || path.join(home, '.config');
}

/**
 * The Documents folder as Electron finds it (app.getPath('documents')): on
 * Linux the XDG user directory from user-dirs.dirs when set, else ~/Documents.
 */
function documentsDir(env: Env, platform: NodeJS.Platform, home: string): string {
  const fallback = path.join(home, 'Documents');
  if (platform !== 'linux') return fallback;
  try {
    const dirs = readFileSync(path.join(appDataDir(env, platform, home), 'user-dirs.dirs'), 'utf8');
    const value = /^XDG_DOCUMENTS_DIR="([^"]*)"/m.exec(dirs)?.[1];
    if (!value) return fallback;
    const expanded = value.replace(/^\$HOME(?=$|\/)/, home);
    // "$HOME/" alone means the user turned the folder off: Electron falls back to home.
    return path.isAbsolute(expanded) ? expanded : fallback;
  } catch {
    return fallback;
  }
}

/**
 * The library the app would open: NEWSDESK_LIBRARY when set, else the folder
 * chosen in the app's Settings (read from its data folder, NEWSDESK_USER_DATA
 * as in electron/main.ts), else Newsdesk in Documents — resolveLibraryPath's rule.
 */
export async function defaultLibraryPath(
  env: Env,
  platform: NodeJS.Platform = process.platform,
  home: string = os.homedir(),
): Promise<string> {
  const userData = env.NEWSDESK_USER_DATA || path.join(appDataDir(env, platform, home), APP_NAME);
  const { libraryPath } = await readAppSettings(userData);
  return resolveLibraryPath(env, documentsDir(env, platform, home), home, libraryPath);
}
