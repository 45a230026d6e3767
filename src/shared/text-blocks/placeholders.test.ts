import { describe, expect, it } from 'vitest';
import {
  fillPlaceholders,
  findPlaceholders,
  formatDocumentDate,
  placeholderNames,
  placeholderToken,
} from './placeholders';
import type { PlaceholderContext } from './placeholders';

const context = (overrides: Partial<PlaceholderContext> = {}): PlaceholderContext => ({
  language: 'de',
  client: { name: 'Rheinland Logistik GmbH', city: 'Köln', contactName: 'Anna Schmidt' },
  offer: {
    number: 'A-2026-JB-0042',
    title: 'Standortvernetzung',
    date: '2026-11-28',
    validUntil: '2026-12-02',
    termMonths: 36,
  },
  company: { name: 'Muster IT-Beratung GmbH', city: 'Düsseldorf' },
  author: { name: 'Jana Becker', position: 'Senior Consultant' },
  ...overrides,
});

describe('formatDocumentDate', () => {
  it('formats per language and leaves anything that is not a date alone', () => {
    expect([
      formatDocumentDate('2026-12-02', 'de'),
      formatDocumentDate('2026-12-02', 'en'),
      formatDocumentDate('2027-01-31', 'en'),
      formatDocumentDate('', 'de'),
      formatDocumentDate('2.12.2026', 'en'),
      formatDocumentDate('2026-13-02', 'en'),
    ]).toEqual(['02.12.2026', '2 December 2026', '31 January 2027', '', '2.12.2026', '2026-13-02']);
  });
});

describe('fillPlaceholders', () => {
  it('fills every known placeholder, dates per language', () => {
    const text = placeholderNames.map((name) => `${name}=${placeholderToken(name)}`).join('\n');
    const expectedDe = [
      'client.name=Rheinland Logistik GmbH',
      'client.city=Köln',
      'client.contactName=Anna Schmidt',
      'client.salutation=Sehr geehrte Frau Schmidt,',
      'offer.number=A-2026-JB-0042',
      'offer.title=Standortvernetzung',
      'offer.date=28.11.2026',
      'offer.validUntil=02.12.2026',
      'offer.termMonths=36',
      'company.name=Muster IT-Beratung GmbH',
      'company.city=Düsseldorf',
      'author.name=Jana Becker',
      'author.position=Senior Consultant',
    ].join('\n');
    expect(fillPlaceholders(text, context())).toEqual({ text: expectedDe, unknown: [], empty: [] });
    const en = fillPlaceholders(
      '{{offer.date}} – {{offer.validUntil}}',
      context({ language: 'en' }),
    );
    expect(en).toEqual({ text: '28 November 2026 – 2 December 2026', unknown: [], empty: [] });
  });

  it('tolerates whitespace inside the braces', () => {
    expect(fillPlaceholders('Für {{ client.name }} in {{client.city   }}.', context())).toEqual({
      text: 'Für Rheinland Logistik GmbH in Köln.',
      unknown: [],
      empty: [],
    });
  });

  it('keeps unknown placeholders visible and lists each once', () => {
    const text = 'Hallo {{foo.bar}}, {{ client.name }} und {{ foo.bar }} und {{Client.Name}} {{}}';
    expect(fillPlaceholders(text, context())).toEqual({
      text: 'Hallo {{foo.bar}}, Rheinland Logistik GmbH und {{ foo.bar }} und {{Client.Name}} {{}}',
      unknown: ['foo.bar', 'Client.Name', ''],
      empty: [],
    });
  });

  it('reports known placeholders whose value is empty', () => {
    const ctx = context({ client: { name: 'Kunde', city: '', contactName: ' ' } });
    expect(
      fillPlaceholders('{{client.contactName}}, {{client.city}}, {{client.name}}', ctx),
    ).toEqual({ text: ' , , Kunde', unknown: [], empty: ['client.contactName', 'client.city'] });
  });

  it('leaves text without placeholders, single braces and replacement patterns untouched', () => {
    const ctx = context({ client: { name: 'A$&B $1', city: 'Köln', contactName: '' } });
    expect(fillPlaceholders('{client.name} {{{client.name}}} {{client.name}}', ctx)).toEqual({
      text: '{client.name} {A$&B $1} A$&B $1',
      unknown: [],
      empty: [],
    });
  });
});

describe('findPlaceholders', () => {
  it('lists distinct names in order of first appearance, trimmed', () => {
    expect(findPlaceholders('{{offer.number}} {{ client.name }} {{offer.number}} {{x}}')).toEqual([
      'offer.number',
      'client.name',
      'x',
    ]);
    expect(findPlaceholders('keine Platzhalter { } {{ }')).toEqual([]);
  });
});
