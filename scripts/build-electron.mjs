// Bundles the main process and the preload with esbuild (Vite builds the renderer),
// and the command line (`newsdesk`, see bin/newsdesk.cjs). All are CommonJS:
// a sandboxed preload cannot be an ES module.
import { build } from 'esbuild';

// jsdom (the DOM DOMPurify sanitizes imported HTML in, see
// electron/import/jsdom-purifier.ts) reads its own files at run time and
// cannot be bundled: main and the command line load it from node_modules
// (electron-builder packs `dependencies`; npx runs where they are installed).
const NODE_EXTERNALS = ['jsdom'];

const common = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  external: ['electron', ...NODE_EXTERNALS],
  // import('jsdom') becomes require('jsdom') (still lazy): CommonJS resolution,
  // which Electron serves from app.asar, rather than the ES module loader.
  supported: { 'dynamic-import': false },
  sourcemap: true,
  logLevel: 'warning',
};

await Promise.all([
  build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.cjs' }),
  build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist/electron/preload.cjs' }),
  // Self-contained but for jsdom (Ajv and IPTC's schema inside), for the Node that runs npx: engines says 20.19.
  build({
    ...common,
    external: NODE_EXTERNALS,
    target: 'node20',
    entryPoints: ['cli/newsdesk.ts'],
    outfile: 'dist/cli/newsdesk.cjs',
  }),
]);
