import { ImportFileError, parseCsv, readXlsxRows } from '../../../shared/catalog-import';
import { translateIssue } from '../../i18n';

/**
 * CSV bytes as text: UTF-8 (with or without BOM) when valid, otherwise Windows-1252, which is
 * what German Excel writes with "CSV (Trennzeichen-getrennt)".
 */
export function decodeCsv(data: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return new TextDecoder('windows-1252').decode(data);
  }
}

/** The rows of an import file (header first): .xlsx through ExcelJS, anything else as CSV. */
export async function readImportRows(file: {
  name: string;
  data: Uint8Array;
}): Promise<string[][]> {
  if (/\.xlsx$/i.test(file.name)) return readXlsxRows(file.data);
  return parseCsv(decodeCsv(file.data));
}

/** Translates an import problem: `import.errors.*` from this feature, `validation.*` shared. */
export function importMessage(
  t: (key: string, options?: Record<string, unknown>) => string,
  key: string,
  options: Record<string, unknown> = {},
): string {
  if (key.startsWith('import.errors.')) {
    return t(`catalog.importErrors.${key.slice('import.errors.'.length)}`, options);
  }
  return translateIssue(t, key);
}

/** A readable reason for a file that could not be read at all. */
export function fileErrorMessage(
  t: (key: string, options?: Record<string, unknown>) => string,
  error: unknown,
): string {
  if (error instanceof ImportFileError)
    return importMessage(t, error.key, { row: error.row ?? '?' });
  return error instanceof Error ? error.message : String(error);
}

/** Rows with at least one non-blank cell, after the header: what the import will look at. */
export function dataRowCount(rows: readonly (readonly string[])[]): number {
  return rows.slice(1).filter((cells) => cells.some((cell) => cell.trim() !== '')).length;
}
