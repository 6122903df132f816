import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer only. `base: './'` keeps asset URLs relative, so the same build
// is served from app://newsdesk/ in Electron and from the e2e harness.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome140',
    sourcemap: true,
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
});
