import { proposalChartConfig, renderChartPng } from '#shared/documents/chart';
import type { DocumentData } from '#shared/documents/types';
import { documentTotals } from '#shared/documents/totals';

/** The proposal's chart as PNG, drawn on an OffscreenCanvas inside the document worker. */
export async function proposalChartPng(data: DocumentData): Promise<Uint8Array | null> {
  if (typeof OffscreenCanvas === 'undefined') return null;
  return renderChartPng(proposalChartConfig(data, documentTotals(data)), {
    width: 640,
    height: 320,
    createCanvas: (width, height) => new OffscreenCanvas(width, height),
  });
}
