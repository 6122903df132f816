import { defineConfig } from 'vitest/config';

// Unit tests: shared/ and the main-process services, in Node, on real temp folders.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
  },
});
