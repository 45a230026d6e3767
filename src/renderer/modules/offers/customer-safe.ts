import type { RevisionDiff, TotalKey } from '#shared/offers/diff';
import type { Finding, FindingCode } from '#shared/offers/preflight';
import type { ExportKind } from './offer-export';

// What the customer mode hides in a revision diff: purchase prices, margins, internal notes.
const internalLineFields = new Set(['unitCost']);
const internalOfferFields = new Set(['notes']);
const internalTotals = new Set<TotalKey>(['margin', 'marginPct']);

/** The diff without its internal changes; a line whose only change was internal is left out. */
export function customerSafeDiff(diff: RevisionDiff): RevisionDiff {
  return {
    ...diff,
    offer: diff.offer.filter((change) => !internalOfferFields.has(change.field)),
    changed: diff.changed
      .map((line) => ({
        ...line,
        changes: line.changes.filter((change) => !internalLineFields.has(change.field)),
      }))
      .filter((line) => line.changes.length > 0),
    totals: diff.totals.filter((change) => !internalTotals.has(change.key)),
  };
}

// Check findings that name purchase prices or margins.
const internalFindings = new Set<FindingCode>(['noCost', 'lowMarginLines', 'lowMarginOffer']);

/** The check's findings without those about purchase prices and margins. */
export function customerSafeFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((finding) => !internalFindings.has(finding.code));
}

/** The exports that carry purchase prices: the offer file and the internal Excel. */
export function isInternalExport(kind: ExportKind): boolean {
  return kind === 'bundle' || kind === 'xlsx-internal';
}
