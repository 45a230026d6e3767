import { CalculationError } from '#shared/calculation';
import type { CalculationErrorCode } from '#shared/calculation';
import { MoneyError, parseLocaleDecimal } from '#shared/money';
import type { MoneyLocale } from '#shared/money';

/** What a calculator card shows: a result, a hint for the first missing input, or an error at a field. */
export type CalcOutcome<R> =
  | { status: 'ok'; result: R }
  | { status: 'incomplete'; field: string }
  | { status: 'error'; field: string; code: CalculationErrorCode };

/** The money locale for a UI language ('de-DE' → 'de'); German unless English. */
export function toMoneyLocale(language: string | undefined): MoneyLocale {
  return language?.startsWith('en') ? 'en' : 'de';
}

/**
 * Turns what the user typed in the UI language ("1.234,50" in German) into plain decimal
 * strings ("1234.50"); blank stays ''. Returns the first field that is not a number.
 */
export function readLocaleInputs<K extends string>(
  values: Record<K, string>,
  locale: MoneyLocale,
): { inputs: Record<K, string> } | { invalid: K } {
  const inputs = {} as Record<K, string>;
  for (const key of Object.keys(values) as K[]) {
    const text = values[key].trim();
    if (text === '') {
      inputs[key] = '';
      continue;
    }
    try {
      inputs[key] = parseLocaleDecimal(text, locale).toFixed();
    } catch (error) {
      if (error instanceof MoneyError) return { invalid: key };
      throw error;
    }
  }
  return { inputs };
}

/**
 * Reads the inputs and runs one calculation. A CalculationError becomes an error at its
 * field (a missing value only a hint), so the screen never shows NaN or Infinity.
 */
export function runCalculation<K extends string, R>({
  values,
  locale,
  compute,
}: {
  values: Record<K, string>;
  locale: MoneyLocale;
  compute: (inputs: Record<K, string>) => R;
}): CalcOutcome<R> {
  const read = readLocaleInputs(values, locale);
  if ('invalid' in read) return { status: 'error', field: read.invalid, code: 'decimal' };
  try {
    return { status: 'ok', result: compute(read.inputs) };
  } catch (error) {
    if (error instanceof CalculationError) {
      return error.code === 'required'
        ? { status: 'incomplete', field: error.field }
        : { status: 'error', field: error.field, code: error.code };
    }
    if (error instanceof MoneyError) return { status: 'error', field: '', code: 'decimal' };
    throw error;
  }
}
