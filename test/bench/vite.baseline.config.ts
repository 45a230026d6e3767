import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The cold start's baseline app (test/bench/baseline-app), served at /bench-baseline/ beside
 * the web build: same origin, so it lists rows of the app's IndexedDB.
 */
export default defineConfig({
  root: resolve(import.meta.dirname, 'baseline-app'),
  base: './',
  plugins: [react()],
  build: {
    outDir: resolve(import.meta.dirname, '../../out/bench-baseline'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1000,
  },
  logLevel: 'warn',
});
