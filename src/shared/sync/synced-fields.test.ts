import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { SYNCED_FIELDS, checkChange, checkField, storedForm } from './synced-fields';

const change = (table: string, field: string, value: unknown, id = 'r1') => ({
  table,
  id,
  field,
  value,
});
const reasons = (changes: ReturnType<typeof change>[]) =>
  changes.map((entry) => checkChange(entry)?.reason ?? 'ok');

describe('synced fields', () => {
  it('refuses reserved fields in every table, known or not, and unknown fields of known tables', () => {
    for (const table of [...Object.keys(SYNCED_FIELDS), 'leadScores']) {
      for (const field of ['id', 'fieldClocks', '__proto__', 'constructor', 'prototype']) {
        expect(checkField({ table, field })?.reason).toBe('reserved-field');
      }
    }
    expect(checkField({ table: 'clients', field: 'shoeSize' })).toEqual({
      reason: 'unknown-field',
      message: 'clients has no field shoeSize',
    });
    // A newer client's table is not judged here; settings rows take any identifier.
    expect(checkField({ table: 'leadScores', field: 'score' })).toBeUndefined();
    expect(checkField({ table: 'settings', field: 'invoiceFooter' })).toBeUndefined();
  });

  it('knows every field a stored row of each table carries besides its id and clocks', () => {
    const meta = ['createdAt', 'updatedAt', 'createdBy', 'updatedBy', 'deleted'];
    expect(Object.keys(SYNCED_FIELDS.offers).sort()).toEqual(
      [
        ...meta,
        ...['clientId', 'opportunityId', 'contactId', 'title', 'date', 'validUntil', 'currency'],
        ...['exchangeRate', 'language', 'paymentTermsDays', 'cashDiscountPct'],
        ...['cashDiscountDays', 'termMonths', 'discountPct', 'reverseCharge', 'customerView'],
        ...['notes', 'number', 'revision', 'rootId', 'variantGroupId', 'variantName', 'status'],
        ...['sentAt', 'contentHash', 'acceptedAt', 'rejectionReason', 'whyUsAnalysisId'],
      ].sort(),
    );
    expect(Object.keys(SYNCED_FIELDS.offerChapters).sort()).toEqual(
      [...meta, 'offerId', 'textBlockId', 'position', 'title', 'body'].sort(),
    );
  });

  it('checks a value against the form of the stored field: types, enums and formats, not entry limits', () => {
    expect(
      reasons([
        change('clients', 'name', 'x'.repeat(5_000)),
        change('clients', 'name', ''),
        change('clients', 'tags', ['a', 'b']),
        change('clients', 'country', 'de'),
        change('offerLines', 'estimate', null),
        change('offerLines', 'estimate', {
          optimistic: '1',
          mostLikely: '2',
          pessimistic: '4',
          riskPct: '10',
        }),
        change('offerLines', 'quantity', '2.5'),
        change('offerLines', 'discountPct', ''),
        change('offers', 'status', 'sent'),
        change('offers', 'revision', 3),
        change('documents', 'sha256', 'a'.repeat(64)),
        change('catalogItems', 'datasheetSha256', ''),
      ]),
    ).toEqual(Array(12).fill('ok'));
    expect(
      reasons([
        change('clients', 'name', { de: 'Objekt' }),
        change('clients', 'tags', [1]),
        change('offerLines', 'quantity', 'zwei'),
        change('offerLines', 'quantity', 2),
        change('offerLines', 'estimate', { optimistic: '1' }),
        change('offers', 'status', 'archived'),
        change('offers', 'revision', '3'),
        change('documents', 'sha256', 'not a hash'),
        change('contacts', 'primary', 'true'),
      ]),
    ).toEqual(Array(9).fill('invalid-value'));
  });

  it('checks the known fields of the known settings rows and lets other settings through', () => {
    expect(
      reasons([
        change('settings', 'name', 'Muster GmbH', 'company'),
        change('settings', 'name', { x: 1 }, 'company'),
        change('settings', 'defaultValidityDays', '30', 'offers'),
        change('settings', 'exchangeRates', { CHF: '0.94', USD: '1.08', GBP: '0.85' }, 'offers'),
        change('settings', 'exchangeRates', { CHF: 0.94 }, 'offers'),
        change('settings', 'deleted', 'no', 'company'),
        change('settings', 'name', { any: 'json' }, 'invoices'),
        change('settings', 'id', 'offers', 'company'),
      ]),
    ).toEqual([
      'ok',
      'invalid-value',
      'invalid-value',
      'ok',
      'invalid-value',
      'invalid-value',
      'ok',
      'reserved-field',
    ]);
  });

  it('derives stored forms through pipes, unions and optionals, and refuses a schema it cannot read', () => {
    const form = storedForm(
      z.object({
        code: z
          .string()
          .trim()
          .transform((value) => value.toUpperCase())
          .pipe(z.string().regex(/^[A-Z]{2}$/)),
        note: z.string().max(3).optional(),
        rate: z.union([z.literal(''), z.string().regex(/^\d+$/)]),
      }),
    );
    expect(form.safeParse({ code: 'de ', note: 'longer', rate: '' }).success).toBe(true);
    expect(form.safeParse({ code: 'DE', rate: 'x' }).success).toBe(false);
    expect(() => storedForm(z.date())).toThrow('No stored form for a zod date');
  });

  it('reads a recursive schema (a clause condition) through its lazy getter', () => {
    const form = SYNCED_FIELDS.contractClauses.condition!;
    expect(
      form.safeParse({ all: [{ fact: 'slaAgreed' }, { not: { fact: 'hasRecurringLines' } }] })
        .success,
    ).toBe(true);
    expect(form.safeParse(null).success).toBe(true);
    expect(form.safeParse({ all: [{ fact: 'sunshine' }] }).success).toBe(false);
    expect(form.safeParse({ not: 'slaAgreed' }).success).toBe(false);
  });
});
