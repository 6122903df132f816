import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/ipc/channels';

export type ThemeSource = 'system' | 'light' | 'dark';

export interface MenuActions {
  readonly isMac: boolean;
  readonly isDev: boolean;
  /** Sends a command to the window's renderer. */
  readonly send: (command: MenuCommand) => void;
  readonly setTheme: (theme: ThemeSource) => void;
  readonly showAbout: () => void;
}

/**
 * A menu item whose shortcut the renderer handles itself. The accelerator is
 * shown but not registered, so the key reaches the page exactly once — the
 * same path in Electron and in the browser-based e2e harness.
 */
function rendererItem(
  label: string,
  accelerator: string,
  command: MenuCommand,
  actions: MenuActions,
): MenuItemConstructorOptions {
  return { label, accelerator, registerAccelerator: false, click: () => actions.send(command) };
}

/** The native menu: File, Edit, Insert, View, Help (plus the app menu on macOS). */
export function buildMenuTemplate(actions: MenuActions): MenuItemConstructorOptions[] {
  const { isMac, isDev } = actions;
  const about: MenuItemConstructorOptions = { label: 'About Newsdesk', click: actions.showAbout };
  const theme = (label: string, source: ThemeSource, checked = false) =>
    ({ label, type: 'radio', checked, click: () => actions.setTheme(source) }) as const;

  const template: MenuItemConstructorOptions[] = [
    {
      label: '&File',
      submenu: [
        rendererItem('&New Story', 'CmdOrCtrl+N', 'new-story', actions),
        rendererItem('&Open Story…', 'CmdOrCtrl+O', 'open-story', actions),
        { type: 'separator' },
        rendererItem('&Save', 'CmdOrCtrl+S', 'save-story', actions),
        { type: 'separator' },
        rendererItem('&Export…', 'CmdOrCtrl+Shift+E', 'export-story', actions),
        rendererItem('Copy as &HTML', 'CmdOrCtrl+Shift+C', 'copy-html', actions),
        { type: 'separator' },
        rendererItem('Export &Draft Package…', 'CmdOrCtrl+Shift+S', 'export-package', actions),
        rendererItem('Open &Package…', 'CmdOrCtrl+Shift+O', 'open-package', actions),
        rendererItem('&Import…', 'CmdOrCtrl+Shift+I', 'import-file', actions),
        { type: 'separator' },
        rendererItem('Se&ttings…', 'CmdOrCtrl+,', 'show-settings', actions),
        { type: 'separator' },
        rendererItem('&Close Story', 'CmdOrCtrl+W', 'close-story', actions),
        ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'quit' } as const]),
      ],
    },
    {
      label: '&Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { type: 'separator' },
        { role: 'selectAll' },
        { type: 'separator' },
        rendererItem('&Find…', 'CmdOrCtrl+F', 'find', actions),
        rendererItem('&Replace…', 'CmdOrCtrl+H', 'replace', actions),
      ],
    },
    {
      label: '&Insert',
      submenu: [
        rendererItem('&Figure…', 'CmdOrCtrl+Alt+F', 'insert-figure', actions),
        rendererItem('&Pull Quote', 'CmdOrCtrl+Alt+Q', 'insert-pullquote', actions),
        rendererItem('&Credit Block', 'CmdOrCtrl+Alt+C', 'insert-credit', actions),
        rendererItem('&Rule', 'CmdOrCtrl+Alt+R', 'insert-rule', actions),
        { type: 'separator' },
        rendererItem('&Link…', 'CmdOrCtrl+K', 'insert-link', actions),
      ],
    },
    {
      label: '&View',
      submenu: [
        rendererItem('Toggle &Sidebar', 'CmdOrCtrl+\\', 'toggle-sidebar', actions),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        {
          label: '&Appearance',
          submenu: [
            theme('Follow System', 'system', true),
            theme('Light', 'light'),
            theme('Dark', 'dark'),
          ],
        },
        { role: 'togglefullscreen' },
        ...(isDev ? [{ type: 'separator' } as const, { role: 'toggleDevTools' } as const] : []),
      ],
    },
    {
      label: '&Help',
      submenu: [
        rendererItem('&Keyboard Shortcuts', 'CmdOrCtrl+/', 'show-shortcuts', actions),
        { type: 'separator' },
        about,
      ],
    },
  ];
  if (isMac) {
    template.unshift({
      label: 'Newsdesk',
      submenu: [
        about,
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { type: 'separator' },
        { role: 'quit' },
      ],
    });
  }
  return template;
}
