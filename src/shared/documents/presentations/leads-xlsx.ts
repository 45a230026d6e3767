import ExcelJS from 'exceljs';
import type { Language } from '../../domain/common';

export type LeadsWorkbookInput = {
  header: string[];
  rows: string[][];
  /** Columns holding ISO dates (`YYYY-MM-DD`) or times, written as date cells. */
  dateColumns: readonly number[];
  language: Language;
};

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * An ISO date or time as the date cell Excel shows: a day as that day, a time as the wall-clock
 * time where the export runs (Excel cells have no time zone); null for '' or anything else.
 */
export function excelDate(value: string): { date: Date; withTime: boolean } | null {
  const day = DAY.exec(value);
  if (day) {
    const date = new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
    // "2026-02-30" is no day (Date would roll it over to 2 March).
    return date.getUTCDate() === Number(day[3]) && date.getUTCMonth() === Number(day[2]) - 1
      ? { date, withTime: false }
      : null;
  }
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value)) return null;
  const time = new Date(value);
  if (Number.isNaN(time.getTime())) return null;
  return {
    date: new Date(
      Date.UTC(
        time.getFullYear(),
        time.getMonth(),
        time.getDate(),
        time.getHours(),
        time.getMinutes(),
        time.getSeconds(),
      ),
    ),
    withTime: true,
  };
}

/**
 * The leads as an Excel sheet: a bold header row with filters and frozen below it, one row per
 * lead, date columns as real dates (German or ISO format by language), texts as text (a cell
 * starting with "=" stays text, never a formula), columns as wide as their content.
 */
export async function buildLeadsWorkbook({
  header,
  rows,
  dateColumns,
  language,
}: LeadsWorkbookInput): Promise<Uint8Array> {
  if (!Array.isArray(header) || header.length === 0)
    throw new Error('buildLeadsWorkbook: header must name at least one column');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Quotient';
  workbook.created = new Date(0);
  workbook.modified = new Date(0);
  const sheet = workbook.addWorksheet(language === 'en' ? 'Leads' : 'Messe-Leads', {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }],
  });
  const dates = new Set(dateColumns);
  const dayFormat = language === 'en' ? 'yyyy-mm-dd' : 'dd.mm.yyyy';
  const timeFormat = language === 'en' ? 'yyyy-mm-dd hh:mm' : 'dd.mm.yyyy hh:mm';
  const headRow = sheet.addRow(header);
  headRow.font = { bold: true };
  headRow.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF5' } };
  });
  const widths = header.map((title) => title.length);
  for (const row of rows) {
    const added = sheet.addRow([]);
    header.forEach((_, column) => {
      const text = row[column] ?? '';
      const cell = added.getCell(column + 1);
      const date = dates.has(column) ? excelDate(text) : null;
      if (date) {
        cell.value = date.date;
        cell.numFmt = date.withTime ? timeFormat : dayFormat;
        widths[column] = Math.max(widths[column]!, date.withTime ? 16 : 10);
      } else {
        // A plain string value: ExcelJS writes it as text, so "=HYPERLINK(…)" is never run.
        cell.value = text;
        widths[column] = Math.max(widths[column]!, Math.min(60, text.length));
      }
    });
  }
  sheet.columns.forEach((column, index) => {
    column.width = Math.max(8, Math.min(60, (widths[index] ?? 8) + 2));
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
