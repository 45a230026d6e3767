import { SigningInputError } from '#shared/contracts/signing/errors';
import { ContractInputError } from '#shared/contracts/errors';
import { ContractExportError } from '#shared/documents/contracts/contract-text';
import type { DocumentData } from '#shared/documents/types';
import type {
  DocumentFailure,
  DocumentKind,
  DocumentRequest,
  DocumentResponse,
  DocumentStep,
} from './documents.protocol';

let worker: Worker | undefined;

/** The worker's refusal as the error class the shared code threw, so callers can read its details. */
function workerError(message: string, failure: DocumentFailure | undefined): Error {
  switch (failure?.name) {
    case 'ContractExportError':
      return new ContractExportError(failure.issues);
    case 'SigningInputError':
      return new SigningInputError(failure.field, failure.reason, message.replace(/^[^:]*: /, ''));
    case 'ContractInputError':
      return new ContractInputError(failure.field, message.replace(/^[^:]*: /, ''));
    default:
      return new Error(message);
  }
}
let nextId = 1;
const pending = new Map<
  number,
  {
    resolve: (bytes: Uint8Array) => void;
    reject: (error: Error) => void;
    onStep?: (step: DocumentStep) => void;
  }
>();

function documentsWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./documents.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<DocumentResponse>) => {
      const message = event.data;
      const entry = pending.get(message.id);
      if (!entry) return;
      if (message.type === 'progress') entry.onStep?.(message.step);
      else {
        pending.delete(message.id);
        if (message.type === 'done') entry.resolve(message.bytes);
        else entry.reject(workerError(message.message, message.failure));
      }
    };
    worker.onerror = (event) => {
      for (const entry of pending.values())
        entry.reject(new Error(event.message || 'document worker failed'));
      pending.clear();
      worker = undefined;
    };
  }
  return worker;
}

/** Sends one request to the document worker; resolves with the bytes it builds. */
export function requestDocument(
  request: DistributiveOmit<DocumentRequest, 'id'>,
  onStep?: (step: DocumentStep) => void,
): Promise<Uint8Array> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject, ...(onStep ? { onStep } : {}) });
    documentsWorker().postMessage({ ...request, id });
  });
}

type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;

/** Builds an Excel quote or a Word proposal in the document worker; the UI stays responsive. */
export function generateDocument(
  kind: DocumentKind,
  data: DocumentData,
  onStep?: (step: DocumentStep) => void,
): Promise<Uint8Array> {
  return requestDocument({ kind, data }, onStep);
}
