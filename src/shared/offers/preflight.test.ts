import { describe, expect, it } from 'vitest';
import type { CatalogItem, OfferLine, OfferSettings } from '../domain';
import { defaultOfferSettings, emptyCompanyProfile } from '../domain';
import { makeLine, makeOffer, makeSection } from '#test/offer-fixtures';
import { blocks, checkOffer, planFindings } from './preflight';
import type { CheckOfferArgs } from './preflight';

const TODAY = '2026-12-01';
const company = {
  ...emptyCompanyProfile(),
  name: 'Muster IT-Beratung GmbH',
  logo: 'data:image/png;base64,iVBORw0KGgo=',
};
const makeOfferSettings = (overrides: Partial<OfferSettings>) => ({
  ...defaultOfferSettings(),
  ...overrides,
});
const client = { id: 'client-1', country: 'DE', vatId: '' };
const costed = (overrides: Partial<OfferLine> = {}) =>
  makeLine({ unitPrice: '100.00', unitCost: '60.00', ...overrides });

const args = (overrides: Partial<CheckOfferArgs> = {}): CheckOfferArgs => ({
  offer: makeOffer(),
  sections: [makeSection()],
  lines: [costed()],
  catalog: new Map(),
  settings: makeOfferSettings({ minMarginPct: '20' }),
  company,
  client,
  today: TODAY,
  ...overrides,
});
const codes = (overrides: Partial<CheckOfferArgs>) =>
  checkOffer(args(overrides)).map((finding) => [finding.code, finding.severity]);

describe('checkOffer', () => {
  it('finds nothing in a complete, valid offer', () => {
    expect(checkOffer(args())).toEqual([]);
  });

  it('an offer without counted lines is empty (optional lines and deleted ones do not count)', () => {
    expect(
      codes({
        lines: [
          costed({ id: 'opt', kind: 'optional' }),
          costed({ id: 'gone', deleted: true }),
          // A line of a section that no longer exists is shown nowhere.
          costed({ id: 'orphan', sectionId: 'section-x' }),
        ],
      }),
    ).toEqual([['empty', 'error']]);
  });

  it('a negative price is an error unless the line is marked as a credit', () => {
    const credit = (overrides: Partial<OfferLine>) =>
      costed({ id: 'c', position: 'a1', unitPrice: '-10.00', unitCost: '', ...overrides });
    expect(checkOffer(args({ lines: [costed(), credit({})] }))).toEqual([
      {
        code: 'negativeNotCredit',
        severity: 'error',
        target: { kind: 'line', lineId: 'c' },
        lineIds: ['c'],
        params: { count: 1 },
      },
    ]);
    expect(codes({ lines: [costed(), credit({ credit: true })] })).toEqual([]);
  });

  it('lists the lines without a purchase price once, with the net the margin leaves out', () => {
    const lines = [
      costed(),
      costed({ id: 'b', position: 'a2', unitCost: '' }),
      costed({ id: 'a', position: 'a1', unitCost: '' }),
    ];
    expect(checkOffer(args({ lines }))).toEqual([
      {
        code: 'noCost',
        severity: 'warning',
        target: { kind: 'line', lineId: 'a' },
        lineIds: ['a', 'b'],
        params: { count: 2, amount: '200.00' },
      },
    ]);
  });

  it('warns about lines and an offer below the minimum margin', () => {
    const lines = [costed(), costed({ id: 'thin', position: 'a1', unitCost: '95.00' })];
    // Offer: 200 at 155 → 22.5 %; line "thin" 5 %.
    expect(codes({ lines })).toEqual([['lowMarginLines', 'warning']]);
    expect(
      checkOffer(args({ lines, settings: makeOfferSettings({ minMarginPct: '25' }) })).map(
        (finding) => [finding.code, finding.params],
      ),
    ).toEqual([
      ['lowMarginLines', { count: 1, min: '25' }],
      ['lowMarginOffer', { min: '25', marginPct: '22.50', margin: '45.00' }],
    ]);
    expect(codes({ lines, settings: makeOfferSettings({ minMarginPct: '' }) })).toEqual([]);
  });

  it('needs a company profile, and asks about a missing logo', () => {
    expect(codes({ company: null })).toEqual([['noCompany', 'error']]);
    expect(codes({ company: { ...company, name: '  ' } })).toEqual([['noCompany', 'error']]);
    expect(checkOffer(args({ company: { ...company, logo: '' } }))).toEqual([
      { code: 'noLogo', severity: 'warning', target: { kind: 'company' } },
    ]);
  });

  it('refuses reverse charge for a domestic client and questions it without an EU VAT id', () => {
    const offer = makeOffer({ reverseCharge: true });
    expect(checkOffer(args({ offer }))).toEqual([
      {
        code: 'reverseChargeDomestic',
        severity: 'error',
        target: { kind: 'offerField', field: 'reverseCharge' },
        params: { country: 'DE' },
      },
    ]);
    const austrian = { id: 'client-1', country: 'AT', vatId: 'ATU13585627' };
    expect(codes({ offer, client: austrian })).toEqual([]);
    expect(codes({ offer, client: { ...austrian, vatId: '' } })).toEqual([
      ['reverseChargeUnfounded', 'warning'],
    ]);
  });

  it('an alternative must replace a live normal line; a different billing only warns', () => {
    const base = costed({ id: 'base', originId: 'o-base' });
    const alt = (id: string, replacesOriginId: string, overrides: Partial<OfferLine> = {}) =>
      costed({ id, position: `b${id}`, kind: 'alternative', replacesOriginId, ...overrides });
    const optional = costed({ id: 'opt', position: 'a5', originId: 'o-opt', kind: 'optional' });
    const findings = checkOffer(
      args({
        lines: [
          base,
          optional,
          alt('1', ''),
          alt('2', 'o-gone'),
          alt('3', 'o-opt'),
          alt('4', 'o-base', { billing: 'monthly' }),
          alt('5', 'o-base'),
        ],
      }),
    );
    expect(findings.map((finding) => [finding.code, finding.target])).toEqual([
      ['alternativeNoTarget', { kind: 'line', lineId: '1' }],
      ['alternativeTargetMissing', { kind: 'line', lineId: '2' }],
      ['alternativeTargetNotNormal', { kind: 'line', lineId: '3' }],
      ['alternativeBillingDiffers', { kind: 'line', lineId: '4' }],
    ]);
  });

  it('an offer valid through yesterday is expired; through today it is not', () => {
    expect(codes({ offer: makeOffer({ validUntil: TODAY }) })).toEqual([]);
    expect(checkOffer(args({ offer: makeOffer({ validUntil: '2026-11-30' }) }))).toEqual([
      {
        code: 'expired',
        severity: 'error',
        target: { kind: 'offerField', field: 'validUntil' },
        params: { validUntil: '2026-11-30', today: TODAY },
      },
    ]);
  });

  it('notices catalog prices changed since the line was added, in the offer currency', () => {
    const item = (id: string, overrides: Partial<CatalogItem> = {}): [string, CatalogItem] => [
      id,
      {
        sku: id,
        name: 'Server R450',
        kind: 'hardware',
        unit: 'piece',
        purchasePrice: '60.00',
        listPrice: '100.00',
        currency: 'EUR',
        vatPct: '19',
        billing: 'one-time',
        description: '',
        roleId: '',
        datasheetSha256: '',
        datasheetName: '',
        active: true,
        id,
        createdAt: '',
        updatedAt: '',
        createdBy: '',
        updatedBy: '',
        deleted: false,
        ...overrides,
      },
    ];
    const catalog = new Map([
      item('same'),
      item('raised', { listPrice: '110.00' }),
      item('gone', { listPrice: '1.00', deleted: true }),
      item('usd', { listPrice: '108.00', currency: 'USD' }),
    ]);
    const line = (id: string, catalogItemId: string) =>
      costed({ id, position: `a${id}`, catalogItemId, unitPrice: '100.0' });
    const lines = [line('1', 'same'), line('2', 'raised'), line('3', 'gone'), line('4', 'usd')];
    // 108 USD at 1.08 per EUR is 100.00 EUR: unchanged.
    expect(checkOffer(args({ lines, catalog }))).toEqual([
      {
        code: 'catalogPriceChanged',
        severity: 'warning',
        target: { kind: 'line', lineId: '2' },
        params: { name: 'Server', linePrice: '100.0', listPrice: '110.00' },
      },
    ]);
  });

  it('reports unknown placeholders and missing chapters', () => {
    expect(
      checkOffer(args({ unknownPlaceholders: ['kunde.foo', 'x'], missingChapters: 2 })),
    ).toEqual([
      {
        code: 'unknownPlaceholders',
        severity: 'warning',
        target: { kind: 'chapters' },
        params: { names: '{{kunde.foo}}, {{x}}' },
      },
      {
        code: 'missingChapters',
        severity: 'warning',
        target: { kind: 'chapters' },
        params: { count: 2 },
      },
    ]);
  });

  it('puts errors before warnings', () => {
    const findings = checkOffer(
      args({ company: { ...company, logo: '' }, offer: makeOffer({ validUntil: '2026-01-01' }) }),
    );
    expect(findings.map((finding) => finding.code)).toEqual(['expired', 'noLogo']);
  });
});

