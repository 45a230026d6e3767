import { describe, expect, it } from 'vitest';
import type { Client } from '#shared/domain';
import { makeClientInput } from '../../../../test/factories/domain';
import { selectClients, type ClientFilter, type ClientSort } from './client-list';

const collator = new Intl.Collator('de', { sensitivity: 'base', numeric: true });

function client(id: string, overrides: Partial<Client>): Client {
  return {
    ...makeClientInput(),
    id,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    createdBy: '',
    updatedBy: '',
    deleted: false,
    ...overrides,
  };
}

// Ties on city and on updatedAt, umlauts and numbers, so the order rules all matter.
const clients: Client[] = [
  client('a', { name: 'Zeta 10', city: 'Köln', industry: 'Handel', tags: ['Cloud'] }),
  client('b', { name: 'älter AG', city: 'Essen', industry: 'Energie', tags: [] }),
  client('c', { name: 'Zeta 9', city: 'Köln', industry: 'Handel', tags: ['SAP', 'Cloud'] }),
  client('d', { name: 'Alpha', city: 'Essen', industry: 'Handel', tags: ['SAP'] }),
  client('e', {
    name: 'beta',
    city: 'Bremen',
    industry: 'Energie',
    tags: ['Cloud'],
    updatedAt: '2026-03-01T00:00:00.000Z',
  }),
];

/** The rule written out plainly: filter, then sort by the key and then the name. */
function reference(filter: ClientFilter, sort: ClientSort): string[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  return clients
    .filter(
      (c) =>
        (filter.matches === null || filter.matches.has(c.id)) &&
        (filter.tag === null || c.tags.includes(filter.tag)) &&
        (filter.industry === null || c.industry === filter.industry),
    )
    .sort((a, b) => {
      const primary =
        sort.key === 'updatedAt'
          ? a.updatedAt.localeCompare(b.updatedAt)
          : collator.compare(a[sort.key], b[sort.key]);
      return sign * (primary || collator.compare(a.name, b.name));
    })
    .map((c) => c.id);
}

describe('selectClients', () => {
  const filters: ClientFilter[] = [
    { matches: null, tag: null, industry: null },
    { matches: new Set(['c', 'a', 'e', 'unknown']), tag: null, industry: null },
    { matches: new Set(['c', 'a', 'd']), tag: 'SAP', industry: null },
    { matches: null, tag: 'Cloud', industry: 'Handel' },
    { matches: new Set(), tag: null, industry: null },
  ];
  const sorts: ClientSort[] = (['name', 'city', 'industry', 'updatedAt'] as const).flatMap(
    (key) => [
      { key, direction: 'asc' as const },
      { key, direction: 'desc' as const },
    ],
  );

  it('filters and sorts by key, then name, with the German collator', () => {
    for (const sort of sorts) {
      for (const filter of filters) {
        expect(selectClients({ clients, filter, sort }).map((c) => c.id)).toEqual(
          reference(filter, sort),
        );
      }
    }
    expect(
      selectClients({ clients, filter: filters[0]!, sort: sorts[0]! }).map((c) => c.id),
    ).toEqual(['d', 'b', 'e', 'c', 'a']);
  });

  it('sorts a client list once per sort, not on every keystroke', () => {
    // Clients that count how often their names are read: sorting reads them, filtering not.
    let nameReads = 0;
    const counted = clients.map(
      (c) =>
        new Proxy(c, {
          get(target, property, receiver) {
            if (property === 'name') nameReads += 1;
            return Reflect.get(target, property, receiver) as unknown;
          },
        }),
    );
    const sort: ClientSort = { key: 'name', direction: 'asc' };
    const keystroke = (ids: string[]) =>
      selectClients({
        clients: counted,
        filter: { matches: new Set(ids), tag: null, industry: null },
        sort,
      }).map((c) => c.id);
    expect(keystroke(['a', 'b', 'c'])).toEqual(['b', 'c', 'a']);
    nameReads = 0;
    expect(keystroke(['a', 'c'])).toEqual(['c', 'a']);
    expect(keystroke(['e', 'd', 'a'])).toEqual(['d', 'e', 'a']);
    expect(nameReads).toBe(0);
    // Another sort, or another list (a write), sorts again.
    expect(
      selectClients({
        clients: counted,
        filter: filters[0]!,
        sort: { key: 'city', direction: 'asc' },
      }).length,
    ).toBe(5);
    expect(nameReads).toBeGreaterThan(0);
  });
});
