// The analysis export end to end in Node: exportAnalysisFile posts to the documents worker (here
// its module run in-process behind a fake Worker), which draws the chart on an "OffscreenCanvas"
// (@napi-rs/canvas) and builds the Word or Excel file.
import { createCanvas } from '@napi-rs/canvas';
import ExcelJS from 'exceljs';
import type { Worksheet } from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleMatrix, sampleNames, sampleSwot } from '#test/analysis-samples';
import { paragraphs, readDocx } from '#test/read-docx';

type Listener = ((event: { data: unknown }) => void) | null;

const scope: { onmessage: Listener; postMessage: (message: unknown) => void } = {
  onmessage: null,
  postMessage: () => undefined,
};

class FakeWorker {
  onmessage: Listener = null;
  onerror: ((event: { message: string }) => void) | null = null;
  constructor() {
    scope.postMessage = (message) => queueMicrotask(() => this.onmessage?.({ data: message }));
  }
  postMessage(message: unknown) {
    queueMicrotask(() => scope.onmessage?.({ data: structuredClone(message) }));
  }
}

const globals = globalThis as unknown as Record<string, unknown>;
const saved = {
  self: globals.self,
  Worker: globals.Worker,
  OffscreenCanvas: globals.OffscreenCanvas,
};

beforeAll(async () => {
  globals.self = scope;
  globals.Worker = FakeWorker;
  globals.OffscreenCanvas = function OffscreenCanvas(width: number, height: number) {
    return createCanvas(width, height);
  };
  await import('./documents.worker');
});

afterAll(() => {
  Object.assign(globals, saved);
});

const input = { names: sampleNames, language: 'de', companyName: 'Brandt IT GmbH' } as const;

describe('exportAnalysisFile', () => {
  it('builds the Word section with the chart drawn in the worker', async () => {
    const { exportAnalysisFile } = await import('./analysis-export.client');
    const steps: string[] = [];
    const file = await exportAnalysisFile('docx', { analysis: sampleSwot(), ...input }, (step) =>
      steps.push(step),
    );
    expect([file.fileName, file.mimeType]).toEqual([
      'SWOT Rechenzentrumsbetrieb.docx',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ]);
    expect(steps).toEqual(['loading', 'chart', 'building']);
    const docx = await readDocx(file.bytes);
    expect(paragraphs(docx.document).slice(0, 2)).toEqual([
      'SWOT Rechenzentrumsbetrieb',
      'SWOT-Analyse',
    ]);
    expect(docx.media).toHaveLength(1);
  });

  it('builds the Excel sheet with the matrix formulas', async () => {
    const { exportAnalysisFile } = await import('./analysis-export.client');
    const file = await exportAnalysisFile('xlsx', { analysis: sampleMatrix(), ...input });
    expect([file.fileName, file.mimeType]).toEqual([
      'Wettbewerbsmatrix Firewall-Projekt.xlsx',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.bytes as never);
    const sheet = workbook.worksheets[0] as Worksheet;
    expect(sheet.getCell('C10').formula).toBe('ROUND(SUMPRODUCT($B$5:$B$8,C5:C8)/100,2)');
  });

  it('rejects with the builder’s error', async () => {
    const { exportAnalysisFile } = await import('./analysis-export.client');
    const broken = { ...sampleMatrix(), kind: 'no-such-kind' } as never;
    await expect(exportAnalysisFile('xlsx', { analysis: broken, ...input })).rejects.toThrow(
      'buildAnalysisWorkbook: unknown analysis kind "no-such-kind"',
    );
  });
});
