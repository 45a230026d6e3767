import type { WinLossReportInput } from '#shared/analyses';
import type { OpportunityWithIndustry } from '#data/analyses/hooks';

/**
 * The report's rows from the opportunities: value is the estimated value, the period reads the
 * expected close date, the owner is who created the opportunity.
 */
export function winLossRows(
  opportunities: readonly OpportunityWithIndustry[],
): WinLossReportInput[] {
  return opportunities.map(({ opportunity, industry }) => ({
    id: opportunity.id,
    stage: opportunity.stage,
    value: opportunity.estimatedValue,
    competitorIds: opportunity.competitorIds ?? [],
    lostToCompetitorId: opportunity.lostToCompetitorId ?? '',
    lossReason: opportunity.lossReason ?? '',
    lostPriceGapPct: opportunity.lostPriceGapPct ?? '',
    closeDate: opportunity.expectedCloseDate,
    industry,
    owner: opportunity.createdBy,
  }));
}

/** The distinct non-empty values, sorted (German collation), for a filter's choices. */
export function choices(values: readonly string[]): string[] {
  return [...new Set(values.filter((value) => value.trim() !== ''))].sort((a, b) =>
    a.localeCompare(b, 'de'),
  );
}
