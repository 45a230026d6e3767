/// <reference lib="webworker" />
// Builds documents off the UI thread; ExcelJS, docx and chart.js load only here, on first use.
import type { DocumentRequest, DocumentResponse, DocumentStep } from './documents.protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: DocumentResponse, transfer: Transferable[] = []) =>
  scope.postMessage(message, transfer);

async function build({ id, kind, data }: DocumentRequest): Promise<Uint8Array> {
  const progress = (step: DocumentStep) => post({ id, type: 'progress', step });
  progress('loading');
  if (kind === 'xlsx') {
    const { buildQuoteWorkbook } = await import('#shared/documents/quote-workbook');
    progress('building');
    return buildQuoteWorkbook(data);
  }
  const [{ buildProposalDocument }, chart] = await Promise.all([
    import('#shared/documents/proposal-document'),
    import('./chart-png'),
  ]);
  progress('chart');
  const chartPng = await chart.proposalChartPng(data);
  progress('building');
  return buildProposalDocument(data, { chartPng });
}

scope.onmessage = (event: MessageEvent<DocumentRequest>) => {
  const request = event.data;
  build(request).then(
    (bytes) => post({ id: request.id, type: 'done', bytes }, [bytes.buffer]),
    (error: unknown) =>
      post({
        id: request.id,
        type: 'error',
        message: error instanceof Error ? error.message : String(error),
      }),
  );
};
