import { useMemo, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDecimal, formatMoney } from '#shared/money';
import type { DecimalInput } from '#shared/money';
import { runCalculation } from './calculation-form';
import type { CalcOutcome } from './calculation-form';
import { useUiLanguage } from '../../components/useUiLanguage';

type Args<K extends string, R> = {
  initial: Record<K, string>;
  /** Must be stable (useCallback) or the result is recomputed on every render. */
  compute: (inputs: Record<K, string>) => R;
  /** Engine field names that differ from the input keys (e.g. marginPct → dayMarginPct). */
  aliases?: Partial<Record<string, K>>;
  /** The inputs on screen; an error at any other input is shown above the result. */
  visible?: readonly K[];
};

export type CalculatorState<K extends string, R> = {
  values: Record<K, string>;
  setValue: (key: K, value: string) => void;
  outcome: CalcOutcome<R>;
  /** Props for an input: value, onChange and the translated error when the engine names it. */
  fieldProps: (key: K) => {
    value: string;
    onChange: (event: ChangeEvent<HTMLInputElement>) => void;
    error: string | undefined;
  };
  /** An error or hint that belongs to no visible input (shown above the result). */
  message: { kind: 'error' | 'hint'; text: string } | null;
  money: (value: DecimalInput) => string;
  decimal: (value: DecimalInput, decimals?: number) => string;
};

/** Live calculator state: inputs in the UI language, the outcome, errors placed at their fields. */
export function useCalculator<K extends string, R>({
  initial,
  compute,
  aliases = {},
  visible,
}: Args<K, R>): CalculatorState<K, R> {
  const { t } = useTranslation();
  const locale = useUiLanguage();
  const [values, setValues] = useState(initial);
  const outcome = useMemo(() => {
    // Hidden inputs (another mode's) count as blank, so stale text there cannot block a result.
    const considered = Object.fromEntries(
      Object.entries<string>(values).map(([key, value]) => [
        key,
        visible === undefined || visible.includes(key as K) ? value : '',
      ]),
    ) as Record<K, string>;
    return runCalculation({ values: considered, locale, compute });
  }, [values, locale, compute, visible]);
  const keyOf = (field: string): K | undefined =>
    aliases[field] ?? (field in values ? (field as K) : undefined);
  const shown = (key: K | undefined) =>
    key !== undefined && (visible === undefined || visible.includes(key));
  const errorKey =
    outcome.status === 'error' && shown(keyOf(outcome.field)) ? keyOf(outcome.field) : undefined;
  const label = (field: string) => t(`calculator.fields.${keyOf(field) ?? field}`);

  let message: CalculatorState<K, R>['message'] = null;
  if (outcome.status === 'incomplete') {
    message = { kind: 'hint', text: t('calculator.incomplete', { field: label(outcome.field) }) };
  } else if (outcome.status === 'error' && errorKey === undefined) {
    const text = t(`calculator.errors.${outcome.code}`);
    message = {
      kind: 'error',
      text: outcome.field
        ? t('calculator.errorAt', { field: label(outcome.field), message: text })
        : text,
    };
  }

  return {
    values,
    setValue: (key, value) => setValues((current) => ({ ...current, [key]: value })),
    outcome,
    fieldProps: (key) => ({
      value: values[key],
      onChange: (event) => {
        const value = event.currentTarget.value;
        setValues((current) => ({ ...current, [key]: value }));
      },
      error:
        outcome.status === 'error' && errorKey === key
          ? t(`calculator.errors.${outcome.code}`)
          : undefined,
    }),
    message,
    money: (value) => formatMoney(value, 'EUR', locale),
    decimal: (value, decimals) => formatDecimal(value, locale, decimals),
  };
}
