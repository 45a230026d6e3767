import { createCanvas } from '@napi-rs/canvas';
import type { OfferBundle } from '../../src/shared/bundle';
import { bundleOfferTotals, bundleToDocumentData } from '../../src/shared/bundle';
import { proposalChartConfig, renderChartPng } from '../../src/shared/documents/chart';
import type { ChartCanvas } from '../../src/shared/documents/chart';
import { documentFileName } from '../../src/shared/documents/types';

/** One file to write: its name inside the output folder and its bytes. */
export type RenderedFile = { name: string; bytes: Uint8Array };

// The chart's size in CSS pixels; the chart config sets the pixel ratio.
const CHART_SIZE = { width: 640, height: 320 };

/** Builds the xlsx and the docx (with its chart as PNG) in memory; nothing is written here. */
export async function renderBundle(
  bundle: OfferBundle,
  { internal }: { internal: boolean },
): Promise<RenderedFile[]> {
  const data = bundleToDocumentData(bundle, { internal });
  // Loaded only now: a bad bundle is reported without paying for ExcelJS and docx.
  const [{ buildQuoteWorkbook }, { buildProposalDocument }] = await Promise.all([
    import('../../src/shared/documents/quote-workbook'),
    import('../../src/shared/documents/proposal-document'),
  ]);
  const chartPng = await renderChartPng(proposalChartConfig(data, bundleOfferTotals(bundle)), {
    ...CHART_SIZE,
    createCanvas: (width, height) => createCanvas(width, height) as unknown as ChartCanvas,
  });
  const [xlsx, docx] = await Promise.all([
    buildQuoteWorkbook(data),
    buildProposalDocument(data, { chartPng }),
  ]);
  const name = (extension: 'xlsx' | 'docx') =>
    documentFileName({
      number: bundle.offer.number,
      revision: bundle.offer.revision,
      clientName: bundle.client.name,
      extension,
    });
  return [
    { name: name('xlsx'), bytes: xlsx },
    { name: name('docx'), bytes: docx },
  ];
}
