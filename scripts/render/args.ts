import { parseArgs } from 'node:util';

export const USAGE = `Usage: npm run render -- <bundle.quotient-offer.json> --out <dir> [--internal]

Renders an offer bundle to <dir>/<number> <client>.xlsx and .docx and prints its totals
as one JSON line: {"net","vat","gross","monthly","yearly","contractValue"}.
  --out <dir>    folder to write into (created when missing)
  --internal     the internal version: adds cost and margin (never send it to customers)
Exit codes: 0 written, 2 bad arguments or invalid bundle (nothing written), 1 rendering failed.`;

export type RenderArgs = { bundlePath: string; outDir: string; internal: boolean };

export type ParsedArgs = { ok: true; args: RenderArgs } | { ok: false; message: string };

/** Reads `<bundle.json> --out <dir> [--internal]`; anything else is a usage error. */
export function parseRenderArgs(argv: readonly string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: 'string' },
        internal: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  const { positionals, values } = parsed;
  if (positionals.length !== 1) {
    return {
      ok: false,
      message: positionals.length === 0 ? 'missing <bundle.json>' : 'give exactly one bundle file',
    };
  }
  if (values.out === undefined || values.out === '')
    return { ok: false, message: 'missing --out <dir>' };
  return {
    ok: true,
    args: {
      bundlePath: positionals[0] as string,
      outDir: values.out,
      internal: values.internal === true,
    },
  };
}
