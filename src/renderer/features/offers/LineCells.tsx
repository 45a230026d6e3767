import { useEffect, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OfferLine } from '../../../shared/domain';
import { displayDecimal, normalizeDecimalInput } from '../../components/decimal-input';
import { validateLineField } from './cell-validation';
import { useDraftStore, type DraftField } from './drafts.store';

type CellBase = {
  line: OfferLine;
  index: number;
  editable: boolean;
  onKey: (event: KeyboardEvent<HTMLElement>, column: string, revert: () => void) => void;
  onSave: (patch: Partial<OfferLine>) => void;
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
}: CellBase & { field: DraftField }) {
  const { t, i18n } = useTranslation();
  const stored = line[field];
  const shown = displayDecimal(stored, i18n.language);
  const [text, setText] = useState(shown);
  const [error, setError] = useState<string | null>(null);
  const setDraft = useDraftStore((state) => state.setDraft);
  const clearDraft = useDraftStore((state) => state.clearDraft);

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
export function NameCell({ line, index, editable, onKey, onSave }: CellBase) {
  const { t } = useTranslation();
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

/** A native select (fast with hundreds of rows); saves on change. */
export function SelectCell<F extends 'unit' | 'vatPct' | 'billing' | 'kind'>({
  line,
  field,
  index,
  editable,
  options,
  onKey,
  onSave,
}: CellBase & { field: F; options: { value: string; label: string }[] }) {
  const { t } = useTranslation();
  return (
    <select
      className="q-cell-input"
      data-line-index={index}
      data-col={field}
      aria-label={`${t(`offers.line.${field}`)} ${line.name}`}
      value={line[field]}
      disabled={!editable}
      onChange={(event) => onSave({ [field]: event.currentTarget.value } as Partial<OfferLine>)}
      onKeyDown={(event) => onKey(event, field, () => undefined)}
    >
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
}
