import type { Plugin } from 'vite';
import { contentSecurityPolicy } from '../src/main/security';

/**
 * Puts the production CSP into the built index.html, so the browser build is as strict as
 * the desktop app (whose main process also sends it as a header). Dev builds skip it: Vite's
 * React refresh needs an inline script. frame-ancestors only works as a header.
 */
export function cspMetaTag(): Plugin {
  const policy = contentSecurityPolicy({ dev: false })
    .split('; ')
    .filter((directive) => !directive.startsWith('frame-ancestors'))
    .join('; ');
  return {
    name: 'quotient-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
        injectTo: 'head-prepend',
      },
    ],
  };
}
