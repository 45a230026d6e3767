import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emptyCompanyProfile } from '../domain';
import { makeLine, makeOffer, makeSection } from '#test/offer-fixtures';
import { offerTotals } from '../offers/totals';
import { offerToBundle } from './export';
import type { OfferToBundleArgs } from './export';
import { bundleToAppRows, parseOfferBundle } from './import';
import type { OfferBundle } from './schema';
import { bundleToDocumentData, bundleTotals } from './to-document';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../../test/fixtures/${name}`, import.meta.url), 'utf8'));
const example = fixture('offer-bundle-example.json');
const expected = fixture('offer-bundle-example.expected.json');

const company = {
  ...emptyCompanyProfile(),
  name: 'Beispiel Systemhaus GmbH',
  street: 'Königsallee 60',
  postalCode: '40212',
  city: 'Düsseldorf',
  vatId: 'DE811569869',
  iban: 'DE02120300000000202051',
  bankName: 'Beispielbank',
};
const client = {
  name: 'Rheinland Logistik GmbH',
  street: 'Hafenstraße 12',
  postalCode: '50667',
  city: 'Köln',
  country: 'DE',
  vatId: '',
};

/** An offer with mixed VAT, discounts, recurring, optional and alternative lines, out of order. */
function appOffer(): OfferToBundleArgs {
  const offer = makeOffer({ discountPct: '3.5', termMonths: 30, revision: 2 });
  const sections = [
    makeSection({ id: 'section-2', title: 'Betrieb', position: 'a1' }),
    makeSection({ id: 'section-1', title: 'Hardware', position: 'a0' }),
    makeSection({ id: 'section-x', title: 'Gelöscht', position: 'a2', deleted: true }),
  ];
  const lines = [
    makeLine({
      id: 'l3',
      sectionId: 'section-1',
      position: 'a2',
      name: 'Server groß',
      unitPrice: '5400.00',
      kind: 'alternative',
      replacesOriginId: 'origin-l1',
    }),
    makeLine({
      id: 'l1',
      sectionId: 'section-1',
      position: 'a0',
      quantity: '3',
      unitPrice: '3999.99',
      discountPct: '12.5',
      unitCost: '3100.00',
    }),
    makeLine({
      id: 'l2',
      sectionId: 'section-1',
      position: 'a1',
      name: 'Handbuch',
      vatPct: '7',
      unitPrice: '49.90',
      description: 'gedruckt',
    }),
    makeLine({
      id: 'l4',
      sectionId: 'section-2',
      position: 'a0',
      name: 'Wartung',
      unit: 'month',
      billing: 'monthly',
      unitPrice: '333.33',
    }),
    makeLine({
      id: 'l5',
      sectionId: 'section-2',
      position: 'a1',
      name: 'Lizenz',
      unit: 'licence',
      billing: 'yearly',
      unitPrice: '1200.00',
      vatPct: '0',
    }),
    makeLine({
      id: 'l6',
      sectionId: 'section-2',
      position: 'a2',
      name: 'Backup',
      billing: 'monthly',
      kind: 'optional',
      unitPrice: '99.00',
    }),
    makeLine({ id: 'l7', sectionId: 'section-2', position: 'a3', name: 'Weg', deleted: true }),
    makeLine({ id: 'l8', sectionId: 'section-x', position: 'a0', name: 'Im gelöschten Abschnitt' }),
  ];
  return {
    company,
    client,
    offer,
    sections,
    lines,
    chapters: [{ title: 'Vorgehen', body: 'Drei Phasen.' }],
  };
}

/** The totals the app shows for the offer, in the bundle's shape. */
function appTotals({ offer, lines }: OfferToBundleArgs) {
  const totals = offerTotals({
    offer,
    lines: lines.filter((line) => line.sectionId !== 'section-x'),
  });
  return {
    net: totals.oneTime.net,
    vat: totals.oneTime.vat,
    gross: totals.oneTime.gross,
    monthly: totals.monthly.net,
    yearly: totals.yearly.net,
    contractValue: totals.contractValue,
  };
}

function roundTrip(args: OfferToBundleArgs): OfferBundle {
  // Through text, as a file would go.
  const result = parseOfferBundle(JSON.stringify(offerToBundle(args)));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.bundle;
}

describe('offerToBundle', () => {
  it('writes live sections and lines in position order, alternatives by place', () => {
    const bundle = offerToBundle(appOffer());
    expect(bundle.offer.sections).toEqual([
      {
        title: 'Hardware',
        lines: [
          {
            name: 'Server',
            quantity: '3',
            unit: 'piece',
            unitPrice: '3999.99',
            vatPct: '19',
            billing: 'one-time',
            kind: 'normal',
            discountPct: '12.5',
            unitCost: '3100.00',
          },
          {
            name: 'Handbuch',
            quantity: '1',
            unit: 'piece',
            unitPrice: '49.90',
            vatPct: '7',
            billing: 'one-time',
            kind: 'normal',
            description: 'gedruckt',
          },
          {
            name: 'Server groß',
            quantity: '1',
            unit: 'piece',
            unitPrice: '5400.00',
            vatPct: '19',
            billing: 'one-time',
            kind: 'alternative',
            replaces: 'sections[0].lines[0]',
          },
        ],
      },
      {
        title: 'Betrieb',
        lines: [
          {
            name: 'Wartung',
            quantity: '1',
            unit: 'month',
            unitPrice: '333.33',
            vatPct: '19',
            billing: 'monthly',
            kind: 'normal',
          },
          {
            name: 'Lizenz',
            quantity: '1',
            unit: 'licence',
            unitPrice: '1200.00',
            vatPct: '0',
            billing: 'yearly',
            kind: 'normal',
          },
          {
            name: 'Backup',
            quantity: '1',
            unit: 'piece',
            unitPrice: '99.00',
            vatPct: '19',
            billing: 'monthly',
            kind: 'optional',
          },
        ],
      },
    ]);
    expect({
      format: bundle.format,
      version: bundle.version,
      textBlocks: bundle.textBlocks,
    }).toEqual({
      format: 'quotient.offer-bundle',
      version: 1,
      textBlocks: [{ title: 'Vorgehen', body: 'Drei Phasen.' }],
    });
  });

  it('keeps the totals through export, file text and import', () => {
    const args = appOffer();
    expect(bundleTotals(roundTrip(args))).toEqual(appTotals(args));
    // By hand: 19 %: 10499.97 × 0.965 = 10132.47, VAT 1925.17; 7 %: 49.90 × 0.965 = 48.15, VAT
    // 3.37; monthly 333.33 × 0.965 = 321.66; yearly 1158.00; 10180.62 + 30 × 321.66 + 3 × 1158.
    expect(appTotals(args)).toEqual({
      net: '10180.62',
      vat: '1928.54',
      gross: '12109.16',
      monthly: '321.66',
      yearly: '1158.00',
      contractValue: '23304.42',
    });
  });

  it('carries a package section and a credit line through the file, the app rows and documents', () => {
    const args = appOffer();
    args.sections = args.sections.map((section) =>
      section.id === 'section-2' ? { ...section, package: true } : section,
    );
    args.lines = [
      ...args.lines,
      makeLine({
        id: 'l9',
        sectionId: 'section-1',
        position: 'a3',
        name: 'Rücknahme',
        unitPrice: '-100.00',
        credit: true,
      }),
    ];
    const bundle = roundTrip(args);
    expect(bundle.offer.sections.map((section) => section.package ?? false)).toEqual([false, true]);
    expect(bundle.offer.sections[0]?.lines.map((line) => line.credit ?? false)).toEqual([
      false,
      false,
      false,
      true,
    ]);
    const documents = bundleToDocumentData(bundle, { internal: false });
    expect(documents.sections.map((section) => section.package ?? false)).toEqual([false, true]);
    expect(documents.sections[0]?.lines.at(-1)?.credit).toBe(true);
    let next = 0;
    const imported = bundleToAppRows(bundle, { newId: () => `id-${++next}` });
    if (!imported.ok) throw new Error(JSON.stringify(imported.problems));
    expect(imported.rows.sections.map((section) => section.package ?? false)).toEqual([
      false,
      true,
    ]);
    expect(imported.rows.lines.filter((line) => line.credit === true).map((l) => l.name)).toEqual([
      'Rücknahme',
    ]);
  });

  it('keeps the totals of a foreign-currency, reverse-charge offer', () => {
    const args = appOffer();
    args.offer = { ...args.offer, currency: 'CHF', exchangeRate: '0.94', reverseCharge: true };
    const bundle = roundTrip(args);
    expect(bundle.offer).toMatchObject({
      currency: 'CHF',
      exchangeRate: '0.94',
      reverseCharge: true,
    });
    expect(bundleTotals(bundle)).toEqual(appTotals(args));
    expect(bundleTotals(bundle).vat).toBe('0.00');
  });

  it('round-trips the example bundle through the app rows with the same totals', () => {
    const parsed = parseOfferBundle(example);
    if (!parsed.ok) throw new Error('example invalid');
    let next = 0;
    const imported = bundleToAppRows(parsed.bundle, { newId: () => `id-${++next}` });
    if (!imported.ok) throw new Error(JSON.stringify(imported.problems));
    const { rows } = imported;
    const again = roundTrip({
      company,
      client: rows.client,
      offer: rows.offer,
      sections: rows.sections.map((section) => ({ ...section, deleted: false })),
      lines: rows.lines,
      chapters: rows.chapters,
    });
    expect(bundleTotals(again)).toEqual(expected);
    expect(again.offer.sections.map((section) => section.lines.map((line) => line.unit))).toEqual([
      ['piece', 'piece', 'piece'],
      ['person-day'],
      ['month'],
    ]);
  });
});
