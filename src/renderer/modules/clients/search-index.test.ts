import { describe, expect, it } from 'vitest';
import type { Client } from '#shared/domain';
import { ClientSearchIndex, fallbackMatches } from './search-index';

function seeded() {
  const index = new ClientSearchIndex();
  index.upsertClient({ id: 'c1', name: 'Musterbau AG', city: 'Essen', tags: ['Bau', 'KRITIS'] });
  index.upsertClient({ id: 'c2', name: 'Hanse Logistik GmbH', city: 'Hamburg', tags: ['Cloud'] });
  index.upsertContact({
    id: 'p1',
    clientId: 'c2',
    firstName: 'Anna',
    lastName: 'Schmidt',
    email: 'anna.schmidt@hanse-logistik.de',
  });
  return index;
}

describe('ClientSearchIndex', () => {
  it('finds clients by name prefix, city, tag, contact name and e-mail', () => {
    const index = seeded();
    expect([...index.search('muster')]).toEqual(['c1']);
    expect([...index.search('hamburg')]).toEqual(['c2']);
    expect([...index.search('kritis')]).toEqual(['c1']);
    expect([...index.search('schmidt')]).toEqual(['c2']);
    expect([...index.search('anna.schmidt@hanse-logistik.de')]).toEqual(['c2']);
    expect([...index.search('   ')]).toEqual([]);
  });

  it('requires every word to match', () => {
    expect([...seeded().search('musterbau hamburg')]).toEqual([]);
  });

  it('updates incrementally on edit and removal', () => {
    const index = seeded();
    index.upsertClient({ id: 'c1', name: 'Neubau AG', city: 'Essen', tags: [] });
    expect([...index.search('muster')]).toEqual([]);
    expect([...index.search('neubau')]).toEqual(['c1']);
    index.removeContact('p1');
    expect([...index.search('schmidt')]).toEqual([]);
    index.removeClient('c2');
    expect([...index.search('hamburg')]).toEqual([]);
    expect(index.size).toBe(1);
  });
});

describe('fallbackMatches', () => {
  it('matches every word against name, city and tags until the index is built', () => {
    const client = (id: string, name: string, city: string, tags: string[]) =>
      ({ id, name, city, tags }) as unknown as Client;
    const clients = [
      client('a', 'Müller Bau GmbH', 'Köln', ['KRITIS']),
      client('b', 'Nord AG', 'Kiel', []),
    ];
    expect([...fallbackMatches(clients, 'müller köln')]).toEqual(['a']);
    expect([...fallbackMatches(clients, 'kritis')]).toEqual(['a']);
    expect([...fallbackMatches(clients, 'nord kiel')]).toEqual(['b']);
    expect([...fallbackMatches(clients, 'bau kiel')]).toEqual([]);
  });
});
