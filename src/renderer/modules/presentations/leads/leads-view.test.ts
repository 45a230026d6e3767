import { describe, expect, it } from 'vitest';
import type { Lead } from '#shared/domain/presentations';
import { defaultLeadFilters, filterLeads, interestsText, storeFilter } from './leads-view';

const lead = (id: string, overrides: Partial<Lead>): Lead =>
  ({ id, deckId: 'deck-a', status: 'new', rating: 'warm', ...overrides }) as Lead;

const leads = [
  lead('1', {}),
  lead('2', { status: 'converted', rating: 'hot' }),
  lead('3', { status: 'discarded', deckId: 'deck-b' }),
  lead('4', { deckId: 'deck-b', rating: 'cold' }),
];
const ids = (list: Lead[]) => list.map((item) => item.id);

describe('leads list filters', () => {
  it('shows the working set by default: new and converted, not discarded', () => {
    expect(ids(filterLeads(leads, defaultLeadFilters))).toEqual(['1', '2', '4']);
  });

  it('filters by deck, one status and rating together', () => {
    expect(ids(filterLeads(leads, { ...defaultLeadFilters, deckId: 'deck-b' }))).toEqual(['4']);
    expect(ids(filterLeads(leads, { ...defaultLeadFilters, status: 'discarded' }))).toEqual(['3']);
    expect(
      ids(filterLeads(leads, { deckId: 'deck-a', status: 'converted', rating: 'hot' })),
    ).toEqual(['2']);
    expect(ids(filterLeads(leads, { ...defaultLeadFilters, rating: 'cold' }))).toEqual(['4']);
  });

  it('passes only what the store can filter to the hook and the export', () => {
    expect(storeFilter(defaultLeadFilters)).toEqual({});
    expect(storeFilter({ deckId: 'deck-a', status: 'new', rating: 'hot' })).toEqual({
      deckId: 'deck-a',
      status: 'new',
    });
    expect(storeFilter({ deckId: '', status: 'discarded', rating: 'all' })).toEqual({
      status: 'discarded',
    });
  });

  it('names the interests: items by name, then categories', () => {
    const names = new Map([
      ['a', 'Firewall X1'],
      ['b', 'Managed SOC'],
    ]);
    expect(
      interestsText(
        { interestItemIds: ['b', 'gone', 'a'], interestCategories: ['Dienstleistung'] },
        names,
      ),
    ).toBe('Managed SOC, Firewall X1, Dienstleistung');
  });
});
