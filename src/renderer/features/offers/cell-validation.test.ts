import { describe, expect, it } from 'vitest';
import { validateLineField } from './cell-validation';

describe('validateLineField', () => {
  it('accepts decimals and flags everything else with a message key', () => {
    expect([
      validateLineField('quantity', '2.5'),
      validateLineField('quantity', ''),
      validateLineField('quantity', 'zwei'),
      validateLineField('quantity', '-1'),
      validateLineField('quantity', '1e3'),
      validateLineField('unitPrice', '-20.00'),
      validateLineField('discountPct', ''),
      validateLineField('discountPct', '100'),
      validateLineField('discountPct', '100.01'),
      validateLineField('unitCost', ''),
      validateLineField('unitCost', 'Infinity'),
      validateLineField('unitCost', 'NaN'),
    ]).toEqual([
      null,
      'validation.required',
      'validation.decimal',
      'validation.negative',
      'validation.decimal',
      null,
      null,
      null,
      'validation.percentRange',
      null,
      'validation.decimal',
      'validation.decimal',
    ]);
  });
});
