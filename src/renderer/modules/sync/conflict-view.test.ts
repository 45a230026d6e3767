import { describe, expect, it } from 'vitest';
import { conflictNoteKey, fieldLabel, formatConflictValue, stampTime } from './conflict-view';
import { syncMessages } from './messages';

const texts: Record<string, string> = {
  'offers.fields.title': 'Titel',
  'offers.fields.client': 'Kunde',
  'offers.columns.number': 'Nummer',
  'offers.line.quantity': 'Menge',
  'catalog.roles.fields.dayRate': 'Tagessatz',
  'sync.fields.deleted': 'Gelöscht',
};
const lookup = (key: string) => texts[key];

describe('fieldLabel', () => {
  it.each([
    ['offers', 'title', 'Titel'],
    ['offers', 'number', 'Nummer'],
    ['offers', 'clientId', 'Kunde'],
    ['offerLines', 'quantity', 'Menge'],
    ['roles', 'dayRate', 'Tagessatz'],
    ['clients', 'deleted', 'Gelöscht'],
    ['offers', 'discountPct', 'discountPct'],
    ['somethingNew', 'colour', 'colour'],
    ['offers', 'Id', 'Id'],
  ])('%s.%s → %s', (table, field, expected) => {
    const prefixes: Record<string, string[]> = {
      offers: ['offers.fields', 'offers.columns'],
      offerLines: ['offers.line'],
      roles: ['catalog.roles.fields'],
    };
    expect(fieldLabel({ table, field, lookup, prefixes: prefixes[table] ?? [] })).toBe(expected);
  });
});

describe('formatConflictValue', () => {
  const words = { empty: 'leer', yes: 'ja', no: 'nein' };

  it.each([
    ['Angebot Lagerlogistik', 'Angebot Lagerlogistik'],
    ['12.50', '12.50'],
    [3, '3'],
    [true, 'ja'],
    [false, 'nein'],
    [null, 'leer'],
    [undefined, 'leer'],
    ['', 'leer'],
    [[], 'leer'],
    [['cloud', 'sap'], 'cloud, sap'],
    [{ street: 'Hafenstr. 1', city: 'Hamburg' }, '{"street":"Hafenstr. 1","city":"Hamburg"}'],
  ])('%j → %j', (value, expected) => {
    expect(formatConflictValue(value, words)).toBe(expected);
  });

  it('shortens long texts to 200 characters', () => {
    const text = formatConflictValue('x'.repeat(500), words);
    expect(text).toBe(`${'x'.repeat(199)}…`);
  });
});

describe('stampTime', () => {
  it('reads the time of a stamp, and nothing from a malformed one', () => {
    expect(stampTime('2026-11-28T09:15:02.123Z-0001-8f3a9c0d12e4b5a6')).toBe(
      '2026-11-28T09:15:02.123Z',
    );
    expect(stampTime('yesterday')).toBeUndefined();
  });
});

describe('conflictNoteKey', () => {
  it('names a locked conflict (a pulled edit to a signed revision) in both languages', () => {
    expect(conflictNoteKey({ reason: 'locked' })).toBe('sync.conflicts.locked');
    expect(conflictNoteKey({})).toBeUndefined();
    expect(syncMessages.de.conflicts.locked).toBe(
      'Unterschriebene Revision: Änderung nicht übernommen',
    );
    expect(syncMessages.en.conflicts.locked).toBe('Signed revision: change not applied');
  });
});
