// The offer bundle (`*.quotient-offer.json`): schema, import, export and the documents' data.
export { BUNDLE_FORMAT, BUNDLE_VERSION, offerBundleSchema } from './schema';
export type { BundleLine, OfferBundle, OfferBundleInput } from './schema';
export { bundleNeedsExchangeRate, bundleToAppRows, parseOfferBundle } from './import';
export type {
  AppRows,
  BundleToAppRowsOptions,
  BundleToAppRowsResult,
  ParseBundleResult,
} from './import';
export { offerToBundle } from './export';
export type { OfferToBundleArgs } from './export';
export {
  bundleDefaults,
  bundleOfferTotals,
  bundleToDocumentData,
  bundleTotals,
  bundleTotalsLines,
} from './to-document';
export type { BundleTotals } from './to-document';
export { formatLineRef, parseLineRef } from './line-ref';
export type { LineRef } from './line-ref';
export type { BundleProblem } from './problems';
