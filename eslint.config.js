// Lint = typescript-eslint's recommended rules + the project's boundaries:
// shared/ is pure domain code (no Electron, Node, SQLite, React or DOM), the renderer
// never reaches into electron/ or server/, electron/ never reaches into the renderer (the
// bridge between them is a contract in shared/api/), and server/ never imports Electron.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';

// Anchored regexes: gitignore-style groups would also match our own electron/ folder.
const ELECTRON = '^electron(/.*)?$';
const NODE_BUILTINS =
  '^(node:.*|fs|fs/.*|path|os|crypto|child_process|worker_threads|stream|stream/.*|url|util|http|https|net|zlib|readline|events|buffer)$';
const REACT = '^(react|react-dom)(/.*)?$';

const restrict = (...patterns) => ['error', { patterns }];

export default tseslint.config(
  {
    ignores: ['node_modules/', 'out/', 'dist/', 'test-results/', 'playwright-report/', '.bench/'],
  },
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
    files: ['bin/**/*.mjs', 'scripts/**/*.mjs', 'eslint.config.js', 'server/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        { regex: ELECTRON, message: 'shared/ must not depend on Electron.' },
        { regex: NODE_BUILTINS, message: 'shared/ must not depend on Node built-ins.' },
        {
          regex: '^better-sqlite3-multiple-ciphers$',
          message: 'shared/ must not touch the database.',
        },
        { regex: REACT, message: 'shared/ must not depend on React.' },
        {
          regex: '/(electron|server|renderer|cli)/',
          message: 'shared/ is imported by the others, never the reverse.',
        },
      ),
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
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': restrict(
        {
          regex: ELECTRON,
          message: 'The renderer talks to the main process only through the API client.',
        },
        {
          regex: '(^|/)(electron|server)/',
          message: 'The renderer talks to the main process only through the API client.',
        },
        {
          regex: '^better-sqlite3-multiple-ciphers$',
          message: 'The renderer runs in a sandboxed page.',
        },
        { regex: NODE_BUILTINS, message: 'The renderer runs in a sandboxed page.' },
      ),
    },
  },
  {
    files: ['server/**/*.ts', 'cli/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict({
        regex: ELECTRON,
        message: 'server/ also runs in browser mode and the CLI, where Electron is absent.',
      }),
      // A deferred transaction that reads, then writes, fails at once when another
      // process wrote meanwhile (server/db/transactions.ts says why).
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='transaction']",
          message: 'Use writeTransaction or readTransaction (server/db/transactions.ts).',
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict({
        regex: '(^|/)renderer/',
        message:
          'The shell and the page meet only through the contracts in shared/api/ (bridge.ts).',
      }),
    },
  },
);
