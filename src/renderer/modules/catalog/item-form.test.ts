import { describe, expect, it } from 'vitest';
import { emptyCatalogItemInput } from '#shared/domain';
import type { CatalogItem } from '#shared/domain';
import { itemFormSchema, readPrice, toItemFormValues } from './item-form';

describe('itemFormSchema', () => {
  const base = { ...emptyCatalogItemInput(), name: 'Switch' };

  it('accepts German prices and stores them with a point', () => {
    const parsed = itemFormSchema.parse({
      ...base,
      purchasePrice: '1.234,50',
      listPrice: '1679,03',
    });
    expect(parsed).toEqual({ ...base, purchasePrice: '1234.50', listPrice: '1679.03' });
  });

  it('keeps an empty purchase price and refuses text or negative prices at the field', () => {
    expect(itemFormSchema.parse({ ...base, purchasePrice: '' }).purchasePrice).toBe('');
    const result = itemFormSchema.safeParse({ ...base, purchasePrice: 'abc', listPrice: '-5' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['purchasePrice', 'validation.decimal'],
      ['listPrice', 'validation.negative'],
    ]);
  });
});

describe('toItemFormValues', () => {
  it('shows stored prices in German notation and drops row metadata', () => {
    const item = {
      ...emptyCatalogItemInput(),
      name: 'Switch',
      purchasePrice: '800.00',
      listPrice: '1679.03',
      id: 'x',
      createdAt: '',
      updatedAt: '',
      createdBy: '',
      updatedBy: '',
      deleted: false,
    } satisfies CatalogItem;
    expect(toItemFormValues(item, 'de')).toEqual({
      ...emptyCatalogItemInput(),
      name: 'Switch',
      purchasePrice: '800,00',
      listPrice: '1679,03',
    });
    expect(toItemFormValues(undefined, 'en').listPrice).toBe('0.00');
  });
});

describe('readPrice', () => {
  it('reads German and plain prices, refuses the rest', () => {
    expect(['1.234,50', '800', '12.5', '', 'zehn', '-3'].map(readPrice)).toEqual([
      '1234.50',
      '800',
      '12.5',
      null,
      null,
      null,
    ]);
  });
});
