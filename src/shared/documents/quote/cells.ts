import type { CellValue, DataValidation, Style, Worksheet } from 'exceljs';

/** Writes one cell's value and its (shared, never mutated) style. */
export function put(
  sheet: Worksheet,
  row: number,
  col: number,
  value: CellValue,
  style: Partial<Style>,
): void {
  const cell = sheet.getRow(row).getCell(col);
  cell.value = value;
  cell.style = style;
}

/** A formula with the engine's result, so viewers that do not recalculate show it too. */
export function formula(text: string, result: string): CellValue {
  return { formula: text, result: Number(result) };
}

/** A decimal string as a number cell value; '' reads as 0. */
export function num(value: string): number {
  return value === '' ? 0 : Number(value);
}

// ExcelJS 4.4 accepts range addresses here but its typings omit the collection.
type Validations = { dataValidations: { add(range: string, validation: DataValidation): void } };

/** One data validation for a whole range (cheaper than one per cell). */
export function validate(sheet: Worksheet, range: string, validation: DataValidation): void {
  (sheet as unknown as Validations).dataValidations.add(range, validation);
}

/** Column letter of a 1-based column number (A–Z is all the quote uses). */
export function col(index: number): string {
  return String.fromCharCode(64 + index);
}

/** A SUM over many cells, chunked below Excel's 255-argument limit. */
export function sumOf(cells: readonly string[]): string {
  if (cells.length === 0) return '0';
  const chunks: string[] = [];
  for (let i = 0; i < cells.length; i += 200)
    chunks.push(`SUM(${cells.slice(i, i + 200).join(',')})`);
  return chunks.length === 1 ? (chunks[0] as string) : `SUM(${chunks.join(',')})`;
}

/** A rough row height for wrapped text in a column `width` characters wide. */
export function wrappedHeight(text: string, width: number, lineHeight = 12.75): number {
  const lines = text
    .split('\n')
    .reduce((count, paragraph) => count + Math.max(1, Math.ceil(paragraph.length / width)), 0);
  return Math.max(15, lines * lineHeight + 2);
}
