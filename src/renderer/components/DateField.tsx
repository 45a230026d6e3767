import { DateInput, type DateInputProps } from '@mantine/dates';
import { useRef, useState } from 'react';
import { dateInputError, dateInputFormat, parseDateInput } from './date-input';
import { useUiLanguage } from './useUiLanguage';

type Props = Omit<DateInputProps, 'value' | 'onChange' | 'onBlur' | 'dateParser' | 'error'> & {
  /** The stored date `YYYY-MM-DD`, or '' for none. */
  value: string;
  /** Every date the field accepts while typing or picking, `YYYY-MM-DD` or '' when cleared. */
  onChange: (value: string) => void;
  /** The field was left (or Enter pressed) with this value: what a save-on-leave form stores. */
  onCommit?: (value: string) => void;
  error?: string;
};

/**
 * A date field in the UI language (07.12.2026 in German, 07/12/2026 in English) that stores
 * `YYYY-MM-DD`. Typed text that is no date, such as 30.02.2026, is refused with a message
 * and the field goes back to the date it had before.
 */
export function DateField({
  value,
  onChange,
  onCommit,
  error,
  clearable,
  onFocus,
  onKeyDown,
  popoverProps,
  ...rest
}: Props) {
  const language = useUiLanguage();
  const [refused, setRefused] = useState<string | null>(null);
  const [pickerOpen, setPickerOpen] = useState(false);
  // What the field held when it was entered: a refused text restores it.
  const before = useRef(value);

  const leave = (text: string) => {
    const typed = text.trim() === '' ? (clearable ? '' : null) : parseDateInput(text);
    if (typed === null) {
      setRefused(text);
      if (value !== before.current) onChange(before.current);
      onCommit?.(before.current);
      return;
    }
    // A refusal stays shown until the date changes (clearing it on leave would move the layout under the pointer).
    if (typed !== value) {
      setRefused(null);
      onChange(typed);
    }
    onCommit?.(typed);
  };

  return (
    <DateInput
      {...rest}
      clearable={clearable}
      popoverProps={{
        ...popoverProps,
        onOpen: () => setPickerOpen(true),
        onClose: () => setPickerOpen(false),
      }}
      // Escape closes the open picker only, not the dialog around the field.
      data-mantine-stop-propagation={pickerOpen || undefined}
      value={value === '' ? null : value}
      valueFormat={dateInputFormat[language]}
      dateParser={parseDateInput}
      onChange={(next) => {
        setRefused(null);
        onChange(next ?? '');
      }}
      onFocus={(event) => {
        before.current = value;
        onFocus?.(event);
      }}
      onBlur={(event) => leave(event.currentTarget.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') leave(event.currentTarget.value);
        onKeyDown?.(event);
      }}
      error={refused !== null ? dateInputError(refused, language) : error}
    />
  );
}
