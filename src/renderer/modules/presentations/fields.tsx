import { NumberInput, Textarea, TextInput } from '@mantine/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { decodeIssue } from '#shared/validation/issue-message';
import { ValidationError } from '#data';
import { translateIssue } from '../../i18n';
import { notifyError } from '../../components/notify-error';

/** The message of a refused save, for the field: the module's own keys, else the common ones. */
export function useIssueText() {
  const { t } = useTranslation();
  return useCallback(
    (error: ValidationError): string => {
      const message = error.issues[0]?.message;
      const { key, params } = decodeIssue(message ?? '');
      return key.startsWith('presentations.') ? t(key, params) : translateIssue(t, message);
    },
    [t],
  );
}

/**
 * Runs a save: resolves null when it was saved, or the message to show at the field when the
 * input was refused (nothing was written); any other error is shown as a notification.
 */
export function useSave() {
  const { t } = useTranslation();
  const issueText = useIssueText();
  return useCallback(
    async (save: () => Promise<unknown>): Promise<string | null> => {
      try {
        await save();
        return null;
      } catch (error) {
        if (error instanceof ValidationError) return issueText(error);
        notifyError(error, t);
        return '';
      }
    },
    [issueText, t],
  );
}

type TextFieldProps = {
  label: string;
  /** The stored value; the field follows it while it has no focus. */
  value: string;
  /** Saves the edited value; resolves null when saved, else the message for the field. */
  onSave: (value: string) => Promise<string | null>;
  testId: string;
  description?: string;
  placeholder?: string;
  multiline?: boolean;
  minRows?: number;
  maxLength?: number;
  required?: boolean;
};

/** A text input that saves when it loses the focus (Enter too, for one line); Esc reverts. */
export function SavedTextField({
  label,
  value,
  onSave,
  testId,
  description,
  placeholder,
  multiline = false,
  minRows = 3,
  maxLength,
  required,
}: TextFieldProps) {
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const focused = useRef(false);
  useEffect(() => {
    if (!focused.current) setDraft(value);
  }, [value]);

  const commit = async () => {
    if (draft === value) {
      setError(null);
      return;
    }
    const problem = await onSave(draft);
    setError(problem === '' ? null : problem);
  };
  const common = {
    label,
    description,
    placeholder,
    value: draft,
    error,
    maxLength,
    withAsterisk: required,
    'data-testid': testId,
    onFocus: () => {
      focused.current = true;
    },
    onBlur: () => {
      focused.current = false;
      void commit();
    },
    onChange: (event: { currentTarget: { value: string } }) => {
      setDraft(event.currentTarget.value);
      setError(null);
    },
  };
  if (multiline) {
    return (
      <Textarea
        {...common}
        autosize
        minRows={minRows}
        maxRows={14}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            setDraft(value);
            setError(null);
          }
        }}
      />
    );
  }
  return (
    <TextInput
      {...common}
      onKeyDown={(event) => {
        if (event.key === 'Enter') void commit();
        if (event.key === 'Escape') {
          setDraft(value);
          setError(null);
        }
      }}
    />
  );
}

/** A whole-number input that saves on blur or Enter; the range is checked before saving. */
export function SavedNumberField({
  label,
  value,
  onSave,
  testId,
  description,
  min,
  max,
  rangeMessage,
  w,
}: {
  label: string;
  value: number;
  onSave: (value: number) => Promise<string | null>;
  testId: string;
  description?: string;
  min: number;
  max: number;
  rangeMessage: string;
  w?: number;
}) {
  const [draft, setDraft] = useState<string | number>(value);
  const [error, setError] = useState<string | null>(null);
  const focused = useRef(false);
  useEffect(() => {
    if (!focused.current) setDraft(value);
  }, [value]);

  const commit = async () => {
    const number = typeof draft === 'number' ? draft : Number(draft);
    if (!Number.isInteger(number) || number < min || number > max || draft === '') {
      setError(rangeMessage);
      return;
    }
    if (number === value) {
      setError(null);
      return;
    }
    const problem = await onSave(number);
    setError(problem === '' ? null : problem);
  };
  return (
    <NumberInput
      label={label}
      description={description}
      value={draft}
      min={min}
      max={max}
      clampBehavior="none"
      allowDecimal={false}
      allowNegative={false}
      error={error}
      w={w}
      data-testid={testId}
      onFocus={() => {
        focused.current = true;
      }}
      onBlur={() => {
        focused.current = false;
        void commit();
      }}
      onChange={(next) => {
        setDraft(next);
        setError(null);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') void commit();
      }}
    />
  );
}
