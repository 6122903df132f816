// The command line's arguments, in-process: what each is read as, and the one-line reasons.
import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../cli/cli-args';

describe('parseCliArgs', () => {
  it('reads an export with its options, the base URL normalized', () => {
    expect(
      parseCliArgs([
        'export',
        'stories/tanks',
        '--format',
        'html-page',
        '--out=exports',
        '--asset-base-url',
        ' https://cdn.example.com/stories ',
        '--inline-images',
      ]),
    ).toEqual({
      command: 'export',
      source: 'stories/tanks',
      format: 'html-page',
      outDir: 'exports',
      options: { assetBaseUrl: 'https://cdn.example.com/stories/', inlineImages: true },
    });
    expect(parseCliArgs(['export', 'tanks.newsdesk', '--format', 'ninjs', '--out', '.'])).toEqual({
      command: 'export',
      source: 'tanks.newsdesk',
      format: 'ninjs',
      outDir: '.',
      options: {},
    });
  });

  it('answers help and version before anything else', () => {
    expect(parseCliArgs(['export', '--format', 'pdf', '-h'])).toEqual({ command: 'help' });
    expect(parseCliArgs(['--version'])).toEqual({ command: 'version' });
  });

  it.each([
    [['export', 's', '--format'], '--format needs a value'],
    [
      ['export', 's', '--format', 'html', '--out', 'o', '--inline-images=yes'],
      '--inline-images takes no value',
    ],
    [['export', 's', '--format', 'html', '--out', 'o', '-x'], 'unknown option -x'],
    [
      ['export', 'a', 'b', '--format', 'html', '--out', 'o'],
      'export takes one story folder or .newsdesk package',
    ],
    [
      ['export', 's', '--format', 'html', '--out', ''],
      '--out is missing: the folder to write the export to',
    ],
  ])('refuses %j: %s', (args, message) => {
    expect(parseCliArgs(args)).toEqual({ command: 'usage-error', message });
  });

  it.each([
    'ftp://cdn.example.com/',
    'https://cdn.example.com/a?b=1',
    'cdn.example.com',
    'javascript:alert(1)',
  ])('refuses the asset base URL %j', (url) => {
    const request = parseCliArgs([
      'export',
      's',
      '--format',
      'ninjs',
      '--out',
      'o',
      '--asset-base-url',
      url,
    ]);
    expect(request.command).toBe('usage-error');
  });
});
