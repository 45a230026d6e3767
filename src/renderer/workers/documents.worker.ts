/// <reference lib="webworker" />
// Builds documents off the UI thread; ExcelJS, docx and chart.js load only here, on first use.
import type {
  DocumentFailure,
  DocumentRequest,
  DocumentResponse,
  DocumentStep,
} from './documents.protocol';

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

type ContractRequest = Extract<
  DocumentRequest,
  { kind: 'contract-docx' | 'contract-pdf' | 'redline-docx' | 'contract-sign' }
>;

/** Contracts: the Word file, the PDF (in the bundled fonts), the redline, and signing the PDF. */
async function buildContract(
  request: ContractRequest,
  progress: (step: DocumentStep) => void,
): Promise<Uint8Array> {
  switch (request.kind) {
    case 'contract-docx': {
      const { buildContractDocument } = await import('#shared/documents/contracts/contract-docx');
      progress('building');
      return buildContractDocument(request.contract);
    }
    case 'contract-pdf': {
      const [{ buildContractPdf }, { contractFonts }] = await Promise.all([
        import('#shared/documents/contracts/contract-pdf'),
        import('./contract-fonts'),
      ]);
      const fonts = await contractFonts();
      progress('building');
      return buildContractPdf(request.contract, fonts);
    }
    case 'redline-docx': {
      const { buildRedlineDocx } = await import('#shared/documents/contracts/redline-docx');
      progress('building');
      return buildRedlineDocx(request.redline);
    }
    case 'contract-sign': {
      const [{ signContractPdf }, { contractFonts }] = await Promise.all([
        import('#shared/contracts/signing'),
        import('./contract-fonts'),
      ]);
      const fonts = await contractFonts();
      progress('building');
      return (await signContractPdf({ ...request.signing, fonts })).pdf;
    }
  }
}

type PresentationRequest = Extract<
  DocumentRequest,
  { kind: 'deck-pdf' | 'deck-pptx' | 'leads-xlsx' }
>;

/** Presentations: the deck as PDF (in the bundled fonts) or PowerPoint, the fair leads as Excel. */
async function buildPresentation(
  request: PresentationRequest,
  progress: (step: DocumentStep) => void,
): Promise<Uint8Array> {
  switch (request.kind) {
    case 'deck-pdf': {
      const [{ buildDeckPdf }, { contractFonts }] = await Promise.all([
        import('#shared/documents/presentations/deck-pdf'),
        import('./contract-fonts'),
      ]);
      const fonts = await contractFonts();
      progress('building');
      return buildDeckPdf(request.deckExport, fonts);
    }
    case 'deck-pptx': {
      const { buildDeckPptx } = await import('#shared/documents/presentations/deck-pptx');
      progress('building');
      return buildDeckPptx(request.deckExport, { withNotes: request.withNotes });
    }
    case 'leads-xlsx': {
      const { buildLeadsWorkbook } = await import('#shared/documents/presentations/leads-xlsx');
      progress('building');
      return buildLeadsWorkbook(request.leads);
    }
  }
}

/** What a refusal names (issues, field, reason), so the UI can show it where it is fixed. */
function failureOf(error: unknown): DocumentFailure | undefined {
  if (!(error instanceof Error)) return undefined;
  const fields = error as Error & { issues?: unknown; field?: unknown; reason?: unknown };
  if (error.name === 'ContractExportError' && Array.isArray(fields.issues))
    return { name: 'ContractExportError', issues: fields.issues as never };
  if (error.name === 'SigningInputError' && typeof fields.field === 'string')
    return { name: 'SigningInputError', field: fields.field, reason: fields.reason as never };
  if (error.name === 'ContractInputError' && typeof fields.field === 'string')
    return { name: 'ContractInputError', field: fields.field };
  return undefined;
}

async function build(request: DocumentRequest): Promise<Uint8Array> {
  const { id } = request;
  const progress = (step: DocumentStep) => post({ id, type: 'progress', step });
  progress('loading');
  if ('contract' in request || 'redline' in request || 'signing' in request)
    return buildContract(request, progress);
  if ('deckExport' in request || 'leads' in request) return buildPresentation(request, progress);
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
  const [chartPng, whyUsChartPng, ganttPng] = await Promise.all([
    chart.proposalChartPng(data),
    chart.whyUsPng(data),
    chart.ganttPng(data),
  ]);
  progress('building');
  return buildProposalDocument(data, { chartPng, whyUsChartPng, ganttPng });
}

scope.onmessage = (event: MessageEvent<DocumentRequest>) => {
  const request = event.data;
  build(request).then(
    (bytes) => post({ id: request.id, type: 'done', bytes }, [bytes.buffer]),
    (error: unknown) => {
      const failure = failureOf(error);
      post({
        id: request.id,
        type: 'error',
        message: error instanceof Error ? error.message : String(error),
        ...(failure ? { failure } : {}),
      });
    },
  );
};
