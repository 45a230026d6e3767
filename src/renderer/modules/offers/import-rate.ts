import { exchangeRateSchema, msg } from '#shared/domain';
import { normalizeDecimalInput } from '../../components/decimal-input';

export type ImportRateResult = { ok: true; rate: string } | { ok: false; error: string };

/**
 * The exchange rate typed in the import dialog (1 EUR = rate units), in the UI language's
 * notation ("0,94" in German): the plain decimal string, or the i18n key of what is wrong.
 */
export function readImportRate(text: string, language: 'de' | 'en'): ImportRateResult {
  const rate = normalizeDecimalInput(text, language);
  if (rate === '') return { ok: false, error: msg.required };
  const parsed = exchangeRateSchema.safeParse(rate);
  if (parsed.success) return { ok: true, rate: parsed.data };
  return { ok: false, error: parsed.error.issues[0]?.message ?? msg.decimal };
}
