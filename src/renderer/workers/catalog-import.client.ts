import { ImportFileError } from '#shared/catalog-import/errors';
import type { CatalogImportFailure, CatalogImportResponse } from './catalog-import.protocol';

function failure({ key, message, row, params }: CatalogImportFailure): Error {
  return key === null ? new Error(message) : new ImportFileError(key, message, row, params);
}

/**
 * The rows of a catalog import file, read in a worker of its own (ended afterwards, which frees
 * ExcelJS's memory). Rejects with ImportFileError as the reader throws it.
 */
export function readImportFileInWorker(file: {
  name: string;
  data: Uint8Array;
}): Promise<string[][]> {
  const worker = new Worker(new URL('./catalog-import.worker.ts', import.meta.url), {
    type: 'module',
  });
  return new Promise<string[][]>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<CatalogImportResponse>) => {
      const message = event.data;
      if (message.type === 'done') resolve(message.rows);
      else reject(failure(message.error));
    };
    worker.onerror = (event) => reject(new Error(event.message || 'import worker failed'));
    worker.postMessage({ name: file.name, data: file.data });
  }).finally(() => worker.terminate());
}
