// The installer configuration is valid for electron-builder 26 and points at files that exist.
import Ajv from 'ajv';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const config = parse(readFileSync('electron-builder.yml', 'utf8'));
const schema = createRequire(import.meta.url)('app-builder-lib/scheme.json');

describe('electron-builder.yml', () => {
  it('validates against the electron-builder schema', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
  });

  it('names Newsdesk, its targets and icons that exist', () => {
    expect(config).toMatchObject({ appId: 'org.newsdesk.app', productName: 'Newsdesk' });
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.linux.category.split(';')[0]).toBe('Office');
    expect(config.mac.target).toBe('dmg');
    expect(config.win.target).toBe('nsis');
    for (const size of [16, 32, 48, 64, 128, 256, 512, 1024]) {
      expect(existsSync(`build/icons/${size}x${size}.png`)).toBe(true);
    }
    expect(existsSync(config.mac.icon)).toBe(true);
    expect(existsSync(config.win.icon)).toBe(true);
  });

  it('opens .newsdesk draft packages, the extension the app writes', async () => {
    const { PACKAGE_EXTENSION } = await import('../../electron/library/story-package');
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({ ext: PACKAGE_EXTENSION.slice(1), role: 'Editor' }),
    ]);
    expect(existsSync(config.fileAssociations[0].icon)).toBe(true);
  });

  it('ships the built app the package.json points at', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(pkg.main).toBe('dist/electron/main.cjs');
    expect(config.files).toContain('dist/**/*');
  });
});
