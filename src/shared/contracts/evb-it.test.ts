import { describe, expect, it } from 'vitest';
import { evbItRecommendation, lineCategory, offerFacts } from './evb-it';
import type { FactsLine } from './evb-it';

function line(overrides: Partial<FactsLine> & Pick<FactsLine, 'name'>): FactsLine {
  return { billing: 'one-time', unit: 'piece', quantity: 1, unitPrice: '1000.00', ...overrides };
}

const hardware = line({
  name: 'Server Dell PowerEdge R760',
  catalogKind: 'hardware',
  quantity: 2,
  unitPrice: '9800.00',
});
const perpetual = line({
  name: 'Windows Server 2025 Standard',
  catalogKind: 'software',
  unit: 'licence',
  unitPrice: '1100.00',
});
const rental = line({
  name: 'CAD-Lizenz (Miete)',
  catalogKind: 'software',
  unit: 'user',
  billing: 'monthly',
  unitPrice: '180.00',
});
const consulting = line({
  name: 'Beratung IT-Strategie',
  catalogKind: 'service',
  unit: 'person-day',
  quantity: 5,
  unitPrice: '1200.00',
});
const development = line({
  name: 'Entwicklung Schnittstelle SAP',
  catalogKind: 'service',
  unit: 'person-day',
  quantity: 20,
  unitPrice: '1100.00',
});
const installation = line({
  name: 'Installation und Inbetriebnahme',
  catalogKind: 'service',
  unit: 'hour',
  quantity: 16,
  unitPrice: '120.00',
});
const saas = line({
  name: 'Quotient Cloud Business',
  catalogKind: 'subscription',
  unit: 'user',
  billing: 'monthly',
  quantity: 25,
  unitPrice: '29.00',
});
const pflege = line({
  name: 'Softwarepflege und Updates',
  catalogKind: 'service',
  unit: 'flat',
  billing: 'yearly',
  unitPrice: '2400.00',
});
const instandhaltung = line({
  name: 'Hardware-Wartung Vor-Ort-Service',
  catalogKind: 'service',
  unit: 'month',
  billing: 'monthly',
  unitPrice: '150.00',
});
const managed = line({
  name: 'Managed Backup und Monitoring',
  catalogKind: 'service',
  unit: 'month',
  billing: 'monthly',
  unitPrice: '450.00',
});
const travel = line({
  name: 'Reisekosten',
  catalogKind: 'travel',
  unit: 'flat',
  unitPrice: '300.00',
});

const recommend = (lines: FactsLine[]) =>
  evbItRecommendation(offerFacts({ lines, clientCountry: 'DE', publicSector: true }));

describe('lineCategory', () => {
  it('reads the category from catalogue kind, billing, unit and wording', () => {
    expect(
      [
        hardware,
        perpetual,
        rental,
        consulting,
        development,
        installation,
        saas,
        pflege,
        instandhaltung,
        managed,
        travel,
      ].map(lineCategory),
    ).toEqual([
      'hardware',
      'licence-perpetual',
      'licence-rental',
      'consulting',
      'custom-development',
      'installation',
      'cloud',
      'software-maintenance',
      'hardware-maintenance',
      'managed-service',
      'other',
    ]);
    expect(lineCategory(line({ name: 'Workshop', unit: 'person-day' }))).toBe('consulting');
    expect(lineCategory(line({ name: 'Notebook' }))).toBe('hardware');
    expect(lineCategory({ ...consulting, category: 'custom-development' })).toBe(
      'custom-development',
    );
  });
});

