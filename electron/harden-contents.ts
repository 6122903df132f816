import { dialog, shell, type Session, type WebContents } from 'electron';
import { externalUrlToOpen } from './window-options';

/** Refuses every permission request (camera, geolocation, notifications, …). */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/**
 * No page ever navigates away or opens a window. A clicked http(s) link opens
 * in the user's browser, after they confirm, and nothing else does.
 */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const external = externalUrlToOpen(url);
    if (external) void confirmAndOpen(external);
    return { action: 'deny' };
  });
}

async function confirmAndOpen(url: string): Promise<void> {
  const { response } = await dialog.showMessageBox({
    type: 'question',
    buttons: ['Open in Browser', 'Cancel'],
    defaultId: 0,
    cancelId: 1,
    message: 'Open this link in your web browser?',
    detail: url,
  });
  if (response === 0) await shell.openExternal(url);
}
