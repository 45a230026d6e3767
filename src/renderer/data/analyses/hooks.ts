import { useLiveQuery } from 'dexie-react-hooks';
import type { Opportunity } from '#shared/domain';
import type {
  Analysis,
  AnalysisKind,
  Battlecard,
  Competitor,
  CompetitorAttachment,
  PriceObservation,
} from '#shared/domain/analyses';
import { useRepos } from '../WorkspaceProvider';

// Every hook returns undefined while its first query runs and re-renders on each change; hooks of
// one row return null when there is no such row.

/** Competitors not deleted, by name. */
export function useCompetitors(): Competitor[] | undefined {
  const repos = useRepos();
  return useLiveQuery(() => repos.competitors.list(), [repos]);
}

/** Every competitor, deleted ones included (win/loss and old analyses name them), by name. */
export function useAllCompetitors(): Competitor[] | undefined {
  const repos = useRepos();
  return useLiveQuery(() => repos.competitors.listAll(), [repos]);
}

/** One competitor (deleted ones too); null when there is none. */
export function useCompetitor(id: string | undefined): Competitor | null | undefined {
  const repos = useRepos();
  return useLiveQuery(
    async () => (id === undefined ? null : ((await repos.competitors.get(id)) ?? null)),
    [repos, id],
  );
}

/** The competitor's attachments not deleted, by name. */
export function useCompetitorAttachments(competitorId: string): CompetitorAttachment[] | undefined {
  const repos = useRepos();
  return useLiveQuery(
    () => repos.competitorAttachments.listFor(competitorId),
    [repos, competitorId],
  );
}

/** The competitor's battlecard; null when it has none yet. */
export function useBattlecard(competitorId: string | undefined): Battlecard | null | undefined {
  const repos = useRepos();
  return useLiveQuery(
    async () =>
      competitorId === undefined
        ? null
        : ((await repos.battlecards.forCompetitor(competitorId)) ?? null),
    [repos, competitorId],
  );
}

/** The battlecards of these competitors, in their order (competitors without one are left out). */
export function useBattlecards(competitorIds: readonly string[]): Battlecard[] | undefined {
  const repos = useRepos();
  const key = competitorIds.join('\u0000');
  return useLiveQuery(
    async () => {
      const cards = await Promise.all(
        competitorIds.map((id) => repos.battlecards.forCompetitor(id)),
      );
      return cards.filter((card): card is Battlecard => card !== undefined);
    },
    // The ids' content, not the array's identity, decides when to re-read.
    [repos, key],
  );
}

/** Price observations, newest first: all, or those of a competitor and/or of items or categories. */
export function usePriceObservations(filter?: {
  competitorId?: string;
  catalogItemIds?: readonly string[];
  categories?: readonly string[];
}): PriceObservation[] | undefined {
  const repos = useRepos();
  const competitorId = filter?.competitorId;
  const items = filter?.catalogItemIds;
  const categories = filter?.categories;
  const key = JSON.stringify([competitorId ?? null, items ?? null, categories ?? null]);
  return useLiveQuery(
    () =>
      repos.priceObservations.listFor({
        ...(competitorId === undefined ? {} : { competitorId }),
        ...(items === undefined ? {} : { catalogItemIds: items }),
        ...(categories === undefined ? {} : { categories }),
      }),
    [repos, key],
  );
}

/** Analyses not deleted, newest first: all, or those of a kind, a client and/or an opportunity. */
export function useAnalyses(filter?: {
  kind?: AnalysisKind;
  clientId?: string;
  opportunityId?: string;
}): Analysis[] | undefined {
  const repos = useRepos();
  const kind = filter?.kind;
  const clientId = filter?.clientId;
  const opportunityId = filter?.opportunityId;
  return useLiveQuery(
    () =>
      repos.analyses.listWhere({
        ...(kind === undefined ? {} : { kind }),
        ...(clientId === undefined ? {} : { clientId }),
        ...(opportunityId === undefined ? {} : { opportunityId }),
      }),
    [repos, kind, clientId, opportunityId],
  );
}

/** One analysis (deleted ones too); null when there is none. */
export function useAnalysis(id: string | undefined): Analysis | null | undefined {
  const repos = useRepos();
  return useLiveQuery(
    async () => (id === undefined ? null : ((await repos.analyses.get(id)) ?? null)),
    [repos, id],
  );
}

/** An opportunity with its client's industry (win/loss filters by it; '' when unknown). */
export type OpportunityWithIndustry = { opportunity: Opportunity; industry: string };

/**
 * Every opportunity not deleted, open and closed, in pipeline order, each with its client's
 * industry (deleted clients too: their history counts), for the win/loss report.
 */
export function useAllOpportunities(): OpportunityWithIndustry[] | undefined {
  const repos = useRepos();
  return useLiveQuery(async () => {
    const opportunities = await repos.opportunities.list();
    const clientIds = [...new Set(opportunities.map((opportunity) => opportunity.clientId))];
    const clients = await Promise.all(clientIds.map((id) => repos.clients.get(id)));
    const industries = new Map(
      clients.flatMap((client) => (client ? [[client.id, client.industry] as const] : [])),
    );
    return opportunities.map((opportunity) => ({
      opportunity,
      industry: industries.get(opportunity.clientId) ?? '',
    }));
  }, [repos]);
}
