import { checkCellLengths } from './cells';
import { parseCsv } from './csv';
import { readXlsxRows } from './xlsx';

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

/**
 * The rows of an import file (header first): .xlsx through ExcelJS, anything else as CSV.
 * Throws ImportFileError for an unreadable file, one too large, or a cell too long.
 */
export async function readImportFile(file: {
  name: string;
  data: Uint8Array;
}): Promise<string[][]> {
  if (/\.xlsx$/i.test(file.name)) return readXlsxRows(file.data);
  const rows = parseCsv(decodeCsv(file.data));
  checkCellLengths(rows, file.name);
  return rows;
}
