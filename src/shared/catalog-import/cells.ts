import { ImportFileError, importErrors } from './errors';

/** Longest cell an import reads, in characters: item texts are far shorter. */
export const MAX_CELL_CHARS = 10_000;

/** "A" for column 1, "Z" for 26, "AA" for 27: as spreadsheets name columns. */
export function columnLetter(column: number): string {
  let name = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    name = String.fromCharCode(65 + ((rest - 1) % 26)) + name;
  }
  return name;
}

/** The first `max` characters of a value and "…" when it is longer: for error lists. */
export function valueExcerpt(value: string, max = 60): string {
  const chars = Array.from(value.slice(0, max * 2 + 2));
  return chars.length > max || value.length > max * 2 + 2
    ? `${chars.slice(0, max).join('')}…`
    : value;
}

/**
 * Refuses a cell longer than MAX_CELL_CHARS, naming sheet, row and column (1-based).
 * `sheet` is the worksheet's name, or the file name for a CSV file.
 */
export function checkCellLength(text: string, at: { sheet: string; row: number; column: number }) {
  if (text.length <= MAX_CELL_CHARS) return;
  const column = columnLetter(at.column);
  throw new ImportFileError(
    importErrors.cellTooLong,
    `cell ${column}${at.row} of "${at.sheet}" holds ${text.length} characters (at most ${MAX_CELL_CHARS})`,
    at.row,
    { sheet: at.sheet, column, length: text.length, max: MAX_CELL_CHARS },
  );
}

/** Checks every cell of parsed rows (row i is spreadsheet row i + 1). */
export function checkCellLengths(rows: readonly (readonly string[])[], sheet: string): void {
  rows.forEach((cells, index) =>
    cells.forEach((text, column) =>
      checkCellLength(text, { sheet, row: index + 1, column: column + 1 }),
    ),
  );
}
