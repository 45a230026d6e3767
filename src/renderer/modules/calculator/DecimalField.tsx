import { TextInput } from '@mantine/core';
import type { ChangeEvent } from 'react';

type Props = {
  label: string;
  value: string;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  error: string | undefined;
  /** Unit shown at the right edge: '%', '€', 'PT'. */
  unit?: string;
  testId?: string;
};

/** A text field for a decimal in the UI language's notation (German: 1.234,50). */
export function DecimalField({ label, value, onChange, error, unit, testId }: Props) {
  return (
    <TextInput
      label={label}
      value={value}
      onChange={onChange}
      error={error}
      inputMode="decimal"
      autoComplete="off"
      rightSection={unit}
      rightSectionWidth={unit && unit.length > 1 ? 40 : 28}
      data-testid={testId}
      styles={{ input: { textAlign: 'right' } }}
    />
  );
}
