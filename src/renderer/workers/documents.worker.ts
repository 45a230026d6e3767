/// <reference lib="webworker" />
// Builds documents off the UI thread; ExcelJS, docx and chart.js load only here, on first use.
import type { DocumentRequest, DocumentResponse, DocumentStep } from './documents.protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: DocumentResponse, transfer: Transferable[] = []) =>
  scope.postMessage(message, transfer);

async function buildAnalysis(
  request: Extract<DocumentRequest, { kind: 'analysis-docx' | 'analysis-xlsx' }>,
  progress: (step: DocumentStep) => void,
): Promise<Uint8Array> {
  const input = request.analysis;
  if (request.kind === 'analysis-xlsx') {
    const { buildAnalysisWorkbook } = await import('#shared/documents/analyses');
    progress('building');
    return buildAnalysisWorkbook(input);
  }
  const [{ buildAnalysisDocument }, chart] = await Promise.all([
    import('#shared/documents/analyses'),
    import('./chart-png'),
  ]);
  progress('chart');
  const chartPng = await chart.analysisPng(input);
  progress('building');
  return buildAnalysisDocument({ ...input, chartPng });
}

async function build(request: DocumentRequest): Promise<Uint8Array> {
  const { id } = request;
  const progress = (step: DocumentStep) => post({ id, type: 'progress', step });
  progress('loading');
  if (!('data' in request)) return buildAnalysis(request, progress);
  const { data } = request;
  if (request.kind === 'xlsx') {
    const { buildQuoteWorkbook } = await import('#shared/documents/quote-workbook');
    progress('building');
    return buildQuoteWorkbook(data);
  }
  const [{ buildProposalDocument }, chart] = await Promise.all([
    import('#shared/documents/proposal-document'),
    import('./chart-png'),
  ]);
  progress('chart');
  const [chartPng, whyUsChartPng] = await Promise.all([
    chart.proposalChartPng(data),
    chart.whyUsPng(data),
  ]);
  progress('building');
  return buildProposalDocument(data, { chartPng, whyUsChartPng });
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
