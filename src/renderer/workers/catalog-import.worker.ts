/// <reference lib="webworker" />
// Reads a catalog import file (CSV or XLSX) off the UI thread: a large or hostile file keeps the
// window responsive, and ExcelJS loads only here.
import { ImportFileError } from '#shared/catalog-import/errors';
import type { CatalogImportRequest, CatalogImportResponse } from './catalog-import.protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<CatalogImportRequest>) => {
  const post = (message: CatalogImportResponse) => scope.postMessage(message);
  import('#shared/catalog-import/read-file')
    .then(({ readImportFile }) => readImportFile(event.data))
    .then(
      (rows) => post({ type: 'done', rows }),
      (error: unknown) =>
        post({
          type: 'error',
          error:
            error instanceof ImportFileError
              ? { key: error.key, message: error.message, row: error.row, params: error.params }
              : {
                  key: null,
                  message: error instanceof Error ? error.message : String(error),
                  row: null,
                  params: {},
                },
        }),
    );
};
