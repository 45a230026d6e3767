import type { Client } from '../../../shared/domain';

export type ClientSortKey = 'name' | 'city' | 'industry' | 'updatedAt';
export type ClientSort = { key: ClientSortKey; direction: 'asc' | 'desc' };
export type ClientFilter = {
  matches: ReadonlySet<string> | null;
  tag: string | null;
  industry: string | null;
};

const collator = new Intl.Collator('de', { sensitivity: 'base', numeric: true });

/** Filters and sorts the client list; pure so it can be tested and benchmarked alone. */
export function selectClients({
  clients,
  filter,
  sort,
}: {
  clients: readonly Client[];
  filter: ClientFilter;
  sort: ClientSort;
}): Client[] {
  const rows = clients.filter(
    (client) =>
      (filter.matches === null || filter.matches.has(client.id)) &&
      (filter.tag === null || client.tags.includes(filter.tag)) &&
      (filter.industry === null || client.industry === filter.industry),
  );
  const sign = sort.direction === 'asc' ? 1 : -1;
  const key = sort.key;
  rows.sort((a, b) => {
    const primary =
      key === 'updatedAt'
        ? a.updatedAt.localeCompare(b.updatedAt)
        : collator.compare(a[key], b[key]);
    return sign * (primary || collator.compare(a.name, b.name));
  });
  return rows;
}

/** Distinct tags and industries for the filter menus, sorted for display. */
export function facetsOf(clients: readonly Client[]): { tags: string[]; industries: string[] } {
  const tags = new Set<string>();
  const industries = new Set<string>();
  for (const client of clients) {
    for (const tag of client.tags) tags.add(tag);
    if (client.industry) industries.add(client.industry);
  }
  return {
    tags: [...tags].sort(collator.compare),
    industries: [...industries].sort(collator.compare),
  };
}
