import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseOfferBundle } from './import';
import type { OfferBundle } from './schema';
import { buildProposalDocument } from '../documents/proposal-document';
import { paragraphs, readDocx } from '#test/read-docx';
import { bundleToDocumentData, bundleTotals } from './to-document';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../../test/fixtures/${name}`, import.meta.url), 'utf8'));
const example = fixture('offer-bundle-example.json');
const expected = fixture('offer-bundle-example.expected.json');

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function parsed(edit: (bundle: Json) => void = () => {}): OfferBundle {
  const json = structuredClone(example) as Json;
  edit(json);
  const result = parseOfferBundle(json);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.bundle;
}

const line = {
  description: '',
  discountPct: '',
  kind: 'normal',
  replaces: '',
  unitCost: '',
  estimate: null,
  vatPct: '19',
  billing: 'one-time',
};

describe('bundleTotals', () => {
  it('gives exactly the expected totals of the example bundle', () => {
    expect(bundleTotals(parsed())).toEqual(expected);
  });

  it('lists the keys in the order the render command prints them', () => {
    expect(Object.keys(bundleTotals(parsed()))).toEqual([
      'net',
      'vat',
      'gross',
      'monthly',
      'yearly',
      'contractValue',
    ]);
  });

  it('counts yearly lines, leaves out optional and alternative lines, applies reverse charge', () => {
    const bundle = parsed((json) => {
      json.offer.reverseCharge = true;
      json.offer.termMonths = 13;
      json.offer.discountPct = '';
      json.offer.sections[2].lines.push(
        {
          name: 'Support',
          quantity: '1',
          unit: 'Jahr',
          unitPrice: '1000',
          vatPct: '7',
          billing: 'yearly',
        },
        {
          name: 'Support Plus',
          quantity: '1',
          unit: 'Jahr',
          unitPrice: '1500',
          vatPct: '7',
          billing: 'yearly',
          kind: 'alternative',
          replaces: 'sections[2].lines[1]',
        },
      );
    });
    // One-time 8059.20 + 5868 + 6760 = 20687.20; contract 20687.20 + 289 × 13 + 1000 × 2.
    expect(bundleTotals(bundle)).toEqual({
      net: '20687.20',
      vat: '0.00',
      gross: '20687.20',
      monthly: '289.00',
      yearly: '1000.00',
      contractValue: '26444.20',
    });
  });

  it('renders any VAT rate the bundle gives (documents show what the bundle says)', () => {
    const bundle = parsed((json) => {
      json.offer.discountPct = '0';
      json.offer.sections = [
        {
          title: 'Schweiz',
          lines: [
            {
              name: 'Beratung',
              quantity: '2',
              unit: 'h',
              unitPrice: '100.05',
              vatPct: '8.1',
              billing: 'one-time',
            },
          ],
        },
      ];
    });
    // 200.10 × 8.1 % = 16.2081 → 16.21
    expect(bundleTotals(bundle)).toEqual({
      net: '200.10',
      vat: '16.21',
      gross: '216.31',
      monthly: '0.00',
      yearly: '0.00',
      contractValue: '200.10',
    });
  });
});

describe('bundleToDocumentData', () => {
  it('maps the example bundle with the documented defaults', () => {
    const data = bundleToDocumentData(parsed(), { internal: false });
    expect(data).toEqual({
      language: 'de',
      internal: false,
      company: {
        name: 'Beispiel Systemhaus GmbH',
        street: 'Königsallee 60',
        postalCode: '40212',
        city: 'Düsseldorf',
        country: 'DE',
        vatId: 'DE987654321',
        taxNumber: '',
        commercialRegister: '',
        managingDirectors: '',
        bankName: '',
        iban: 'DE02120300000000202051',
        bic: '',
        email: '',
        phone: '',
        website: '',
        brandColor: '#1c5d99',
        logo: null,
      },
      client: {
        name: 'Musterbau AG',
        street: 'Industriestraße 7',
        postalCode: '45127',
        city: 'Essen',
        country: 'DE',
        vatId: '',
        contactName: '',
      },
      author: { name: '', position: '', email: '', phone: '' },
      offer: {
        number: 'A-2026-0001',
        revision: 1,
        title: 'Netzwerk-Erneuerung Standort Essen',
        date: '2026-11-02',
        validUntil: '2026-12-02',
        currency: 'EUR',
        exchangeRate: '',
        paymentTermsDays: 14,
        cashDiscountPct: '',
        cashDiscountDays: 0,
        termMonths: 24,
        discountPct: '2',
        reverseCharge: false,
      },
      sections: [
        {
          title: 'Hardware',
          lines: [
            {
              ...line,
              id: 'sections[0].lines[0]',
              name: 'Switch 48 Port',
              quantity: '4',
              unit: 'piece',
              unitPrice: '2190.00',
              discountPct: '8',
            },
            {
              ...line,
              id: 'sections[0].lines[1]',
              name: 'Access Point Wi-Fi 7',
              quantity: '12',
              unit: 'piece',
              unitPrice: '489.00',
            },
            {
              ...line,
              id: 'sections[0].lines[2]',
              name: 'Ersatz-Switch',
              quantity: '1',
              unit: 'piece',
              unitPrice: '2190.00',
              kind: 'optional',
            },
          ],
        },
        {
          title: 'Dienstleistungen',
          lines: [
            {
              ...line,
              id: 'sections[1].lines[0]',
              name: 'Netzwerk-Engineer',
              quantity: '6.5',
              unit: 'person-day',
              unitPrice: '1040.00',
            },
          ],
        },
        {
          title: 'Betrieb',
          lines: [
            {
              ...line,
              id: 'sections[2].lines[0]',
              name: 'Monitoring-Service',
              quantity: '1',
              unit: 'month',
              unitPrice: '289.00',
              billing: 'monthly',
            },
          ],
        },
      ],
      chapters: [],
    });
  });

  it('carries optional fields, decodes a PNG logo, links alternatives by id', () => {
    const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
    const data = bundleToDocumentData(
      parsed((json) => {
        json.company.logo = `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
        json.company.brandColor = '#0a5c36';
        json.client.contactName = 'Frau Anna Schmidt';
        json.offer.currency = 'GBP';
        json.offer.exchangeRate = '0.85';
        json.offer.sections[0].lines[2] = {
          ...json.offer.sections[0].lines[2],
          kind: 'alternative',
          replaces: 'offer.sections[0].lines[0]',
          unitCost: '1500',
        };
        json.textBlocks = [{ title: 'Ausgangslage', body: 'Die **Musterbau AG** …', tag: 'x' }];
        json.author = { name: 'Max Muster', position: 'Vertrieb' };
      }),
      { internal: true },
    );
    expect({
      internal: data.internal,
      logo: data.company.logo,
      brandColor: data.company.brandColor,
      contactName: data.client.contactName,
      rate: [data.offer.currency, data.offer.exchangeRate],
      alternative: data.sections[0]?.lines[2],
      chapters: data.chapters,
      author: data.author,
    }).toEqual({
      internal: true,
      logo: { data: new Uint8Array(png), type: 'png' },
      brandColor: '#0a5c36',
      contactName: 'Frau Anna Schmidt',
      rate: ['GBP', '0.85'],
      alternative: {
        ...line,
        id: 'sections[0].lines[2]',
        name: 'Ersatz-Switch',
        quantity: '1',
        unit: 'piece',
        unitPrice: '2190.00',
        kind: 'alternative',
        replaces: 'sections[0].lines[0]',
        unitCost: '1500',
      },
      chapters: [{ title: 'Ausgangslage', body: 'Die **Musterbau AG** …' }],
      author: { name: 'Max Muster', position: 'Vertrieb', email: '', phone: '' },
    });
  });

  it('leaves an SVG logo out: documents embed bitmaps only', () => {
    const data = bundleToDocumentData(
      parsed((json) => (json.company.logo = 'data:image/svg+xml;base64,PHN2Zy8+')),
      { internal: false },
    );
    expect(data.company.logo).toBeNull();
  });
});

describe('units follow the document language', () => {
  it('a bundle\'s "Stk", "PT" and "Monat" print as English units in an English proposal', async () => {
    const unitsOf = async (language: 'de' | 'en') => {
      const data = bundleToDocumentData(
        parsed((json) => {
          json.offer.language = language;
        }),
        { internal: false },
      );
      const docx = await readDocx(await buildProposalDocument(data, { chartPng: null }));
      const text = paragraphs(docx.document);
      return ['Stk.', 'PT', 'Monat', 'pc.', 'PD', 'month'].filter((unit) => text.includes(unit));
    };
    expect({ de: await unitsOf('de'), en: await unitsOf('en') }).toEqual({
      de: ['Stk.', 'PT', 'Monat'],
      en: ['pc.', 'PD', 'month'],
    });
  });
});
