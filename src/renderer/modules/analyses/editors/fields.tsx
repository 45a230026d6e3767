import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { translateIssue } from '../../../i18n';
import type { DraftErrors, FieldError } from './draft';

/** The translated message of a field error (undefined when the field is valid). */
export function useFieldMessage() {
  const { t } = useTranslation();
  return (error: FieldError | undefined): string | undefined => {
    if (!error) return undefined;
    if (error.key === 'invalid') return translateIssue(t, error.values?.detail);
    return t(`analysisEditors.errors.${error.key}`, error.values);
  };
}

type NumberFieldProps = {
  label?: string;
  ariaLabel?: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  testId?: string;
  width?: number;
  disabled?: boolean;
};

const inputRight = { input: { textAlign: 'right' as const } };

/**
 * A number as typed (German or English notation); the draft decides whether it is valid.
 * Memoised: a keystroke in a matrix re-renders only the cell typed in (and what depends on its
 * value), not all of its fields. `onChange` may be a new function each render: every caller's
 * handler updates the draft functionally, keyed by what `ariaLabel`/`testId` name, so a field
 * whose other props are unchanged may keep calling the one it was rendered with.
 */
export const NumberField = memo(
  function NumberField({
    label,
    ariaLabel,
    value,
    onChange,
    error,
    testId,
    width,
    disabled,
  }: NumberFieldProps) {
    return (
      <TextInput
        label={label}
        aria-label={ariaLabel ?? label}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
        error={error}
        inputMode="decimal"
        w={width}
        disabled={disabled}
        data-testid={testId}
        styles={inputRight}
      />
    );
  },
  (before, after) =>
    before.label === after.label &&
    before.ariaLabel === after.ariaLabel &&
    before.value === after.value &&
    before.error === after.error &&
    before.testId === after.testId &&
    before.width === after.width &&
    before.disabled === after.disabled,
);

type StringListProps = {
  label: string;
  items: string[];
  onChange: (items: string[]) => void;
  /** The errors' path prefix of this list (`swot.strengths`). */
  path: string;
  errors: DraftErrors;
  testId: string;
};

/** A list of short texts: edit in place, remove, add a new one with Enter or the button. */
export function StringListEditor({
  label,
  items,
  onChange,
  path,
  errors,
  testId,
}: StringListProps) {
  const { t } = useTranslation();
  const message = useFieldMessage();
  const [next, setNext] = useState('');
  const add = () => {
    if (next.trim() === '') return;
    onChange([...items, next.trim()]);
    setNext('');
  };
  return (
    <Stack gap={4} data-testid={testId}>
      <Text fw={600} size="sm">
        {label}
      </Text>
      {items.map((item, index) => (
        <Group key={index} gap={4} wrap="nowrap" align="flex-start">
          <Text size="xs" c="dimmed" w={18} pt={8}>
            {index + 1}.
          </Text>
          <TextInput
            aria-label={`${label} ${index + 1}`}
            value={item}
            onChange={(event) => {
              const value = event.currentTarget.value;
              onChange(items.map((old, at) => (at === index ? value : old)));
            }}
            error={message(errors[`${path}.${index}`])}
            style={{ flex: 1 }}
            size="xs"
            data-testid={`${testId}-item-${index}`}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            mt={4}
            aria-label={t('analysisEditors.remove')}
            onClick={() => onChange(items.filter((_, at) => at !== index))}
          >
            ✕
          </ActionIcon>
        </Group>
      ))}
      <Group gap={4} wrap="nowrap">
        <TextInput
          aria-label={`${label}: ${t('analysisEditors.swot.addItem')}`}
          placeholder={t('analysisEditors.swot.itemPlaceholder')}
          value={next}
          onChange={(event) => setNext(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              add();
            }
          }}
          style={{ flex: 1 }}
          size="xs"
          data-testid={`${testId}-new`}
        />
        <Button size="compact-sm" variant="light" onClick={add} disabled={next.trim() === ''}>
          {t('analysisEditors.add')}
        </Button>
      </Group>
    </Stack>
  );
}
