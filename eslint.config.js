// Lint: typescript-eslint's recommended rules, React hooks, and the folder
// boundaries DESIGN.md draws (shared/ is pure; the renderer has no Node).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['fs', 'fs/promises', 'path', 'os', 'child_process', 'crypto', 'http', 'net'];
const noNode = [
  { group: ['node:*'], message: 'No Node built-ins here: go through window.newsdesk / main.' },
  ...nodeBuiltins.map((name) => ({ group: [name], message: 'No Node built-ins here.' })),
];

export default tseslint.config(
  { ignores: ['dist/', 'release/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer has no Electron: use window.newsdesk.' },
          ],
          patterns: noNode,
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'react', 'react-dom', 'lexical'].map((name) => ({
            name,
            message: 'shared/ is pure TypeScript: no Electron, React, Lexical runtime or DOM.',
          })),
          patterns: [
            ...noNode,
            {
              group: ['@lexical/*', '../renderer/*', '../electron/*'],
              message: 'shared/ imports only shared/.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage'],
    },
  },
  {
    // The command line runs in plain Node: the app's services, never Electron or the UI.
    files: ['cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The command line runs without Electron.' }],
          patterns: [{ group: ['../renderer/*', 'react', 'lexical'], message: 'No UI code here.' }],
        },
      ],
    },
  },
  {
    files: ['electron/preload.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: noNode }],
    },
  },
  {
    files: ['scripts/**/*.mjs', '*.config.{js,ts}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
