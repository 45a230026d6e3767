import { ImportFileError } from '#shared/catalog-import';
import { translateIssue } from '../../i18n';
import { errorMessage } from '../../components/notify-error';

// The reading itself is pure and runs in a worker (workers/catalog-import.worker.ts).
export { decodeCsv, readImportFile as readImportRows } from '#shared/catalog-import';

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
    return importMessage(t, error.key, { row: error.row ?? '?', ...error.params });
  return errorMessage(error, t);
}

/** Rows with at least one non-blank cell, after the header: what the import will look at. */
export function dataRowCount(rows: readonly (readonly string[])[]): number {
  return rows.slice(1).filter((cells) => cells.some((cell) => cell.trim() !== '')).length;
}
