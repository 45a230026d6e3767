import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundleNeedsExchangeRate, bundleToAppRows, parseOfferBundle } from './import';
import type { OfferBundle } from './schema';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../../test/fixtures/${name}`, import.meta.url), 'utf8'));
const example = fixture('offer-bundle-example.json');

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function parsed(edit: (bundle: Json) => void = () => {}): OfferBundle {
  const json = structuredClone(example) as Json;
  edit(json);
  const result = parseOfferBundle(json);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.bundle;
}

const counter = () => {
  let next = 0;
  return () => `id-${++next}`;
};

const lineDefaults = {
  catalogItemId: '',
  roleId: '',
  description: '',
  discountPct: '',
  vatPct: '19',
  billing: 'one-time',
  unitCost: '',
  kind: 'normal',
  replacesOriginId: '',
  estimate: null,
};

describe('bundleToAppRows', () => {
  it('maps the example bundle to valid rows with fresh ids and ordered positions', () => {
    const result = bundleToAppRows(parsed(), { newId: counter() });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const { rows } = result;
    expect({
      ...rows,
      sections: rows.sections.map(({ position: _, ...rest }) => rest),
      lines: rows.lines.map(({ position: _, ...rest }) => rest),
    }).toEqual({
      client: {
        id: 'id-1',
        name: 'Musterbau AG',
        legalForm: '',
        industry: '',
        size: '',
        website: '',
        street: 'Industriestraße 7',
        postalCode: '45127',
        city: 'Essen',
        country: 'DE',
        vatId: '',
        language: 'de',
        currency: 'EUR',
        tags: [],
        notes: '',
      },
      contact: null,
      offer: {
        id: 'id-2',
        number: 'A-2026-0001',
        revision: 1,
        clientId: 'id-1',
        opportunityId: '',
        title: 'Netzwerk-Erneuerung Standort Essen',
        date: '2026-11-02',
        validUntil: '2026-12-02',
        currency: 'EUR',
        exchangeRate: '',
        language: 'de',
        paymentTermsDays: 14,
        cashDiscountPct: '',
        cashDiscountDays: 0,
        termMonths: 24,
        discountPct: '2',
        reverseCharge: false,
        customerView: false,
        notes: '',
      },
      sections: [
        { id: 'id-3', offerId: 'id-2', title: 'Hardware' },
        { id: 'id-4', offerId: 'id-2', title: 'Dienstleistungen' },
        { id: 'id-5', offerId: 'id-2', title: 'Betrieb' },
      ],
      lines: [
        {
          ...lineDefaults,
          id: 'id-6',
          originId: 'id-6',
          offerId: 'id-2',
          sectionId: 'id-3',
          name: 'Switch 48 Port',
          quantity: '4',
          unit: 'piece',
          unitPrice: '2190.00',
          discountPct: '8',
        },
        {
          ...lineDefaults,
          id: 'id-7',
          originId: 'id-7',
          offerId: 'id-2',
          sectionId: 'id-3',
          name: 'Access Point Wi-Fi 7',
          quantity: '12',
          unit: 'piece',
          unitPrice: '489.00',
        },
        {
          ...lineDefaults,
          id: 'id-8',
          originId: 'id-8',
          offerId: 'id-2',
          sectionId: 'id-3',
          name: 'Ersatz-Switch',
          quantity: '1',
          unit: 'piece',
          unitPrice: '2190.00',
          kind: 'optional',
        },
        {
          ...lineDefaults,
          id: 'id-9',
          originId: 'id-9',
          offerId: 'id-2',
          sectionId: 'id-4',
          name: 'Netzwerk-Engineer',
          quantity: '6.5',
          unit: 'person-day',
          unitPrice: '1040.00',
        },
        {
          ...lineDefaults,
          id: 'id-10',
          originId: 'id-10',
          offerId: 'id-2',
          sectionId: 'id-5',
          name: 'Monitoring-Service',
          quantity: '1',
          unit: 'month',
          unitPrice: '289.00',
          billing: 'monthly',
        },
      ],
      chapters: [],
    });
    const sorted = (keys: string[]) => [...keys].sort();
    const positions = rows.sections.map((section) => section.position);
    const hardware = rows.lines.slice(0, 3).map((line) => line.position);
    expect([positions, hardware]).toEqual([sorted(positions), sorted(hardware)]);
    expect(new Set(positions).size + new Set(hardware).size).toBe(6);
  });

  it('links an alternative to the new id of the line it replaces and adds the contact', () => {
    const result = bundleToAppRows(
      parsed((json) => {
        json.client.contactName = 'Dr. Anna Schmidt';
        Object.assign(json.offer.sections[0].lines[2], {
          kind: 'alternative',
          replaces: 'sections[0].lines[1]',
        });
      }),
      { newId: counter() },
    );
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.rows.lines[2]).toMatchObject({
      kind: 'alternative',
      replacesOriginId: result.rows.lines[1]?.id,
    });
    expect(result.rows.contact).toEqual({
      id: 'id-11',
      clientId: 'id-1',
      firstName: 'Dr. Anna',
      lastName: 'Schmidt',
      role: '',
      email: '',
      phone: '',
      primary: true,
    });
  });

  it("refuses what the app cannot store, at the bundle's paths, with no rows", () => {
    const result = bundleToAppRows(
      parsed((json) => {
        json.client.vatId = 'DE123';
        json.client.postalCode = '4512';
        json.offer.sections[0].lines[0].vatPct = '16';
        json.offer.sections[0].lines[1].vatPct = '19.00';
        json.offer.sections[1].lines[0].unit = 'Kiste';
        json.offer.sections[2].lines[0].kind = 'alternative';
      }),
      { newId: counter() },
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        { path: 'client.postalCode', message: 'is not a postal code of the country' },
        { path: 'client.vatId', message: 'is not a valid VAT ID' },
        {
          path: 'offer.sections[0].lines[0].vatPct',
          message: '16 % is not a VAT rate of Quotient (19, 7 or 0); change the rate in the bundle',
        },
        {
          path: 'offer.sections[1].lines[0].unit',
          message:
            '"Kiste" is not a unit Quotient knows; use one of piece, licence, user, person-day, hour, month, flat',
        },
        { path: 'offer.sections[2].lines[0].replaces', message: 'is required' },
      ],
    });
  });

  it('normalises an app VAT rate written with decimals ("19.00" → "19")', () => {
    const result = bundleToAppRows(
      parsed((json) => (json.offer.sections[0].lines[1].vatPct = '19.00')),
      { newId: counter() },
    );
    expect(result.ok && result.rows.lines[1]?.vatPct).toBe('19');
  });

  it('keeps a foreign currency with its rate', () => {
    const result = bundleToAppRows(
      parsed((json) => Object.assign(json.offer, { currency: 'USD', exchangeRate: '1.08' })),
      { newId: counter() },
    );
    expect(
      result.ok && [
        result.rows.offer.currency,
        result.rows.offer.exchangeRate,
        result.rows.client.currency,
      ],
    ).toEqual(['USD', '1.08', 'USD']);
  });

  it('asks for a rate only for an offer not in EUR that names none; the entered rate wins', () => {
    const chf = parsed((json) => Object.assign(json.offer, { currency: 'CHF' }));
    const chfWithRate = parsed((json) =>
      Object.assign(json.offer, { currency: 'CHF', exchangeRate: '0.93' }),
    );
    expect([parsed(), chf, chfWithRate].map(bundleNeedsExchangeRate)).toEqual([false, true, false]);

    const rate = (bundle: OfferBundle, exchangeRate?: string) => {
      const result = bundleToAppRows(bundle, {
        newId: counter(),
        ...(exchangeRate === undefined ? {} : { exchangeRate }),
      });
      return result.ok ? result.rows.offer.exchangeRate : result.problems;
    };
    expect([
      rate(chf),
      rate(chf, '0.94'),
      rate(chf, ' 0.95 '),
      rate(chf, '0'),
      rate(chfWithRate),
      rate(chfWithRate, '0.96'),
      rate(parsed(), '0.94'),
    ]).toEqual([
      [
        {
          path: 'offer.exchangeRate',
          message: 'is required for an offer not in EUR (1 EUR = rate units)',
        },
      ],
      '0.94',
      '0.95',
      [
        {
          path: 'offer.exchangeRate',
          message: 'must be an exchange rate above 0 (1 EUR = rate units) (got "0")',
        },
      ],
      '0.93',
      '0.96',
      '',
    ]);
  });
});
