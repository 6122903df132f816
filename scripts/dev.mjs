// `npm run dev`: the renderer from Vite's dev server with hot reload, inside
// Electron. Main and preload are built once; restart for changes there.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'vite';

const server = await createServer({ configFile: 'vite.config.ts' });
await server.listen();
const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5173/';

await import('./build-electron.mjs');

// Requiring `electron` from Node gives the binary's path (downloaded on first use).
let electronPath;
try {
  electronPath = createRequire(import.meta.url)('electron');
} catch (error) {
  console.error(`npm run dev: Electron is not available (${error.message})`);
  await server.close();
  process.exit(1);
}
const child = spawn(electronPath, ['.'], {
  stdio: 'inherit',
  env: { ...process.env, NEWSDESK_DEV_SERVER_URL: url },
});
child.on('exit', async (code) => {
  await server.close();
  process.exit(code ?? 0);
});
