import { deckChartPngs, withoutCharts } from '#shared/documents/presentations/deck-charts';
import type { DeckExportInput } from '#shared/documents/presentations/deck-input';
import type { LeadsWorkbookInput } from '#shared/documents/presentations/leads-xlsx';
import { requestDocument } from './documents.client';
import type { DocumentStep } from './documents.protocol';

export const PRESENTATION_MIME_TYPES = {
  pdf: 'application/pdf',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

const offscreen = (width: number, height: number) => new OffscreenCanvas(width, height);

/**
 * The deck as PDF or PowerPoint, built in the document worker (pdf-lib, the fonts and pptxgenjs
 * load only there). The analysis charts are drawn to PNG on an OffscreenCanvas first, on this
 * side: their chart.js configurations hold functions (label fitting), which cannot be posted.
 */
export async function buildDeckFile(
  kind: 'pdf' | 'pptx',
  input: DeckExportInput,
  { withNotes = false }: { withNotes?: boolean } = {},
  onStep?: (step: DocumentStep) => void,
): Promise<Uint8Array> {
  const needsCharts = input.deck.slides.some((slide) => slide.chart !== null);
  let charts = input.charts;
  if (needsCharts && typeof OffscreenCanvas !== 'undefined') {
    onStep?.('chart');
    charts = { ...(await deckChartPngs(input.deck.slides, offscreen)), ...input.charts };
  }
  return requestDocument(
    {
      kind: kind === 'pdf' ? 'deck-pdf' : 'deck-pptx',
      deckExport: withoutCharts({ ...input, charts }),
      withNotes: kind === 'pptx' && withNotes,
    },
    onStep,
  );
}

/** The fair leads as an Excel sheet, built in the document worker. */
export function buildLeadsWorkbookFile(
  leads: LeadsWorkbookInput,
  onStep?: (step: DocumentStep) => void,
): Promise<Uint8Array> {
  return requestDocument({ kind: 'leads-xlsx', leads }, onStep);
}
