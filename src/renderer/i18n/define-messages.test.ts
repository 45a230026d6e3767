import { describe, expect, it } from 'vitest';
import { defineMessages } from './define-messages';

// The type checks below run with `tsc -b`: each @ts-expect-error fails the build once the line
// it guards compiles, so the English object must keep exactly the German keys.

const de = { title: 'Kunden', fields: { name: 'Firmenname', count_one: '{{count}} Kunde' } };

describe('defineMessages', () => {
  it('returns the bundle the manifests list: its key and both languages', () => {
    const en = {
      title: 'Clients',
      fields: { name: 'Company name', count_one: '{{count}} client' },
    };
    expect(defineMessages('clients', de, en)).toEqual({ key: 'clients', de, en });
  });

  it('lets only an English object with exactly the German keys through (type check)', () => {
    const extraNested = {
      title: 'Clients',
      fields: { name: 'Company name', count_one: '{{count}} client', city: 'City' },
    };
    const fields = { name: 'Company name', count_one: '{{count}} client' };
    const bundles = [
      // @ts-expect-error a missing key
      defineMessages('clients', de, { title: 'Clients', fields: { name: 'Company name' } }),
      // @ts-expect-error an extra key, written in place
      defineMessages('clients', de, { title: 'Clients', fields, extra: 'Extra' }),
      // @ts-expect-error an extra nested key, in a variable
      defineMessages('clients', de, extraNested),
      // @ts-expect-error a string where German has a tree
      defineMessages('clients', de, { title: 'Clients', fields: 'Fields' }),
      // @ts-expect-error a text that is not a string
      defineMessages('clients', { title: 3 }, { title: 'Clients' }),
    ];
    // At run time the helper passes everything through; messageProblems finds it in the test
    // of every module's bundles.
    expect(bundles).toHaveLength(5);
    expect(defineMessages('clients', de, { title: 'Clients', fields }).en.fields).toBe(fields);
  });
});
