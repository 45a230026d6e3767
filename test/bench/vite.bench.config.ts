import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const seed = resolve(import.meta.dirname, 'seed');

/**
 * The bench seed page, served at /bench-seed/ beside the web build (same origin, same
 * IndexedDB), and the probe the bench loads into the app's page: assets/probe.js.
 */
export default defineConfig({
  root: seed,
  base: './',
  build: {
    outDir: resolve(import.meta.dirname, '../../out/bench-seed'),
    emptyOutDir: true,
    rolldownOptions: {
      input: { index: resolve(seed, 'index.html'), probe: resolve(seed, 'probe.ts') },
      output: { entryFileNames: 'assets/[name].js' },
    },
  },
  logLevel: 'warn',
});
