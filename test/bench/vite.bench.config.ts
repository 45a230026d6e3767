import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/** The bench seed page, served at /bench-seed/ beside the web build (same origin, same IndexedDB). */
export default defineConfig({
  root: resolve(import.meta.dirname, 'seed'),
  base: './',
  build: { outDir: resolve(import.meta.dirname, '../../out/bench-seed'), emptyOutDir: true },
  logLevel: 'warn',
});
