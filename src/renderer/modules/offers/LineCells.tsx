import { NativeSelect } from '@mantine/core';
import { useEffect, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import type { TFunction } from 'i18next';
import type { OfferLine } from '#shared/domain';
import { normalizeDecimalInput } from '../../components/decimal-input';
import { translateIssue } from '../../i18n';
import { CellErrorTip } from './CellErrorTip';
import { cellDisplay, validateLineField } from './cell-validation';
import { useEditorStore, type DraftField } from './editor.store';

type CellBase = {
  line: OfferLine;
  index: number;
  editable: boolean;
  onKey: (event: KeyboardEvent<HTMLElement>, column: string, revert: () => void) => void;
  onSave: (patch: Partial<OfferLine>) => void;
  /** Passed down from the row: one i18n subscription per line, not one per cell. */
  t: TFunction;
  language: 'de' | 'en';
};

/**
 * A number field of a line: every valid keystroke goes to the live totals as a draft, the value
 * is saved on blur or Enter; an invalid value is marked at the field and never saved. Prices
 * read formatted ("5.480,00") until focused, then plain ("5480,00") for editing.
 */
export function useDecimalField({
  line,
  field,
  language,
  onSave,
}: {
  line: OfferLine;
  field: DraftField;
  language: 'de' | 'en';
  onSave: (patch: Partial<OfferLine>) => void;
}) {
  const stored = line[field];
  const [text, setText] = useState(() =>
    cellDisplay({ field, value: stored, language, focused: false }),
  );
  const [error, setError] = useState<string | null>(null);
  const setDraft = useEditorStore((state) => state.setDraft);
  const clearDraft = useEditorStore((state) => state.clearDraft);
  const focusedRef = useRef(false);

  useEffect(() => {
    setText(cellDisplay({ field, value: stored, language, focused: focusedRef.current }));
    setError(null);
  }, [stored, field, language]);

  const change = (next: string) => {
    setText(next);
    const value = normalizeDecimalInput(next);
    const problem = validateLineField(field, value);
    setError(problem);
    if (problem) clearDraft(line.id, field);
    else setDraft(line.id, field, value);
  };
  const commit = () => {
    const value = normalizeDecimalInput(text);
    if (validateLineField(field, value) !== null) return null;
    if (value !== stored) onSave({ [field]: value });
    else clearDraft(line.id, field);
    return value;
  };
  const revert = () => {
    setText(cellDisplay({ field, value: stored, language, focused: focusedRef.current }));
    setError(null);
    clearDraft(line.id, field);
  };
  const onFocus = (event: FocusEvent<HTMLInputElement>) => {
    focusedRef.current = true;
    if (error !== null) return;
    const input = event.currentTarget;
    const raw = cellDisplay({ field, value: stored, language, focused: true });
    if (input.value === raw) return;
    // The plain value replaces the formatted one in place and is selected, so typing replaces
    // it (also when select() focused the field before its own selection was applied).
    input.value = raw;
    input.select();
    setText(raw);
  };
  const onBlur = () => {
    focusedRef.current = false;
    const value = commit();
    if (value !== null) setText(cellDisplay({ field, value, language, focused: false }));
  };
  return { text, error, change, commit, revert, onFocus, onBlur };
}

/** A number cell of the grid (see useDecimalField). */
export function DecimalCell({
  line,
  field,
  index,
  editable,
  onKey,
  onSave,
  t,
  language,
}: CellBase & { field: DraftField }) {
  const cell = useDecimalField({ line, field, language, onSave });
  const inputRef = useRef<HTMLInputElement>(null);
  const errorText = cell.error ? translateIssue(t, cell.error) : null;
  const errorId = `cell-error-${line.id}-${field}`;
  return (
    <>
      <input
        ref={inputRef}
        className={editable ? 'q-cell-input q-num' : 'q-cell-input q-num q-readonly'}
        data-line-index={index}
        data-col={field}
        aria-label={`${t(`offers.line.${field}`)} ${line.name}`}
        aria-invalid={cell.error !== null}
        aria-describedby={errorText ? errorId : undefined}
        title={errorText ?? undefined}
        value={cell.text}
        readOnly={!editable}
        inputMode="decimal"
        onChange={(event) => cell.change(event.currentTarget.value)}
        onFocus={cell.onFocus}
        onBlur={cell.onBlur}
        onKeyDown={(event) => {
          if (event.key === 'Enter') cell.commit();
          onKey(event, field, cell.revert);
        }}
      />
      <CellErrorTip id={errorId} anchor={inputRef} message={errorText} />
    </>
  );
}

/** The line's name: saved on blur; an empty name is refused at the cell. */
export function NameCell({ line, index, editable, onKey, onSave, t }: CellBase) {
  const [text, setText] = useState(line.name);
  useEffect(() => setText(line.name), [line.name]);
  const invalid = text.trim() === '';
  const commit = () => {
    if (!invalid && text.trim() !== line.name) onSave({ name: text.trim() });
  };
  return (
    <input
      className={editable ? 'q-cell-input' : 'q-cell-input q-readonly'}
      data-line-index={index}
      data-col="name"
      aria-label={t('offers.line.name')}
      aria-invalid={invalid}
      title={invalid ? t('validation.required') : text}
      value={text}
      readOnly={!editable}
      onChange={(event) => setText(event.currentTarget.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit();
        onKey(event, 'name', () => setText(line.name));
      }}
    />
  );
}

/**
 * The app's select (Mantine NativeSelect, styled like the grid's other cells) that saves on
 * change. Until it is focused or clicked it holds only its current option: 500 lines × 16
 * options would be 8,000 elements to build on opening.
 */
export function SelectCell<F extends 'unit' | 'vatPct' | 'billing' | 'kind'>({
  line,
  field,
  index,
  editable,
  options,
  onKey,
  onSave,
  t,
}: CellBase & { field: F; options: { value: string; label: string }[] }) {
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? options : options.filter((option) => option.value === line[field]);
  if (!editable) {
    // Read-only, it reads as text: no greyed-out select with an arrow that does nothing.
    return (
      <input
        className="q-cell-input q-readonly"
        data-line-index={index}
        data-col={field}
        aria-label={`${t(`offers.line.${field}`)} ${line.name}`}
        value={shown.find((option) => option.value === line[field])?.label ?? line[field]}
        readOnly
        onKeyDown={(event) => onKey(event, field, () => undefined)}
      />
    );
  }
  return (
    <NativeSelect
      size="xs"
      variant="unstyled"
      classNames={{ input: 'q-cell-input q-cell-select' }}
      data-line-index={index}
      data-col={field}
      aria-label={`${t(`offers.line.${field}`)} ${line.name}`}
      value={line[field]}
      disabled={!editable}
      data={shown}
      onFocus={() => setExpanded(true)}
      onMouseDown={() => setExpanded(true)}
      onChange={(event) => onSave({ [field]: event.currentTarget.value } as Partial<OfferLine>)}
      onKeyDown={(event) => onKey(event, field, () => undefined)}
    />
  );
}
