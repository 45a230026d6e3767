// Loads a TypeScript module of the demo generator (contracts-build.ts) that uses the app's core:
// esbuild bundles it with the `#shared/…` imports resolved as the app's build resolves them
// (directory imports included) and leaves packages external; the bundle goes to
// node_modules/.cache, where those packages resolve.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** `#shared/x` as `./src/shared/x`, resolved by esbuild (index files and extensions). */
const sharedAlias = {
  name: 'shared-alias',
  setup(context) {
    context.onResolve({ filter: /^#shared\// }, (args) =>
      context.resolve(`./src/shared/${args.path.slice('#shared/'.length)}`, {
        resolveDir: root,
        kind: args.kind,
      }),
    );
  },
};

/** Imports `entry` (a path relative to the repository) as an ES module. */
export async function importTypeScript(entry, name) {
  const outDir = join(root, 'node_modules', '.cache', 'quotient-demo');
  mkdirSync(outDir, { recursive: true });
  const outfile = join(outDir, `${name}.mjs`);
  await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    plugins: [sharedAlias],
    packages: 'external',
    logLevel: 'warning',
  });
  return import(`${pathToFileURL(outfile).href}?${Date.now()}`);
}
