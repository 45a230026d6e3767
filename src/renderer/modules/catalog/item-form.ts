import { z } from 'zod';
import { catalogItemInputSchema, emptyCatalogItemInput } from '#shared/domain';
import type { CatalogItem, CatalogItemInput } from '#shared/domain';
import { displayDecimal, normalizeDecimalInput } from '../../components/decimal-input';

/** A form field that reads German notation ("1.234,50" → "1234.50") before the domain schema. */
export function localizedDecimal<S extends z.ZodType<unknown, string>>(schema: S) {
  return z.string().transform(normalizeDecimalInput).pipe(schema);
}

/** The item schema with its price fields read in German notation first. */
export const itemFormSchema = catalogItemInputSchema.extend({
  purchasePrice: localizedDecimal(catalogItemInputSchema.shape.purchasePrice),
  listPrice: localizedDecimal(catalogItemInputSchema.shape.listPrice),
});
export type ItemFormValues = z.input<typeof itemFormSchema>;

/** The editable fields of an item (or a new one), prices shown in the UI language. */
export function toItemFormValues(item: CatalogItem | undefined, language: string): ItemFormValues {
  const base = emptyCatalogItemInput();
  const input: CatalogItemInput = item
    ? (Object.fromEntries(
        Object.keys(base).map((key) => [key, item[key as keyof CatalogItemInput]]),
      ) as CatalogItemInput)
    : base;
  return {
    ...input,
    purchasePrice: displayDecimal(input.purchasePrice, language),
    listPrice: displayDecimal(input.listPrice, language),
  };
}

/** A typed price as a plain decimal string, or null when it is not one. */
export function readPrice(value: string): string | null {
  const normalized = normalizeDecimalInput(value);
  return /^\d{1,13}(\.\d{1,6})?$/.test(normalized) ? normalized : null;
}
