import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { cspMetaTag } from './scripts/vite-csp';
import { defineConfig } from 'vite';

const { version } = JSON.parse(
  readFileSync(resolve(import.meta.dirname, 'package.json'), 'utf8'),
) as { version: string };

/** The renderer as a plain web app: the browser implementation of platform/ takes over. */
export default defineConfig({
  root: resolve(import.meta.dirname, 'src/renderer'),
  base: './',
  plugins: [react(), cspMetaTag()],
  // The app's version for appInfo() (the signing audit page, About), as the desktop app reports it.
  define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(version) },
  build: {
    outDir: resolve(import.meta.dirname, 'out/web'),
    emptyOutDir: true,
    // The start-up budget is checked by `npm run bench` (≤ 400 KB gzip), not by this warning.
    chunkSizeWarningLimit: 1000,
  },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173 },
});
