import { useEffect, useState, type KeyboardEvent } from 'react';
import type { TFunction } from 'i18next';
import type { OfferLine } from '../../../shared/domain';
import { displayDecimal, normalizeDecimalInput } from '../../components/decimal-input';
import { validateLineField } from './cell-validation';
import { useEditorStore, type DraftField } from './editor.store';

type CellBase = {
  line: OfferLine;
  index: number;
  editable: boolean;
  onKey: (event: KeyboardEvent<HTMLElement>, column: string, revert: () => void) => void;
  onSave: (patch: Partial<OfferLine>) => void;
  /** Passed down from the row: one i18n subscription per line, not one per cell. */
  t: TFunction;
  language: string;
};

/**
 * A number cell: every valid keystroke goes to the live totals as a draft, the value is
 * saved on blur or Enter; an invalid value is marked at the cell and never saved.
 */
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
  const stored = line[field];
  const shown = displayDecimal(stored, language);
  const [text, setText] = useState(shown);
  const [error, setError] = useState<string | null>(null);
  const setDraft = useEditorStore((state) => state.setDraft);
  const clearDraft = useEditorStore((state) => state.clearDraft);

  useEffect(() => {
    setText(shown);
    setError(null);
  }, [shown]);

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
    if (validateLineField(field, value) !== null) return;
    if (value !== stored) onSave({ [field]: value });
    else clearDraft(line.id, field);
  };
  const revert = () => {
    setText(shown);
    setError(null);
    clearDraft(line.id, field);
  };

  return (
    <input
      className="q-cell-input q-num"
      data-line-index={index}
      data-col={field}
      aria-label={`${t(`offers.line.${field}`)} ${line.name}`}
      aria-invalid={error !== null}
      title={error ? t(error) : undefined}
      value={text}
      readOnly={!editable}
      inputMode="decimal"
      onChange={(event) => change(event.currentTarget.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit();
        onKey(event, field, revert);
      }}
    />
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
      className="q-cell-input"
      data-line-index={index}
      data-col="name"
      aria-label={t('offers.line.name')}
      aria-invalid={invalid}
      title={invalid ? t('validation.required') : undefined}
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
 * A native select that saves on change. Until it is focused or clicked it holds only its
 * current option: 500 lines × 16 options would be 8,000 elements to build on opening.
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
  return (
    <select
      className="q-cell-input"
      data-line-index={index}
      data-col={field}
      aria-label={`${t(`offers.line.${field}`)} ${line.name}`}
      value={line[field]}
      disabled={!editable}
      onFocus={() => setExpanded(true)}
      onMouseDown={() => setExpanded(true)}
      onChange={(event) => onSave({ [field]: event.currentTarget.value } as Partial<OfferLine>)}
      onKeyDown={(event) => onKey(event, field, () => undefined)}
    >
      {shown.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
}
