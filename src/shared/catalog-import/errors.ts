/** i18n keys of import problems; schema problems keep their `validation.*` keys. */
export const importErrors = {
  unterminatedQuote: 'import.errors.unterminatedQuote',
  xlsx: 'import.errors.xlsx',
  missingColumn: 'import.errors.missingColumn',
  invalidMapping: 'import.errors.invalidMapping',
  decimal: 'import.errors.decimal',
  vatPct: 'import.errors.vatPct',
  unit: 'import.errors.unit',
  kind: 'import.errors.kind',
  billing: 'import.errors.billing',
  currency: 'import.errors.currency',
  boolean: 'import.errors.boolean',
} as const;
export type ImportErrorKey = (typeof importErrors)[keyof typeof importErrors];

/** A file that cannot be read at all; `row` is 1-based where known. */
export class ImportFileError extends Error {
  readonly key: ImportErrorKey;
  readonly row: number | null;

  constructor(key: ImportErrorKey, message: string, row: number | null = null) {
    super(message);
    this.name = 'ImportFileError';
    this.key = key;
    this.row = row;
  }
}
