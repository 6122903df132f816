// Where the library lives.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveLibraryPath } from '../../electron/library/library-path';

describe('resolveLibraryPath', () => {
  it('defaults to Newsdesk in the Documents folder', () => {
    expect(resolveLibraryPath({}, '/home/ana/Documents')).toBe(
      path.join('/home/ana/Documents', 'Newsdesk'),
    );
  });

  it('uses NEWSDESK_LIBRARY when set, made absolute', () => {
    expect(resolveLibraryPath({ NEWSDESK_LIBRARY: '/srv/desk' }, '/docs')).toBe('/srv/desk');
    expect(resolveLibraryPath({ NEWSDESK_LIBRARY: 'rel/lib' }, '/docs')).toBe(
      path.resolve('rel/lib'),
    );
  });

  it('expands a leading ~ to the home folder, and only a leading one', () => {
    expect(resolveLibraryPath({ NEWSDESK_LIBRARY: '~/Stories' }, '/docs', '/home/ana')).toBe(
      '/home/ana/Stories',
    );
    expect(resolveLibraryPath({ NEWSDESK_LIBRARY: '~' }, '/docs', '/home/ana')).toBe('/home/ana');
    expect(resolveLibraryPath({ NEWSDESK_LIBRARY: '/srv/~x' }, '/docs', '/home/ana')).toBe(
      '/srv/~x',
    );
  });

  it('ignores an empty NEWSDESK_LIBRARY', () => {
    expect(resolveLibraryPath({ NEWSDESK_LIBRARY: '  ' }, '/docs')).toBe('/docs/Newsdesk');
  });
});
