import type { InstalmentDueKind, PaymentInstalment } from '#shared/domain/planning';
import { Decimal, localeDecimalText, type MoneyLocale } from '#shared/money';

/** One row of the payment plan editor as typed (percent in the UI language's notation). */
export type InstalmentDraft = {
  /** React key; the stored id when the row exists. */
  key: string;
  id?: string;
  label: string;
  percent: string;
  dueKind: InstalmentDueKind;
  milestoneId: string;
  dueDate: string;
};

/** What `repos.paymentInstalments.save` takes. */
export type InstalmentSaveRow = Omit<InstalmentDraft, 'key'>;

/** The editor's rows from the stored instalments (in their order). */
export function draftsFrom(
  instalments: readonly PaymentInstalment[],
  language: MoneyLocale,
): InstalmentDraft[] {
  return instalments
    .filter((row) => !row.deleted)
    .sort((a, b) => (a.position < b.position ? -1 : a.position > b.position ? 1 : 0))
    .map((row) => ({
      key: row.id,
      id: row.id,
      label: row.label,
      percent: language === 'de' ? row.percent.replace('.', ',') : row.percent,
      dueKind: row.dueKind,
      milestoneId: row.milestoneId,
      dueDate: row.dueDate,
    }));
}

/** A typed percentage as a plain decimal ("33,5" → "33.5"), or null when it is no number. */
export function percentValue(text: string, language: MoneyLocale): string | null {
  try {
    return localeDecimalText(text.replace('%', '').trim(), language);
  } catch {
    return null;
  }
}

export type DraftCheck = {
  /** Σ of the readable percentages, two decimals ("90.00"). */
  sum: string;
  /** Indexes of rows whose percentage is no number. */
  unreadable: number[];
  /** Σ is exactly 100 and every row readable. */
  complete: boolean;
  /** The rows to save, percent as plain decimals. */
  rows: InstalmentSaveRow[];
};

/** Reads the editor's rows: their sum and whether the plan may be saved (exactly 100 %). */
export function checkDrafts(drafts: readonly InstalmentDraft[], language: MoneyLocale): DraftCheck {
  let total = new Decimal(0);
  const unreadable: number[] = [];
  const rows = drafts.map(({ key: _key, ...draft }, index) => {
    const value = percentValue(draft.percent, language);
    if (value === null) unreadable.push(index);
    else total = total.plus(value);
    return { ...draft, percent: value ?? draft.percent };
  });
  return {
    sum: total.toFixed(2),
    unreadable,
    complete: unreadable.length === 0 && total.eq(100),
    rows,
  };
}
