import { NativeSelect } from '@mantine/core';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { issueText, type FieldIssue } from './plan-issues';

export type CellKey = (
  event: KeyboardEvent<HTMLElement>,
  column: string,
  revert: () => void,
) => void;

type Parsed<T> = { value: T } | { issue: FieldIssue };

type EditCellProps<T> = {
  /** The row's index in the grid (keyboard navigation) and the column's name. */
  index: number;
  column: string;
  label: string;
  /** The stored value as the cell shows it. */
  shown: string;
  editable: boolean;
  numeric?: boolean;
  placeholder?: string;
  /** What was typed, read: a value to save, or why it is refused (shown at the cell). */
  parse: (text: string) => Parsed<T>;
  /** Saves the value; resolves with the refusal to show at the cell, or null. */
  save: (value: T) => Promise<FieldIssue | null>;
  onKey: CellKey;
};

/**
 * A cell of the work breakdown that saves on Enter or when left. A refused value stays typed
 * in the cell with the reason right under it; nothing is saved until it is fixed or Escape
 * brings back the stored value.
 */
export function EditCell<T>({
  index,
  column,
  label,
  shown,
  editable,
  numeric = false,
  placeholder,
  parse,
  save,
  onKey,
}: EditCellProps<T>) {
  const { t } = useTranslation();
  const [text, setText] = useState(shown);
  const [issue, setIssue] = useState<FieldIssue | null>(null);
  useEffect(() => {
    setText(shown);
    setIssue(null);
  }, [shown]);
  const commit = () => {
    if (text === shown) {
      setIssue(null);
      return;
    }
    const parsed = parse(text);
    if ('issue' in parsed) {
      setIssue(parsed.issue);
      return;
    }
    void save(parsed.value).then(setIssue);
  };
  const revert = () => {
    setText(shown);
    setIssue(null);
  };
  const message = issue ? issueText(t, issue) : null;
  const errorId = `plan-cell-error-${index}-${column}`;
  const classes = ['q-cell-input', numeric ? 'q-num' : '', editable ? '' : 'q-readonly'];
  return (
    <div className="q-plan-cell">
      <input
        className={classes.join(' ').trim()}
        data-plan-row={index}
        data-col={column}
        aria-label={label}
        aria-invalid={issue !== null}
        aria-describedby={message ? errorId : undefined}
        title={message ?? (text || undefined)}
        value={text}
        placeholder={placeholder}
        readOnly={!editable}
        inputMode={numeric ? 'decimal' : undefined}
        onChange={(event) => setText(event.currentTarget.value)}
        onBlur={() => editable && commit()}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && editable) commit();
          onKey(event, column, revert);
        }}
      />
      {message && (
        <div id={errorId} role="alert" className="q-plan-cell-error" data-testid="plan-cell-error">
          {message}
        </div>
      )}
    </div>
  );
}

/** The package's role from the rate card; read-only it reads as text. */
export function RoleCell({
  index,
  label,
  value,
  options,
  editable,
  onSave,
  onKey,
}: {
  index: number;
  label: string;
  value: string;
  options: { value: string; label: string }[];
  editable: boolean;
  onSave: (roleId: string) => void;
  onKey: CellKey;
}) {
  if (!editable) {
    return (
      <input
        className="q-cell-input q-readonly"
        data-plan-row={index}
        data-col="role"
        aria-label={label}
        value={options.find((option) => option.value === value)?.label ?? ''}
        readOnly
        onKeyDown={(event) => onKey(event, 'role', () => undefined)}
      />
    );
  }
  return (
    <NativeSelect
      size="xs"
      variant="unstyled"
      classNames={{ input: 'q-cell-input q-cell-select' }}
      data-plan-row={index}
      data-col="role"
      aria-label={label}
      value={value}
      data={options}
      onChange={(event) => onSave(event.currentTarget.value)}
      onKeyDown={(event) => onKey(event, 'role', () => undefined)}
    />
  );
}

/** A row's height as laid out (32 px and its border), for the placeholders. */
const ESTIMATED_ROW_HEIGHT = 33;
/** Pages within this distance of the window mount before they are visible. */
const MOUNT_MARGIN = '800px 0px';

/**
 * Stands in for a page of rows not mounted yet, at their estimated height; asks for them once
 * it comes near the window (at once where the browser cannot tell).
 */
export function WbsRowsPlaceholder({
  page,
  count,
  onNear,
}: {
  page: number;
  count: number;
  onNear: (page: number) => void;
}) {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!element.current) return;
    if (typeof IntersectionObserver === 'undefined') {
      onNear(page);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) onNear(page);
      },
      { rootMargin: MOUNT_MARGIN },
    );
    observer.observe(element.current);
    return () => observer.disconnect();
  }, [page, onNear]);
  return (
    <div
      ref={element}
      aria-hidden
      data-testid="plan-rows-placeholder"
      data-page={page}
      style={{ height: count * ESTIMATED_ROW_HEIGHT }}
    />
  );
}
