import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { fail, ok, type IpcResult } from '../../shared/ipc/ipc-result';
import { writeFileAtomic } from '../storage/atomic-write';
import { describeFsError } from '../storage/describe-fs-error';

/** What the user set in Settings, kept in the app's data folder. */
const SettingsSchema = z.object({ libraryPath: z.string().min(1).optional() });
export type AppSettings = z.infer<typeof SettingsSchema>;

export const SETTINGS_FILE = 'settings.json';

/** The saved settings; a missing or damaged file means the defaults (it is only preferences). */
export async function readAppSettings(userDataDir: string): Promise<AppSettings> {
  try {
    const parsed = SettingsSchema.safeParse(
      JSON.parse(await fs.readFile(path.join(userDataDir, SETTINGS_FILE), 'utf8')),
    );
    const libraryPath = parsed.success ? parsed.data.libraryPath : undefined;
    return libraryPath && path.isAbsolute(libraryPath) ? { libraryPath } : {};
  } catch {
    return {};
  }
}

export async function writeAppSettings(
  userDataDir: string,
  settings: AppSettings,
): Promise<IpcResult<null>> {
  try {
    await fs.mkdir(userDataDir, { recursive: true });
    await writeFileAtomic(
      path.join(userDataDir, SETTINGS_FILE),
      `${JSON.stringify(settings, null, 2)}\n`,
    );
    return ok(null);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail('io', `The setting was not saved: ${describeFsError(code)}.`);
  }
}
