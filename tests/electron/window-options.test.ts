// The window's security settings and Content-Security-Policy, without Electron.
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  devContentSecurityPolicy,
  externalUrlToOpen,
  mainWindowOptions,
  secureWebPreferences,
} from '../../electron/window-options';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name!, values];
    }),
  );
}

describe('window options', () => {
  it('lock the renderer down', () => {
    expect(secureWebPreferences('/app/preload.cjs')).toEqual({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: true,
    });
  });

  it('are what the main window is made with', () => {
    const options = mainWindowOptions('/app/preload.cjs', { x: 5, y: 6, width: 1200, height: 800 });
    expect(options.webPreferences).toEqual(secureWebPreferences('/app/preload.cjs'));
    expect(options).toMatchObject({ x: 5, y: 6, width: 1200, height: 800, show: false });
  });
});

describe('Content-Security-Policy', () => {
  const policy = directives(CONTENT_SECURITY_POLICY);

  it('allows only our own scripts and styles: no eval, no inline, no network', () => {
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-|\*|https?:/);
  });

  it('is relaxed in `npm run dev` only for the dev server and its hot reload, never for eval', () => {
    const dev = devContentSecurityPolicy('http://127.0.0.1:5173');
    expect(directives(dev).get('connect-src')).toEqual(["'self'", 'ws://127.0.0.1:5173']);
    expect(directives(dev).get('script-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(dev).not.toContain('unsafe-eval');
    const relaxed = new Set(['script-src', 'style-src', 'connect-src']);
    for (const [name, values] of directives(CONTENT_SECURITY_POLICY)) {
      if (!relaxed.has(name)) expect(directives(dev).get(name), name).toEqual(values);
    }
    expect(directives(dev).get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
  });
});

describe('externalUrlToOpen', () => {
  it.each([
    ['https://www.france24.com/en/', 'https://www.france24.com/en/'],
    ['http://example.com', 'http://example.com/'],
    ['javascript:alert(1)', null],
    ['file:///etc/passwd', null],
    ['data:text/html,<script>', null],
    ['app://newsdesk/index.html', null],
    ['mailto:desk@example.com', null],
    ['not a url', null],
  ])('%s → %s', (url, expected) => {
    expect(externalUrlToOpen(url)).toBe(expected);
  });
});
