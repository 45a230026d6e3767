// `npm run render -- <bundle.json> --out <dir> [--internal]`: an offer bundle to xlsx and docx,
// without the UI. stdout carries exactly one JSON line (the totals); everything else goes to stderr.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { bundleTotals, parseOfferBundle } from '../src/shared/bundle';
import { USAGE, parseRenderArgs } from './render/args';
import { renderBundle } from './render/documents';

// stdout is the totals line only: a library's stray console.log must not corrupt it.
console.log = console.error;
console.info = console.error;

const EXIT_FAILED = 1;
const EXIT_INVALID = 2;

function fail(code: number, lines: string[]): never {
  process.stderr.write(`${lines.join('\n')}\n`);
  process.exit(code);
}

async function main(): Promise<void> {
  const parsed = parseRenderArgs(process.argv.slice(2));
  if (!parsed.ok) fail(EXIT_INVALID, [`render: ${parsed.message}`, '', USAGE]);
  const { bundlePath, outDir, internal } = parsed.args;

  let text: string;
  try {
    text = await readFile(bundlePath, 'utf8');
  } catch (error) {
    fail(EXIT_INVALID, [`render: cannot read ${bundlePath}: ${(error as Error).message}`]);
  }
  const result = parseOfferBundle(text);
  if (!result.ok) {
    fail(EXIT_INVALID, [
      `render: ${bundlePath} is not a valid offer bundle (${result.problems.length} problem(s)):`,
      ...result.problems.map(({ path, message }) => `${path === '' ? '(root)' : path}: ${message}`),
    ]);
  }

  const totals = bundleTotals(result.bundle);
  const files = await renderBundle(result.bundle, { internal });
  await mkdir(outDir, { recursive: true });
  for (const file of files) {
    const path = join(outDir, file.name);
    await writeFile(path, file.bytes);
    process.stderr.write(`render: wrote ${path}\n`);
  }
  const { net, vat, gross, monthly, yearly, contractValue } = totals;
  process.stdout.write(`${JSON.stringify({ net, vat, gross, monthly, yearly, contractValue })}\n`);
}

main().catch((error: unknown) => {
  fail(EXIT_FAILED, [
    `render: failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  ]);
});
