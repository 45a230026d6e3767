import type * as ExcelJsModule from 'exceljs';
import type { CellValue, Workbook } from 'exceljs';
import { Decimal } from '../money';
import { checkCellLength } from './cells';
import { ImportFileError, importErrors } from './errors';
import { checkZipSize } from './zip-guard';

type ExcelJs = typeof ExcelJsModule;

/** Numbers as Excel shows them: at most 15 significant digits, plain notation, point. */
function numberText(value: number): string {
  if (!Number.isFinite(value)) return '';
  return new Decimal(value.toPrecision(15)).toFixed();
}

/** Dates at midnight UTC (how Excel dates arrive) as `YYYY-MM-DD`, others as full ISO. */
function dateText(value: Date): string {
  if (Number.isNaN(value.getTime())) return '';
  const iso = value.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

/** A cell value as the text the user sees; formulas give their stored result. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('error' in value) return value.error;
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : '';
  if ('result' in value) return cellText(value.result as CellValue | undefined);
  return '';
}

async function loadWorkbook(bytes: Uint8Array): Promise<Workbook> {
  // Before ExcelJS inflates anything: a small file must not unpack to gigabytes.
  await checkZipSize(bytes);
  // Loaded on demand: ExcelJS is ~1 MB and stays out of the start-up bundle.
  const module = (await import('exceljs')) as ExcelJs & { default?: ExcelJs };
  const excel = module.default ?? module;
  const workbook = new excel.Workbook();
  try {
    // JSZip reads a Uint8Array in Node and the browser alike; the typings say Buffer.
    await workbook.xlsx.load(bytes as unknown as Parameters<Workbook['xlsx']['load']>[0]);
  } catch (error) {
    throw new ImportFileError(
      importErrors.xlsx,
      `not a readable XLSX file: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return workbook;
}

/**
 * The rows of the first worksheet as display strings: numbers plain with a point ("1234.5"),
 * dates ISO, formulas their stored result. Row i of the sheet is index i − 1; empty rows are
 * `[]`, so row numbers match the file; trailing empty cells are dropped. Refuses a file that
 * inflates beyond XLSX_LIMITS and a cell longer than MAX_CELL_CHARS (ImportFileError).
 */
export async function readXlsxRows(bytes: Uint8Array): Promise<string[][]> {
  const workbook = await loadWorkbook(bytes);
  const sheet = workbook.worksheets[0];
  if (sheet === undefined) return [];
  const rows: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) {
      const text = cellText(row.getCell(c).value);
      checkCellLength(text, { sheet: sheet.name, row: r, column: c });
      cells.push(text);
    }
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    rows.push(cells);
  }
  return rows;
}
