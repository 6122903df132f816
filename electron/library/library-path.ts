import path from 'node:path';

/**
 * Where the library lives: `NEWSDESK_LIBRARY` when set (tests, power users),
 * otherwise a `Newsdesk` folder in the user's Documents.
 */
export function resolveLibraryPath(
  env: Readonly<Record<string, string | undefined>>,
  documentsDir: string,
): string {
  const override = env.NEWSDESK_LIBRARY?.trim();
  return override ? path.resolve(override) : path.join(documentsDir, 'Newsdesk');
}
