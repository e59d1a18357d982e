// Lint = typescript-eslint's recommended rules + the project's boundaries:
// shared/ is pure domain code (no Electron, Node, SQLite, React or DOM), the renderer
// never reaches into electron/, and main-process services never import Electron itself.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

const nodeBuiltins = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'crypto',
  'child_process',
  'worker_threads',
  'stream',
  'stream/*',
  'url',
  'util',
  'http',
  'https',
  'net',
  'zlib',
  'readline',
  'events',
  'buffer',
];

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', 'test-results/', 'playwright-report/', '.bench/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['bin/**/*.mjs', 'eslint.config.js', '.ci/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*'], message: 'shared/ must not depend on Electron.' },
            { group: nodeBuiltins, message: 'shared/ must not depend on Node built-ins.' },
            { group: ['better-sqlite3'], message: 'shared/ must not touch the database.' },
            {
              group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
              message: 'shared/ must not depend on React.',
            },
            {
              group: ['**/electron/**', '**/renderer/**', '**/cli/**'],
              message: 'shared/ is imported by the others, never the reverse.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'localStorage',
        'process',
        'Buffer',
        '__dirname',
        'require',
      ],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'electron/*', '**/electron/**'],
              message: 'The renderer talks to the main process only through the API client.',
            },
            {
              group: ['better-sqlite3', ...nodeBuiltins],
              message: 'The renderer runs in a sandboxed page.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/services/**/*.ts', 'cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'electron/*'],
              message: 'Services also run in browser mode and the CLI, where Electron is absent.',
            },
          ],
        },
      ],
    },
  },
);
