import { ImportFileError, importErrors } from './errors';

export type CsvDelimiter = ';' | ',' | '\t';
const delimiters: readonly CsvDelimiter[] = [';', ',', '\t'];

/** The delimiter that occurs most often outside quotes in the first record; ';' wins ties. */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts = new Map<string, number>(delimiters.map((d) => [d, 0]));
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  // German Excel writes ';' and decimal commas: ';' first among equals.
  return delimiters.reduce((best, d) =>
    (counts.get(d) ?? 0) > (counts.get(best) ?? 0) ? d : best,
  );
}

/**
 * Parses CSV per RFC 4180 (quoted fields with "" escapes and line breaks), CRLF, LF or CR line
 * ends, a UTF-8 BOM, and a delimiter detected from the header line unless given. Every record
 * is a row, blank lines too (as `['']`), so row numbers match the file; a final line break
 * adds no row. A quote inside an unquoted field is kept as text, as Excel does.
 */
export function parseCsv(text: string, options: { delimiter?: CsvDelimiter } = {}): string[][] {
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const delimiter = options.delimiter ?? detectDelimiter(input);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoteRow = 0;
  const endRow = () => {
    row.push(field);
    rows.push(row);
    row = [];
    field = '';
  };
  while (i < input.length) {
    const char = input[i] as string;
    if (char === '"' && field === '') {
      // A quoted field: read to the closing quote, unescaping "".
      quoteRow = rows.length + 1;
      let end = i + 1;
      let value = '';
      for (;;) {
        const close = input.indexOf('"', end);
        if (close === -1) {
          throw new ImportFileError(
            importErrors.unterminatedQuote,
            `a quoted field starting in row ${quoteRow} is never closed`,
            quoteRow,
          );
        }
        value += input.slice(end, close);
        if (input[close + 1] === '"') {
          value += '"';
          end = close + 2;
        } else {
          end = close + 1;
          break;
        }
      }
      // Text between the closing quote and the delimiter is kept, as spreadsheets do.
      field = value;
      i = end;
      while (i < input.length && input[i] !== delimiter && input[i] !== '\n' && input[i] !== '\r') {
        field += input[i];
        i++;
      }
      continue;
    }
    if (char === delimiter) {
      row.push(field);
      field = '';
    } else if (char === '\r' || char === '\n') {
      endRow();
      if (char === '\r' && input[i + 1] === '\n') i++;
    } else {
      field += char;
    }
    i++;
  }
  const last = input[input.length - 1];
  if (input.length > 0 && last !== '\n' && last !== '\r') endRow();
  return rows;
}
