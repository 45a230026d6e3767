import type { CatalogItemInput } from '../domain';
import { catalogItemInputSchema, emptyCatalogItemInput, msg } from '../domain';
import { importErrors } from './errors';
import type { Mapping, MappingField } from './mapping';
import { mappingFields, requiredMappingFields } from './mapping';
import type { NumberFormat } from './values';
import {
  parseImportDecimal,
  parseVatPct,
  readBilling,
  readBoolean,
  readCurrency,
  readKind,
  readUnit,
} from './values';

export type ImportError = {
  /** 1-based row of the file as a spreadsheet shows it: the header is row 1. */
  row: number;
  field?: string;
  value?: string;
  /** An i18n key: `import.errors.*` or `validation.*`. */
  message: string;
};

export type ImportResult = { items: CatalogItemInput[]; errors: ImportError[] };

export type ValidateImportArgs = {
  /** All rows of the file, header first (what parseCsv and readXlsxRows return). */
  rows: readonly (readonly string[])[];
  mapping: Mapping;
  /** Values for unmapped fields and empty optional cells, over the empty catalog item. */
  defaults?: Partial<CatalogItemInput>;
  numberFormat?: NumberFormat;
};

type Converted = { value: CatalogItemInput[MappingField] } | { error: string };

function convert(field: MappingField, text: string, numberFormat: NumberFormat): Converted {
  const read = <T>(value: T | null, error: string): Converted =>
    value === null ? { error } : { value: value as CatalogItemInput[MappingField] };
  switch (field) {
    case 'purchasePrice':
    case 'listPrice':
      return read(parseImportDecimal(text, numberFormat), importErrors.decimal);
    case 'vatPct':
      return read(parseVatPct(text), importErrors.vatPct);
    case 'unit':
      return read(readUnit(text), importErrors.unit);
    case 'kind':
      return read(readKind(text), importErrors.kind);
    case 'billing':
      return read(readBilling(text), importErrors.billing);
    case 'currency':
      return read(readCurrency(text), importErrors.currency);
    case 'active':
      return read(readBoolean(text), importErrors.boolean);
    default:
      return { value: text };
  }
}

function mappingErrors(mapping: Mapping, header: readonly string[]): ImportError[] {
  const missing = requiredMappingFields
    .filter((field) => mapping[field] === undefined)
    .map((field) => ({ row: 1, field, message: importErrors.missingColumn }));
  const invalid = mappingFields
    .filter((field) => {
      const column = mapping[field];
      return (
        column !== undefined && (!Number.isInteger(column) || column < 0 || column >= header.length)
      );
    })
    .map((field) => ({
      row: 1,
      field,
      value: String(mapping[field]),
      message: importErrors.invalidMapping,
    }));
  return [...missing, ...invalid];
}

/**
 * Validates the rows of an import file against the catalog item schema. Cells are read
 * leniently (German and English number forms, unit, kind, billing and currency synonyms,
 * VAT as "19", "19 %" or "0,19"); every problem of a row is listed, and a row is either an
 * item or listed. Blank rows are skipped. A missing required column gives one error per
 * field and no items. Nothing is written here: the caller imports `items` only when it wants.
 */
export function validateImport({
  rows,
  mapping,
  defaults = {},
  numberFormat = 'auto',
}: ValidateImportArgs): ImportResult {
  const header = rows[0] ?? [];
  const problems = mappingErrors(mapping, header);
  if (problems.length > 0) return { items: [], errors: problems };
  const base: CatalogItemInput = { ...emptyCatalogItemInput(), ...defaults };
  const mapped = mappingFields.filter((field) => mapping[field] !== undefined);
  const items: CatalogItemInput[] = [];
  const errors: ImportError[] = [];

  rows.slice(1).forEach((cells, index) => {
    const row = index + 2;
    if (cells.every((cell) => cell.trim() === '')) return;
    const candidate: Record<string, unknown> = { ...base };
    const raw = new Map<string, string>();
    const rowErrors: ImportError[] = [];
    for (const field of mapped) {
      const text = (cells[mapping[field] as number] ?? '').trim();
      raw.set(field, text);
      // An empty required cell must fail; an empty optional one takes the default.
      if (text === '') {
        if (requiredMappingFields.includes(field)) candidate[field] = '';
        continue;
      }
      const converted = convert(field, text, numberFormat);
      if ('error' in converted)
        rowErrors.push({ row, field, value: text, message: converted.error });
      else candidate[field] = converted.value;
    }
    const parsed = catalogItemInputSchema.safeParse(candidate);
    if (!parsed.success) {
      const reported = new Set(rowErrors.map((error) => error.field));
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? '');
        if (reported.has(field)) continue;
        reported.add(field);
        const message = issue.message.startsWith('validation.')
          ? issue.message
          : 'validation.invalid';
        const value = raw.get(field) ?? String(candidate[field] ?? '');
        rowErrors.push({
          row,
          field,
          value,
          message: field === 'listPrice' && value === '' ? msg.required : message,
        });
      }
    }
    const order = (field: string | undefined) => {
      const at = mappingFields.indexOf(field as MappingField);
      return at === -1 ? mappingFields.length : at;
    };
    rowErrors.sort((a, b) => order(a.field) - order(b.field));
    if (rowErrors.length > 0) errors.push(...rowErrors);
    else if (parsed.success) items.push(parsed.data);
  });
  return { items, errors };
}
