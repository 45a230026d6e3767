// Catalog import: read CSV/XLSX, guess the column mapping, validate rows before anything is written.
export { detectDelimiter, parseCsv } from './csv';
export type { CsvDelimiter } from './csv';
export { readXlsxRows, cellText } from './xlsx';
export { guessMapping, mappingFields, requiredMappingFields } from './mapping';
export type { Mapping, MappingField } from './mapping';
export { validateImport } from './validate';
export type { ImportError, ImportResult, ValidateImportArgs } from './validate';
export { parseImportDecimal, parseVatPct } from './values';
export type { NumberFormat } from './values';
export { ImportFileError, importErrors } from './errors';
export type { ImportErrorKey, ImportErrorParams } from './errors';
export { MAX_CELL_CHARS, checkCellLengths, columnLetter, valueExcerpt } from './cells';
export { XLSX_LIMITS, checkZipSize } from './zip-guard';
export type { ZipLimits } from './zip-guard';
export { decodeCsv, readImportFile } from './read-file';
