import type { Lead, LeadRating, LeadStatus } from '#shared/domain/presentations';

/** The list's status filter: one status, or the working set (new and converted). */
export type StatusFilter = LeadStatus | 'active';
export type RatingFilter = LeadRating | 'all';

export type LeadFilters = { deckId: string; status: StatusFilter; rating: RatingFilter };

/** The filters the page starts with: every deck, the working set, every rating. */
export const defaultLeadFilters: LeadFilters = { deckId: '', status: 'active', rating: 'all' };

/** The leads the filters let through, in the order given (the hook's newest first). */
export function filterLeads(leads: readonly Lead[], filters: LeadFilters): Lead[] {
  return leads.filter(
    (lead) =>
      (filters.deckId === '' || lead.deckId === filters.deckId) &&
      (filters.status === 'active'
        ? lead.status !== 'discarded'
        : lead.status === filters.status) &&
      (filters.rating === 'all' || lead.rating === filters.rating),
  );
}

/** What the data hook and the export can filter by themselves (one deck, one status). */
export function storeFilter(filters: LeadFilters): { deckId?: string; status?: LeadStatus } {
  return {
    ...(filters.deckId ? { deckId: filters.deckId } : {}),
    ...(filters.status !== 'active' ? { status: filters.status } : {}),
  };
}

/** A lead's interests as one line: the catalog items' names (unknown ids left out), then the categories. */
export function interestsText(
  lead: Pick<Lead, 'interestItemIds' | 'interestCategories'>,
  itemNames: ReadonlyMap<string, string>,
): string {
  const items = lead.interestItemIds.flatMap((id) => {
    const name = itemNames.get(id);
    return name === undefined ? [] : [name];
  });
  return [...items, ...lead.interestCategories].join(', ');
}