describe('offerFacts', () => {
  it('derives the condition facts and the annual value per category, without optional and alternative lines', () => {
    const facts = offerFacts({
      lines: [
        saas,
        consulting,
        { ...development, kind: 'optional' },
        { ...hardware, kind: 'alternative' },
      ],
      clientCountry: 'at',
      publicSector: false,
    });
    expect(facts).toEqual({
      hasRecurringLines: true,
      hasCustomDevelopment: false,
      publicSectorClient: false,
      personalDataProcessed: true,
      clientOutsideGermany: true,
      slaAgreed: true,
      hasPaymentPlan: false,
      categories: {
        cloud: { lines: ['Quotient Cloud Business'], annualNet: '8700.00' },
        consulting: { lines: ['Beratung IT-Strategie'], annualNet: '6000.00' },
      },
    });
    const plain = offerFacts({
      lines: [development],
      clientCountry: 'DE',
      publicSector: true,
      slaAgreed: true,
    });
    expect(plain).toMatchObject({
      hasRecurringLines: false,
      hasCustomDevelopment: true,
      publicSectorClient: true,
      personalDataProcessed: false,
      clientOutsideGermany: false,
      slaAgreed: true,
    });
  });

  it('applies the line discount', () => {
    const facts = offerFacts({
      lines: [{ ...consulting, discountPct: '10' }],
      clientCountry: 'DE',
      publicSector: false,
    });
    expect(facts.categories.consulting?.annualNet).toBe('5400.00');
  });

  it('refuses bad input, naming the field', () => {
    expect(() =>
      offerFacts({
        lines: [{ ...consulting, unitPrice: 'teuer' }],
        clientCountry: 'DE',
        publicSector: false,
      }),
    ).toThrow('lines[0].unitPrice');
    expect(() =>
      offerFacts({ lines: [], clientCountry: 'Deutschland', publicSector: false }),
    ).toThrow('clientCountry');
    expect(() =>
      offerFacts({ lines: [], clientCountry: 'DE', publicSector: 'ja' as unknown as boolean }),
    ).toThrow('publicSector');
  });
});

describe('evbItRecommendation', () => {
  it('picks the form by the rules', () => {
    expect(recommend([hardware, travel])?.type).toBe('Kauf');
    expect(recommend([hardware, perpetual])?.type).toBe('Kauf');
    expect(recommend([perpetual])?.type).toBe('Überlassung Typ A');
    expect(recommend([rental])?.type).toBe('Überlassung Typ B');
    expect(recommend([consulting, travel])?.type).toBe('Dienstleistung');
    expect(recommend([development, consulting])?.type).toBe('Erstellung');
    expect(recommend([hardware, development, installation])?.type).toBe('System');
    expect(recommend([hardware, perpetual, installation])?.type).toBe('Systemlieferung');
    expect(recommend([pflege])?.type).toBe('Pflege S');
    expect(recommend([instandhaltung])?.type).toBe('Instandhaltung');
    expect(recommend([managed])?.type).toBe('Service');
    expect(recommend([saas, consulting])?.type).toBe('Cloud');
    expect(recommend([installation])?.type).toBe('Dienstleistung');
    expect(recommend([travel])).toBeNull();
    expect(recommend([])).toBeNull();
  });

  it('gives a one-line reason in both languages, the offer data of the form and further forms to consider', () => {
    expect(recommend([{ ...perpetual, quantity: 10 }, pflege])).toEqual({
      type: 'Überlassung Typ A',
      reason: {
        de: 'Standardsoftware wird gegen Einmalvergütung unbefristet überlassen.',
        en: 'Standard software is licensed perpetually for a one-time fee.',
      },
      offerData: [
        {
          key: 'parties',
          label: {
            de: 'Auftraggeber und Auftragnehmer mit Anschrift und Ansprechpartnern',
            en: 'Client and contractor with addresses and contacts',
          },
        },
        {
          key: 'licences',
          label: {
            de: 'Software-Positionen: Produkt, Lizenzmodell, Anzahl der Lizenzen, Preis',
            en: 'Software lines: product, licence model, number of licences, price',
          },
        },
        {
          key: 'delivery',
          label: { de: 'Liefertermin und Lieferort', en: 'Delivery date and place' },
        },
        {
          key: 'warranty',
          label: {
            de: 'Verjährungsfrist für Mängelansprüche',
            en: 'Limitation period for defect claims',
          },
        },
        {
          key: 'prices',
          label: {
            de: 'Gesamtvergütung netto und brutto, Zahlungsbedingungen',
            en: 'Total fee net and gross, payment terms',
          },
        },
      ],
      alsoConsider: ['Pflege S'],
    });
    expect(
      recommend([hardware, development, installation, consulting, instandhaltung])?.alsoConsider,
    ).toEqual(['Instandhaltung']);
  });

  it('lets the larger part decide between two kinds of lines', () => {
    const bigSaas = { ...saas, quantity: 500 };
    expect(recommend([bigSaas, perpetual])?.type).toBe('Cloud');
    expect(recommend([saas, { ...perpetual, quantity: 20 }])?.type).toBe('Überlassung Typ A');
  });
});
