import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseOfferBundle } from './import';
import { offerBundleSchema } from './schema';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../../test/fixtures/${name}`, import.meta.url), 'utf8'));
const example = fixture('offer-bundle-example.json');

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A fresh copy of the example bundle, changed by `edit`. */
function variant(edit: (bundle: Json) => void = () => {}): Json {
  const bundle = structuredClone(example) as Json;
  edit(bundle);
  return bundle;
}

const problemsOf = (json: unknown) => {
  const result = parseOfferBundle(json);
  return result.ok ? [] : result.problems;
};

describe('offerBundleSchema', () => {
  it('accepts the example bundle of the issue unchanged', () => {
    const result = parseOfferBundle(example);
    expect(result.ok).toBe(true);
    expect(offerBundleSchema.safeParse(example).success).toBe(true);
  });

  it('accepts the example of docs/offer-bundle.md', () => {
    const docs = readFileSync(new URL('../../../docs/offer-bundle.md', import.meta.url), 'utf8');
    const json = /```json\n([\s\S]*?)```/.exec(docs)?.[1] ?? '';
    expect(parseOfferBundle(json)).toMatchObject({ ok: true });
  });

  it('accepts the file text as well as parsed JSON', () => {
    expect(parseOfferBundle(JSON.stringify(example))).toEqual(parseOfferBundle(example));
  });

  it('keeps unknown fields so that bundles from a newer Quotient open', () => {
    const result = parseOfferBundle(
      variant((bundle) => {
        bundle.signature = { by: 'someone' };
        bundle.offer.sections[0].lines[0].catalogSku = 'SW-48';
      }),
    );
    expect(result.ok && result.bundle.offer.sections[0]?.lines[0]).toMatchObject({
      catalogSku: 'SW-48',
    });
  });

  it('accepts every optional field the format documents', () => {
    const result = parseOfferBundle(
      variant((bundle) => {
        Object.assign(bundle.company, {
          taxNumber: '103/5555/0001',
          commercialRegister: 'HRB 12345, AG Düsseldorf',
          managingDirectors: 'Eva Beispiel',
          bankName: 'Commerzbank',
          bic: 'COBADEFFXXX',
          email: 'info@beispiel.example',
          phone: '+49 211 123456',
          website: 'https://beispiel.example',
          brandColor: '#0a5c36',
          logo: 'data:image/png;base64,iVBORw0KGgo=',
        });
        Object.assign(bundle.client, { vatId: 'DE811569869', contactName: 'Frau Anna Schmidt' });
        Object.assign(bundle.offer, {
          currency: 'CHF',
          exchangeRate: '0.94',
          reverseCharge: true,
          paymentTermsDays: 30,
          cashDiscountPct: '2',
          cashDiscountDays: 10,
        });
        bundle.offer.sections[0].lines.push({
          name: 'Switch 24 Port',
          quantity: '4',
          unit: 'piece',
          unitPrice: '1490.00',
          vatPct: '7.5',
          billing: 'yearly',
          kind: 'alternative',
          replaces: 'sections[0].lines[0]',
          description: 'Kleiner',
          unitCost: '1100.00',
          estimate: null,
        });
        bundle.textBlocks = [{ title: 'Ausgangslage', body: 'Text' }];
        bundle.author = { name: 'Max Muster', position: 'Vertrieb', email: '', phone: '' };
      }),
    );
    expect(result).toMatchObject({ ok: true });
  });

  it('lists every problem of a broken bundle with its JSON path', () => {
    const broken = variant((bundle) => {
      delete bundle.offer.number;
      bundle.offer.currency = 'JPY';
      bundle.offer.sections[1].lines[0].quantity = 'abc';
      bundle.offer.sections[2].lines[0].billing = 'weekly';
      bundle.offer.sections[0].lines[1].vatPct = '101';
      bundle.offer.sections[0].lines[0].unitPrice = 2190;
      bundle.client.country = 'Germany';
    });
    expect(problemsOf(broken)).toEqual([
      {
        path: 'client.country',
        message: 'must be a two-letter country code (ISO 3166-1), e.g. "DE" (got "GERMANY")',
      },
      { path: 'offer.number', message: 'is required' },
      { path: 'offer.currency', message: 'expected one of "EUR"|"CHF"|"USD"|"GBP" (got "JPY")' },
      {
        path: 'offer.sections[0].lines[0].unitPrice',
        message: 'must be a string: decimals are written as strings, e.g. "12.50" (got 2190)',
      },
      {
        path: 'offer.sections[0].lines[1].vatPct',
        message: 'must be a percentage from 0 to 100, written as a string, e.g. "19" (got "101")',
      },
      {
        path: 'offer.sections[1].lines[0].quantity',
        message: 'must be a decimal number written as a string, e.g. "12.50" (got "abc")',
      },
      {
        path: 'offer.sections[2].lines[0].billing',
        message: 'expected one of "one-time"|"monthly"|"yearly" (got "weekly")',
      },
    ]);
  });

  it('takes an offer not in EUR without an exchange rate (its amounts are in that currency)', () => {
    const foreign = (edit: (bundle: Json) => void = () => {}) =>
      problemsOf(
        variant((bundle) => {
          bundle.offer.currency = 'CHF';
          delete bundle.offer.exchangeRate;
          edit(bundle);
        }),
      );
    expect(foreign()).toEqual([]);
    expect(foreign((bundle) => (bundle.offer.exchangeRate = ''))).toEqual([]);
    expect(foreign((bundle) => (bundle.offer.exchangeRate = '0.94'))).toEqual([]);
    expect(foreign((bundle) => (bundle.offer.exchangeRate = '0'))).toEqual([
      {
        path: 'offer.exchangeRate',
        message: 'must be an exchange rate above 0 (1 EUR = rate units) (got "0")',
      },
    ]);
  });

  it('refuses impossible calendar dates', () => {
    expect(
      problemsOf(
        variant((bundle) => {
          bundle.offer.date = '2026-02-30';
          bundle.offer.validUntil = '2026-04-31';
        }),
      ),
    ).toEqual([
      { path: 'offer.date', message: 'must be a date YYYY-MM-DD (got "2026-02-30")' },
      { path: 'offer.validUntil', message: 'must be a date YYYY-MM-DD (got "2026-04-31")' },
    ]);
  });

  it('refuses characters no document can hold, in texts and text-block bodies', () => {
    const message =
      'must not contain control characters (other than tab and line breaks), U+FFFE, U+FFFF or unpaired surrogates';
    expect(
      problemsOf(
        variant((bundle) => {
          bundle.client.name = 'Musterbau\u0001 AG';
          bundle.textBlocks = [{ title: 'Ausgangslage', body: 'Text\uFFFF' }];
        }),
      ),
    ).toEqual([
      { path: 'client.name', message },
      { path: 'textBlocks[0].body', message },
    ]);
  });

  it('refuses a wrong format, a newer version and a validity before the date', () => {
    expect(
      problemsOf(
        variant((bundle) => {
          bundle.format = 'quotient.offer';
          bundle.version = 2;
          bundle.offer.validUntil = '2026-11-01';
        }),
      ),
    ).toEqual([
      { path: 'format', message: 'must be "quotient.offer-bundle" (got "quotient.offer")' },
      {
        path: 'version',
        message: 'version 2 was written by a newer Quotient; this one reads version 1',
      },
      { path: 'offer.validUntil', message: 'must not be before the offer date' },
    ]);
  });

  it('checks the types of the required fields named by the issue', () => {
    expect(
      problemsOf(
        variant((bundle) => {
          bundle.offer.revision = 0;
          bundle.offer.date = '02.11.2026';
          bundle.offer.language = 'fr';
          bundle.offer.discountPct = '-1';
          bundle.offer.termMonths = 1.5;
          bundle.offer.reverseCharge = 'no';
          bundle.offer.sections[0].lines[2].kind = 'extra';
          delete bundle.company.iban;
          delete bundle.client.city;
        }),
      ).map((problem) => problem.path),
    ).toEqual([
      'company.iban',
      'client.city',
      'offer.revision',
      'offer.date',
      'offer.language',
      'offer.discountPct',
      'offer.termMonths',
      'offer.reverseCharge',
      'offer.sections[0].lines[2].kind',
    ]);
  });

  it('checks that an alternative names an existing other line as sections[i].lines[j]', () => {
    const alternative = (replaces: unknown) =>
      problemsOf(
        variant((bundle) => {
          Object.assign(bundle.offer.sections[0].lines[2], { kind: 'alternative', replaces });
        }),
      );
    const at = 'offer.sections[0].lines[2].replaces';
    expect(alternative('sections[0].lines[0]')).toEqual([]);
    expect(alternative('offer.sections[1].lines[0]')).toEqual([]);
    expect(alternative('Switch 48 Port')).toEqual([
      {
        path: at,
        message:
          'must name the replaced line as "sections[i].lines[j]" (0-based), not "Switch 48 Port"',
      },
    ]);
    expect(alternative('sections[3].lines[0]')).toEqual([
      { path: at, message: 'refers to sections[3].lines[0], which does not exist' },
    ]);
    expect(alternative('sections[0].lines[2]')).toEqual([
      { path: at, message: 'an alternative cannot replace itself' },
    ]);
  });

  it('reports input that is not a bundle at all', () => {
    expect(problemsOf('{ not json')).toEqual([
      { path: '', message: expect.stringMatching(/^is not JSON: SyntaxError/) },
    ]);
    expect(problemsOf([1, 2])).toEqual([{ path: '', message: 'must be an object, not array' }]);
    expect(problemsOf(null)).toEqual([{ path: '', message: 'must be an object, not null' }]);
  });
});
