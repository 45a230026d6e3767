// @ts-check
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** import-x/no-restricted-paths zone: files under `target` may not import files under `from`. */
const zone = (target, from, message, except) => ({
  target,
  from,
  message,
  ...(except && { except }),
});
// Every folder under src/renderer/modules is an area (a new one needs no change here).
const modules = readdirSync('src/renderer/modules', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const shapeZones = [
  zone(
    './src/renderer/data',
    ['./src/renderer/modules', './src/renderer/app'],
    'The data layer never imports screens or the shell.',
  ),
  zone(
    './src/renderer/data',
    './src/renderer/sync',
    'The data layer never imports the sync service (only the types it stores).',
    ['./types.ts'],
  ),
  zone(
    './src/renderer/i18n',
    './src/renderer/modules',
    'i18n keeps common texts; modules bring their own through their manifests.',
  ),
  zone('./src/preload', './src/shared', 'The preload imports only src/shared/ipc.', ['./ipc']),
  ...modules.map((name) =>
    zone(
      `./src/renderer/modules/${name}`,
      './src/renderer/modules',
      'A module imports another module only through its index.ts (or fills its slots).',
      [
        `./${name}`,
        ...modules.filter((other) => other !== name).map((other) => `./${other}/index.ts`),
      ],
    ),
  ),
  // A module may read its own area's data folder (`#data/<area>/hooks`, same folder name), so a
  // new area's hooks need no line in data/index.ts; other areas' data only through #data.
  ...modules.map((name) =>
    zone(
      `./src/renderer/modules/${name}`,
      './src/renderer/data',
      "Modules use the data layer's public face (#data) and their own area's data folder, not another area's internals.",
      ['./index.ts', `./${name}`],
    ),
  ),
];

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
  {
    // The shape of the house (docs/architecture.md), checked on resolved paths, aliases included.
    files: ['src/**/*.{ts,tsx}', 'test/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: shapeZones,
        },
      ],
    },
  },
  {
    // Production code never imports test code or devDependencies.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    plugins: { 'import-x': importX },
    rules: {
      'import-x/no-extraneous-dependencies': [
        'error',
        {
          devDependencies: false,
          optionalDependencies: false,
          peerDependencies: false,
          // electron-builder wants Electron among the devDependencies; main and preload run in it.
          whitelist: ['electron'],
        },
      ],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...shapeZones,
            zone('./src', './test', 'Production code never imports test code.'),
          ],
        },
      ],
    },
  },
);
