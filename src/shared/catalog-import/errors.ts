/** i18n keys of import problems; schema problems keep their `validation.*` keys. */
export const importErrors = {
  unterminatedQuote: 'import.errors.unterminatedQuote',
  xlsx: 'import.errors.xlsx',
  tooLarge: 'import.errors.tooLarge',
  cellTooLong: 'import.errors.cellTooLong',
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

/** Values for an import problem's message (`{{sheet}}`, `{{column}}`, …). */
export type ImportErrorParams = Record<string, string | number>;

/** A file that cannot be read at all; `row` is 1-based where known. */
export class ImportFileError extends Error {
  readonly key: ImportErrorKey;
  readonly row: number | null;
  readonly params: ImportErrorParams;

  constructor(
    key: ImportErrorKey,
    message: string,
    row: number | null = null,
    params: ImportErrorParams = {},
  ) {
    super(message);
    this.name = 'ImportFileError';
    this.key = key;
    this.row = row;
    this.params = params;
  }
}