describe('blocks', () => {
  const error = { code: 'empty', severity: 'error', target: { kind: 'lines' } } as const;
  const warning = { code: 'noLogo', severity: 'warning', target: { kind: 'company' } } as const;
  it('errors block, warnings do not; a frozen revision is never blocked', () => {
    expect([
      blocks([warning]),
      blocks([warning, error]),
      blocks([error], { frozen: true }),
    ]).toEqual([false, true, false]);
  });
});

describe('planFindings', () => {
  it('turns every problem of the project plan into an error that points at the plan tab', () => {
    const findings = planFindings([
      {
        kind: 'cycle',
        packageIds: ['a', 'b'],
        names: ['1.2 Konzeption', '2.1 Umsetzung', '1.2 Konzeption'],
        message: 'planning.problems.cycle',
      },
      { kind: 'payment-sum', sum: '90.00', message: 'planning.problems.paymentSum' },
      { kind: 'estimate-order', packageId: 'c', name: '2.2 Test', message: 'x' },
      { kind: 'instalment-milestone', instalmentId: 'i', label: 'Abnahme', message: 'x' },
    ]);
    expect(findings).toEqual([
      {
        code: 'planCycle',
        severity: 'error',
        target: { kind: 'plan' },
        params: { names: '1.2 Konzeption → 2.1 Umsetzung → 1.2 Konzeption' },
      },
      {
        code: 'planPaymentSum',
        severity: 'error',
        target: { kind: 'plan' },
        params: { sum: '90.00' },
      },
      {
        code: 'planEstimate',
        severity: 'error',
        target: { kind: 'plan' },
        params: { name: '2.2 Test' },
      },
      {
        code: 'planInstalmentMilestone',
        severity: 'error',
        target: { kind: 'plan' },
        params: { name: 'Abnahme' },
      },
    ]);
    expect(planFindings([])).toEqual([]);
  });
});
