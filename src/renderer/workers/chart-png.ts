import { analysisChartPng } from '#shared/analyses/charts/png';
import { proposalChartConfig, renderChartPng } from '#shared/documents/chart';
import type { DocumentData } from '#shared/documents/types';
import { documentTotals } from '#shared/documents/totals';
import { planGanttPng } from '#shared/documents/planning/gantt-png';
import type { AnalysisExportInput } from './documents.protocol';

const offscreen = (width: number, height: number) => new OffscreenCanvas(width, height);

/** The proposal's chart as PNG, drawn on an OffscreenCanvas inside the document worker. */
export async function proposalChartPng(data: DocumentData): Promise<Uint8Array | null> {
  if (typeof OffscreenCanvas === 'undefined') return null;
  return renderChartPng(proposalChartConfig(data, documentTotals(data)), {
    width: 640,
    height: 320,
    createCanvas: offscreen,
  });
}

/** An analysis's chart as PNG for its Word section (the document prints its title itself). */
export async function analysisPng(input: AnalysisExportInput): Promise<Uint8Array | null> {
  if (typeof OffscreenCanvas === 'undefined') return null;
  return analysisChartPng(input.analysis, { ...input, bare: true, createCanvas: offscreen });
}

/** The Why-us chapter's competitor-matrix chart, when the proposal has that chapter. */
export async function whyUsPng(data: DocumentData): Promise<Uint8Array | null> {
  if (typeof OffscreenCanvas === 'undefined' || data.whyUs === undefined) return null;
  const { matrix, names } = data.whyUs;
  return analysisChartPng(
    { kind: 'competitor-matrix', ...matrix },
    {
      names,
      language: data.language,
      companyName: data.company.name,
      bare: true,
      width: 640,
      height: 320,
      createCanvas: offscreen,
    },
  );
}

/** The project plan chapter's Gantt chart (the app's painter), when the offer has a plan. */
export async function ganttPng(data: DocumentData): Promise<Uint8Array | null> {
  if (typeof OffscreenCanvas === 'undefined' || data.plan === undefined) return null;
  return planGanttPng(data.plan, offscreen);
}
