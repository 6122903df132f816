import os from 'node:os';
import path from 'node:path';

/**
 * Where the library lives: `NEWSDESK_LIBRARY` when set (tests, power users),
 * else the folder chosen in Settings, else a `Newsdesk` folder in Documents.
 */
export function resolveLibraryPath(
  env: Readonly<Record<string, string | undefined>>,
  documentsDir: string,
  homeDir: string = os.homedir(),
  chosen?: string,
): string {
  const override = env.NEWSDESK_LIBRARY?.trim();
  if (!override) return chosen ?? path.join(documentsDir, 'Newsdesk');
  // Shells expand "~" only unquoted; expand it here too, so "~/Stories" means the home folder.
  const expanded = override.replace(/^~(?=$|[\\/])/, homeDir);
  return path.resolve(expanded);
}
