// The native menu: items, accelerators, and what clicking them does.
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate, type ThemeSource } from '../../electron/menu-template';
import type { MenuCommand } from '../../shared/ipc/channels';

function menu(isMac = false, isDev = false) {
  const sent: MenuCommand[] = [];
  const themes: ThemeSource[] = [];
  let about = 0;
  const template = buildMenuTemplate({
    isMac,
    isDev,
    send: (command) => sent.push(command),
    setTheme: (theme) => themes.push(theme),
    showAbout: () => (about += 1),
  });
  const submenu = (label: string) =>
    (template.find((item) => item.label === label)?.submenu ?? []) as MenuItemConstructorOptions[];
  const click = (item: MenuItemConstructorOptions | undefined) =>
    (item?.click as (() => void) | undefined)?.();
  return { template, submenu, click, sent, themes, about: () => about };
}

describe('menu template', () => {
  it('has File, Edit, Insert, View and Help on Windows and Linux', () => {
    expect(menu().template.map((item) => item.label)).toEqual([
      '&File',
      '&Edit',
      '&Insert',
      '&View',
      '&Help',
    ]);
  });

  /** Each [label, accelerator, command] is a page-handled item of `submenu`, in this order. */
  function expectRendererItems(
    label: string,
    expected: readonly (readonly [string, string, MenuCommand])[],
  ) {
    const m = menu();
    const items = m.submenu(label).filter((item) => item.registerAccelerator === false);
    expect(items.map((item) => [item.label, item.accelerator])).toEqual(
      expected.map(([itemLabel, accelerator]) => [itemLabel, accelerator]),
    );
    items.forEach((item) => m.click(item));
    expect(m.sent).toEqual(expected.map(([, , command]) => command));
  }

  it('File: New, Open, Save and Close go to the page, with shortcuts the page handles', () => {
    const m = menu();
    const file = m.submenu('&File');
    const expected = [
      ['&New Story', 'CmdOrCtrl+N', 'new-story'],
      ['&Open Story…', 'CmdOrCtrl+O', 'open-story'],
      ['&Save', 'CmdOrCtrl+S', 'save-story'],
      ['&Export…', 'CmdOrCtrl+Shift+E', 'export-story'],
      ['Copy as &HTML', 'CmdOrCtrl+Shift+C', 'copy-html'],
      ['Export &Draft Package…', 'CmdOrCtrl+Shift+S', 'export-package'],
      ['Open &Package…', 'CmdOrCtrl+Shift+O', 'open-package'],
      ['Se&ttings…', 'CmdOrCtrl+,', 'show-settings'],
      ['&Close Story', 'CmdOrCtrl+W', 'close-story'],
    ] as const;
    for (const [label, accelerator, command] of expected) {
      const item = file.find((entry) => entry.label === label);
      expect(item).toMatchObject({ accelerator, registerAccelerator: false });
      m.click(item);
      expect(m.sent.at(-1)).toBe(command);
    }
    expect(file.at(-1)).toEqual({ role: 'quit' });
  });

  it('Edit has the standard roles, then Find and Replace for the page', () => {
    const edit = menu().submenu('&Edit');
    expect(edit.map((item) => item.role).filter(Boolean)).toEqual([
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'selectAll',
    ]);
    const selectAll = edit.findIndex((item) => item.role === 'selectAll');
    expect(edit.slice(selectAll + 1).map((item) => item.type ?? item.label)).toEqual([
      'separator',
      '&Find…',
      '&Replace…',
    ]);
    expectRendererItems('&Edit', [
      ['&Find…', 'CmdOrCtrl+F', 'find'],
      ['&Replace…', 'CmdOrCtrl+H', 'replace'],
    ]);
  });

  it('Insert: figure, pull quote, credit block, rule and link go to the page', () => {
    expectRendererItems('&Insert', [
      ['&Figure…', 'CmdOrCtrl+Alt+F', 'insert-figure'],
      ['&Pull Quote', 'CmdOrCtrl+Alt+Q', 'insert-pullquote'],
      ['&Credit Block', 'CmdOrCtrl+Alt+C', 'insert-credit'],
      ['&Rule', 'CmdOrCtrl+Alt+R', 'insert-rule'],
      ['&Link…', 'CmdOrCtrl+K', 'insert-link'],
    ]);
  });

  it('no two items share a shortcut', () => {
    const accelerators: string[] = [];
    const walk = (items: MenuItemConstructorOptions[]) =>
      items.forEach((item) => {
        if (item.accelerator) accelerators.push(String(item.accelerator));
        if (Array.isArray(item.submenu)) walk(item.submenu);
      });
    walk(menu().template);
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it('View toggles the sidebar, zooms and picks the appearance', () => {
    const m = menu();
    const view = m.submenu('&View');
    m.click(view.find((item) => item.label === 'Toggle &Sidebar'));
    expect(m.sent).toEqual(['toggle-sidebar']);
    expect(view.map((item) => item.role).filter(Boolean)).toEqual([
      'resetZoom',
      'zoomIn',
      'zoomOut',
      'togglefullscreen',
    ]);
    const appearance = view.find((item) => item.label === '&Appearance')!
      .submenu as MenuItemConstructorOptions[];
    expect(appearance.map((item) => [item.label, item.type, item.checked])).toEqual([
      ['Follow System', 'radio', true],
      ['Light', 'radio', false],
      ['Dark', 'radio', false],
    ]);
    appearance.forEach((item) => m.click(item));
    expect(m.themes).toEqual(['system', 'light', 'dark']);
  });

  it('Help: Keyboard Shortcuts goes to the page, About shows the about box', () => {
    expectRendererItems('&Help', [['&Keyboard Shortcuts', 'CmdOrCtrl+/', 'show-shortcuts']]);
    const m = menu();
    const help = m.submenu('&Help');
    expect(help.map((item) => item.type ?? item.label)).toEqual([
      '&Keyboard Shortcuts',
      'separator',
      'About Newsdesk',
    ]);
    m.click(help.at(-1));
    expect(m.about()).toBe(1);
    expect(m.sent).toEqual([]);
  });

  it('developer tools only in dev', () => {
    const devTools = (isDev: boolean) =>
      menu(false, isDev)
        .submenu('&View')
        .some((item) => item.role === 'toggleDevTools');
    expect([devTools(false), devTools(true)]).toEqual([false, true]);
  });

  it('on macOS puts the app menu first and Quit there, not under File', () => {
    const m = menu(true);
    expect(m.template[0]?.label).toBe('Newsdesk');
    expect(m.submenu('&File').some((item) => item.role === 'quit')).toBe(false);
    const appMenu = m.template[0]!.submenu as MenuItemConstructorOptions[];
    expect(appMenu.at(-1)).toEqual({ role: 'quit' });
  });
});
