import { findElectronBinary } from './harness/electron-binary';

/** Says once, plainly, whether the Electron project runs or why it is skipped. */
export default function globalSetup(): void {
  const electron = findElectronBinary();
  if (electron.ok) {
    console.log(`[e2e] Electron app tests run with ${electron.path}`);
  } else {
    console.log(
      `[e2e] Electron app tests SKIPPED: ${electron.reason}. The same specs ran in Debian's Chromium through the IPC harness.`,
    );
  }
}
