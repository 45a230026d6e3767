// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'url', 'util'];

/** Layer rules from DESIGN.md / CONVENTIONS.md, enforced as lint errors. */
const layer = (files, patterns, message) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
  },
});

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      '.tmp/**',
      'reports/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Plain scripts (bench, demo generator) run in Node and in the page; TypeScript does not check them.
    files: ['**/*.{js,mjs}'],
    rules: { 'no-undef': 'off' },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  layer(
    ['src/shared/**/*.ts'],
    [
      'electron',
      'react',
      'react-dom',
      'dexie',
      'dexie-*',
      ...nodeBuiltins,
      '**/renderer/**',
      '**/main/**',
      '**/server/**',
    ],
    'src/shared is pure TypeScript: no Electron, React, Dexie, DOM or Node imports.',
  ),
  {
    // Tests of shared code may use Node to read fixtures.
    files: ['src/shared/**/*.test.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  layer(
    ['src/renderer/**/*.{ts,tsx}'],
    ['electron', ...nodeBuiltins, '**/main/**', '**/server/**'],
    'The renderer never imports Electron or Node: reach the desktop through platform/.',
  ),
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    ignores: ['src/renderer/data/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', ...nodeBuiltins, '**/main/**', '**/server/**'],
              message:
                'The renderer never imports Electron or Node: reach the desktop through platform/.',
            },
            {
              group: ['dexie', 'dexie-*'],
              message: 'Only repositories in src/renderer/db touch Dexie.',
            },
          ],
        },
      ],
    },
  },
  layer(
    ['src/main/**/*.ts'],
    ['**/renderer/**', '**/server/**', 'fastify', '@electric-sql/*', 'pg', '@node-rs/*'],
    'The desktop main process does not bundle the sync server (electron-builder leaves its packages out).',
  ),
  layer(
    ['src/server/**/*.ts'],
    ['electron', 'react', 'dexie', '**/renderer/**', '**/main/**'],
    'The sync server runs in plain Node and shares only src/shared with the app.',
  ),
  layer(
    ['src/preload/**/*.ts'],
    ['react', 'dexie', '**/renderer/**', '**/main/**', ...nodeBuiltins],
    'The preload imports only electron and src/shared/ipc.',
  ),
);
