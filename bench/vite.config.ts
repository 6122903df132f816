import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The keystroke bench page, built for production like the app's renderer so
// both editors run the code users get (no React dev checks).
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../dist/bench', import.meta.url)),
    emptyOutDir: true,
    target: 'chrome140',
    // One bundle on purpose; its size does not matter to a latency bench.
    chunkSizeWarningLimit: 5000,
  },
});
