import { crossCheckBundle } from './cross-check';
import { formatPath, issueMessage, uniqueProblems } from './problems';
import type { BundleProblem } from './problems';
import { offerBundleSchema } from './schema';
import type { OfferBundle } from './schema';

export { bundleNeedsExchangeRate, bundleToAppRows } from './app-rows';
export type { AppRows, BundleToAppRowsOptions, BundleToAppRowsResult } from './app-rows';

export type ParseBundleResult =
  { ok: true; bundle: OfferBundle } | { ok: false; problems: BundleProblem[] };

/**
 * Validates a bundle (parsed JSON, or the file's text) and lists every problem with its JSON
 * path, e.g. `offer.sections[1].lines[0].quantity: must be a decimal number …`.
 */
export function parseOfferBundle(json: unknown): ParseBundleResult {
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json) as unknown;
    } catch (error) {
      return { ok: false, problems: [{ path: '', message: `is not JSON: ${String(error)}` }] };
    }
  }
  const result = offerBundleSchema.safeParse(value, { reportInput: true });
  if (result.success) return { ok: true, bundle: result.data };
  const problems: BundleProblem[] = [
    ...result.error.issues.map((issue) => ({
      path: formatPath(issue.path),
      message: issueMessage(issue),
    })),
    // Cross-field rules run inside the schema only when all else is valid: list them here too.
    ...crossCheckBundle(value).map(({ path, message }) => ({ path: formatPath(path), message })),
  ];
  return { ok: false, problems: uniqueProblems(problems) };
}
