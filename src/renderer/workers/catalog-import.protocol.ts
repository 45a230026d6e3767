import type { ImportErrorKey, ImportErrorParams } from '#shared/catalog-import/errors';

export type CatalogImportRequest = { name: string; data: Uint8Array };

/** An ImportFileError as plain data: errors lose their class on the way out of a worker. */
export type CatalogImportFailure = {
  key: ImportErrorKey | null;
  message: string;
  row: number | null;
  params: ImportErrorParams;
};

export type CatalogImportResponse =
  { type: 'done'; rows: string[][] } | { type: 'error'; error: CatalogImportFailure };
