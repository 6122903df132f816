import path from 'node:path';
import { openExportService } from '../../electron/export/export-service';
import { openImportService } from '../../electron/import/import-service';
import type { HandlerDeps } from '../../electron/ipc/ipc-handlers';
import { openLibraryServices } from '../../electron/library/library-services';
import { openPackageTransfer } from '../../electron/library/package-transfer';
import { openSettingsService } from '../../electron/settings/settings-service';
import { loopbackOnlyFetch } from '../../electron/import/loopback-fetch';

/**
 * The handler table's dependencies for a library in `dir`, as main wires them
 * (openLibraryServices), with every dialog answering "cancelled" unless the
 * test overrides it.
 */
export function testHandlerDeps(
  dir: string,
  overrides: Partial<HandlerDeps> = {},
  imports: { chooseImportFile?: () => Promise<string | null>; allowNetwork?: boolean } = {},
): HandlerDeps {
  const services = openLibraryServices(dir);
  return {
    ...services,
    packages: openPackageTransfer({
      library: services.library,
      keep: services.keepBeforeImport,
      chooseSaveFile: async () => null,
      choosePackage: async () => null,
      askClash: async () => 'cancel',
    }),
    exports: openExportService({
      library: services.library,
      chooseFolder: async () => null,
      settingsFile: path.join(dir, 'export-settings.json'),
      reportProgress: () => undefined,
      showItemInFolder: () => undefined,
    }),
    settings: openSettingsService({
      userDataDir: path.join(dir, 'user-data'),
      libraryPath: dir,
      libraryFromEnvironment: false,
      chooseFolder: async () => null,
      restart: () => undefined,
    }),
    imports: openImportService({
      ...services,
      chooseImportFile: imports.chooseImportFile ?? (async () => null),
      allowNetwork: imports.allowNetwork ?? true,
      fetchOptions: { fetch: loopbackOnlyFetch, timeoutMs: 2_000 },
    }),
    app: { name: 'Newsdesk', version: 'test' },
    chooseImageFile: async () => null,
    ...overrides,
  };
}
