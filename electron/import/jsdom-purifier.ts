import type { Purifier } from '../../shared/import/html-sanitize';

let made: Promise<Purifier> | null = null;

/**
 * DOMPurify on a jsdom window: the sanitizer imported HTML goes through in
 * Node (main process, command line, tests). Made on first use and kept:
 * jsdom takes a moment to load and a purifier is reusable, while the app's
 * start and an export from the command line never need one. jsdom is loaded
 * with import(), so a bundle keeps it outside (see scripts/build-electron.mjs).
 */
export function nodePurifier(): Promise<Purifier> {
  made ??= (async () => {
    const [{ JSDOM }, { default: createDOMPurify }] = await Promise.all([
      import('jsdom'),
      import('dompurify'),
    ]);
    return createDOMPurify(new JSDOM('').window) as Purifier;
  })().catch((error: unknown) => {
    made = null; // a failed load is tried again next time, not remembered
    throw error;
  });
  return made;
}
