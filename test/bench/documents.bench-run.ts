// Node figures of issue 4: a 1,000-line offer to xlsx and docx, each side by side with a bare
// ExcelJS/docx program writing the same cells or table without our layout. Writes BENCH_DOCS_OUT.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import { expect, it } from 'vitest';
import {
  proposalChartConfig,
  renderChartPng,
  type ChartCanvas,
} from '../../src/shared/documents/chart';
import { bareProposalDocument } from '../../src/shared/documents/proposal/bare';
import { buildProposalDocument } from '../../src/shared/documents/proposal-document';
import { bareQuoteWorkbook } from '../../src/shared/documents/quote/bare';
import { buildQuoteWorkbook } from '../../src/shared/documents/quote-workbook';
import { documentTotals } from '../../src/shared/documents/totals';
import type { DocumentData, DocumentLine } from '../../src/shared/documents/types';
import { generateOfferLines } from './generate';

const LINES = 1_000;
const RUNS = 9;
// Rounds before timing. One was too few: the proposal, with more code for the JIT to compile,
// still took 380-400 ms in its first timed runs and 250-290 ms from the third on.
const WARM_UP_ROUNDS = 3;
const out = resolve(process.env.BENCH_DOCS_OUT ?? 'out/bench-node/documents.json');
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

function benchData(): DocumentData {
  const lines: DocumentLine[] = generateOfferLines(LINES).map((spec, index) => ({
    ...spec,
    id: `l${index}`,
    description: '',
    // Alternatives need a line to replace: the first line of the offer.
    kind: spec.kind,
    replaces: spec.kind === 'alternative' ? 'l0' : '',
    estimate: null,
  }));
  lines[0] = { ...lines[0]!, kind: 'normal', replaces: '' };
  return {
    language: 'de',
    internal: false,
    company: {
      name: 'Nordlicht IT-Beratung GmbH',
      street: 'Am Sandtorkai 41',
      postalCode: '20457',
      city: 'Hamburg',
      country: 'DE',
      vatId: 'DE136695976',
      taxNumber: '',
      commercialRegister: 'Amtsgericht Hamburg HRB 184572',
      managingDirectors: 'Jana Feddersen',
      bankName: 'Hamburger Sparkasse',
      iban: 'DE89370400440532013000',
      bic: 'HASPDEHHXXX',
      email: 'info@nordlicht-it.de',
      phone: '+49 40 8816340-0',
      website: 'https://www.nordlicht-it.de',
      brandColor: '#1c5d99',
      logo: null,
    },
    client: {
      name: 'Musterbau AG',
      street: 'Industriestraße 7',
      postalCode: '45127',
      city: 'Essen',
      country: 'DE',
      vatId: '',
      contactName: 'Anna Schmidt',
    },
    author: { name: 'Jana Becker', position: 'Vertrieb', email: '', phone: '' },
    offer: {
      number: 'A-2026-JB-0042',
      revision: 2,
      title: 'Rahmenangebot 1.000 Positionen',
      date: '2026-11-28',
      validUntil: '2026-12-28',
      currency: 'EUR',
      exchangeRate: '',
      paymentTermsDays: 14,
      cashDiscountPct: '2',
      cashDiscountDays: 10,
      termMonths: 36,
      discountPct: '3',
      reverseCharge: false,
    },
    sections: Array.from({ length: 10 }, (_, index) => ({
      title: `Abschnitt ${index + 1}`,
      lines: lines.slice(index * 100, index * 100 + 100),
    })),
    chapters: [
      {
        title: 'Management Summary',
        body: '# Ziel\n\nEin **belastbares** Angebot.\n\n- Punkt eins\n- Punkt zwei',
      },
    ],
  };
}

async function time(run: () => Promise<Uint8Array>): Promise<number> {
  const started = performance.now();
  const bytes = await run();
  const elapsed = performance.now() - started;
  expect(bytes.byteLength).toBeGreaterThan(1_000);
  return elapsed;
}

it(`measures xlsx and docx for ${LINES} lines against bare programs`, async () => {
  const data = benchData();
  const lines = data.sections.flatMap((section) => section.lines);
  const chartPng = await renderChartPng(proposalChartConfig(data, documentTotals(data)), {
    width: 640,
    height: 320,
    createCanvas: (width, height) => createCanvas(width, height) as unknown as ChartCanvas,
  });
  const figures = {
    xlsx: [] as number[],
    xlsxBare: [] as number[],
    docx: [] as number[],
    docxBare: [] as number[],
  };
  // Warm-up (module load, JIT), then interleaved runs so both sides see the same machine.
  for (let round = 0; round < WARM_UP_ROUNDS; round++) {
    await buildQuoteWorkbook(data);
    await bareQuoteWorkbook(lines);
    await buildProposalDocument(data, { chartPng });
    await bareProposalDocument(lines);
  }
  for (let run = 0; run < RUNS; run++) {
    figures.xlsx.push(await time(() => buildQuoteWorkbook(data)));
    figures.xlsxBare.push(await time(() => bareQuoteWorkbook(lines)));
    figures.docx.push(await time(() => buildProposalDocument(data, { chartPng })));
    figures.docxBare.push(await time(() => bareProposalDocument(lines)));
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(
    out,
    `${JSON.stringify({
      lines: LINES,
      runs: RUNS,
      xlsxMs: median(figures.xlsx),
      xlsxBareMs: median(figures.xlsxBare),
      docxMs: median(figures.docx),
      docxBareMs: median(figures.docxBare),
      all: figures,
    })}\n`,
  );
});
