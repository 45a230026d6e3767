// The project plan in the customer documents: the Word proposal's "Projektplan" chapter (Gantt
// image, schedule, milestones, payment plan) and the Excel quote's "Zahlungsplan" sheet, whose
// formulas LibreOffice recalculates to our amounts, also after the customer changes a quantity.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { Image, createCanvas } from '@napi-rs/canvas';
import type { Worksheet } from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paragraphs, readDocx, tables } from '#test/read-docx';
import {
  LOGO_PNG,
  makeDocumentData,
  makeLine,
} from '../../../../test/fixtures/documents/document-data';
import {
  cellContent,
  cellNumber,
  cents,
  loadWorkbook,
} from '../../../../test/fixtures/documents/read-workbook';
import type { PaymentSchedule, PlanAnalysis, WbsNode } from '../../planning/types';
import { buildProposalDocument } from '../proposal-document';
import { buildQuoteWorkbook } from '../quote-workbook';
import type { DocumentData } from '../types';
import type { ChartCanvas } from '../chart';
import { analysePlan } from '../../planning';
import { largePlanRows, planRows } from '#test/planning-fixtures';
import { GANTT_MAX_ROWS, GANTT_PNG_WIDTH, ganttScope, planGanttPng } from './gantt-png';
import { planDocumentData } from './types';

function node(
  id: string,
  wbs: string,
  name: string,
  expected: string,
  parentId = '',
  childIds: string[] = [],
): WbsNode {
  return {
    id,
    wbs,
    depth: wbs.split('.').length - 1,
    parentId,
    name,
    phase: childIds.length > 0,
    roleId: childIds.length > 0 ? '' : 'role-consultant',
    team: 1,
    optimistic: expected,
    mostLikely: expected,
    pessimistic: expected,
    expected,
    standardDeviation: '0.00',
    duration: Math.ceil(Number(expected)),
    deliverables: '',
    childIds,
  };
}

function dates(start: string, finish: string, es: number, ef: number, critical: boolean) {
  return {
    earliestStart: es,
    earliestFinish: ef,
    latestStart: es,
    latestFinish: ef,
    totalFloat: 0,
    freeFloat: 0,
    critical,
    start,
    finish,
  };
}

/** A small scheduled plan (two phases, four packages, two milestones) on the 2027 calendar. */
function sampleAnalysis(): PlanAnalysis {
  return {
    planId: 'plan-1',
    offerId: 'offer-1',
    startDate: '2027-01-11',
    calendar: { state: 'HH' },
    nodes: [
      node('p1', '1', 'Konzeption', '9.00', '', ['a', 'b']),
      node('a', '1.1', 'Anforderungsanalyse', '5.00', 'p1'),
      node('b', '1.2', 'Feinkonzept', '4.00', 'p1'),
      node('p2', '2', 'Umsetzung', '12.00', '', ['c', 'd']),
      node('c', '2.1', 'Migration der Server', '10.00', 'p2'),
      node('d', '2.2', 'Abnahme', '2.00', 'p2'),
    ],
    dates: {
      p1: dates('2027-01-11', '2027-01-21', 0, 9, true),
      a: dates('2027-01-11', '2027-01-15', 0, 5, true),
      b: dates('2027-01-18', '2027-01-21', 5, 9, true),
      p2: dates('2027-01-22', '2027-02-08', 9, 21, true),
      c: dates('2027-01-22', '2027-02-04', 9, 19, true),
      d: dates('2027-02-05', '2027-02-08', 19, 21, true),
    },
    criticalPath: ['a', 'b', 'c', 'd'],
    dependencies: [
      { id: 'dep-1', predecessorId: 'a', successorId: 'b', lagDays: 0 },
      { id: 'dep-2', predecessorId: 'b', successorId: 'c', lagDays: 0 },
      { id: 'dep-3', predecessorId: 'c', successorId: 'd', lagDays: 0 },
    ],
    effort: {
      expected: '21.00',
      standardDeviation: '0.00',
      confidencePct: '50',
      atConfidence: '21.00',
      contingency: '0.00',
    },
    duration: {
      expected: 21,
      standardDeviation: 0,
      finish: '2027-02-08',
      p80: '2027-02-08',
      p90: '2027-02-08',
      deadlineProbability: '',
    },
    milestones: [
      { id: 'm1', name: 'Konzept abgenommen', packageId: 'b', date: '2027-01-21', critical: true },
      { id: 'm2', name: 'Go-live', packageId: 'd', date: '2027-02-08', critical: true },
    ],
    notes: [],
    problems: [],
  };
}

/** 33.33 / 33.33 / 33.34 % of 10,000.01 €: the last instalment takes the rounding. */
function samplePayments(): PaymentSchedule {
  return {
    rows: [
      {
        id: 'i1',
        label: 'Anzahlung Konzept',
        percent: '33.33',
        amount: '3333.00',
        dueDate: '2027-02-04',
        milestoneId: 'm1',
        milestoneName: 'Konzept abgenommen',
      },
      {
        id: 'i2',
        label: 'Rate Go-live',
        percent: '33.33',
        amount: '3333.00',
        dueDate: '2027-02-22',
        milestoneId: 'm2',
        milestoneName: 'Go-live',
      },
      {
        id: 'i3',
        label: 'Schlussrate',
        percent: '33.34',
        amount: '3334.01',
        dueDate: '2027-03-31',
        milestoneId: '',
        milestoneName: '',
      },
    ],
    percentSum: '100.00',
    total: '10000.01',
    currency: 'EUR',
    ok: true,
  };
}

/** A PNG of its own (a striped 40×20 image), so the test finds it apart from the logo. */
function stripesPng(): Uint8Array {
  const canvas = createCanvas(40, 20);
  const ctx = canvas.getContext('2d');
  for (let x = 0; x < 40; x += 8) {
    ctx.fillStyle = x % 16 === 0 ? '#c92a2a' : '#4c6ef5';
    ctx.fillRect(x, 0, 8, 20);
  }
  return new Uint8Array(canvas.toBuffer('image/png'));
}

function planData(overrides: Partial<DocumentData> = {}): DocumentData {
  const language = overrides.language ?? 'de';
  return makeDocumentData({
    language,
    sections: [
      {
        title: 'Projektleistungen',
        lines: [
          makeLine({
            id: 'l-1',
            name: 'Projektleistung pauschal',
            quantity: '1',
            unit: 'flat',
            unitPrice: '10000.01',
            unitCost: '6200.00',
          }),
        ],
      },
    ],
    plan: planDocumentData({
      analysis: sampleAnalysis(),
      payments: samplePayments(),
      language,
    }),
    ...overrides,
  });
}

describe('planDocumentData', () => {
  it('takes the schedule, milestones and payments of the analysis and nothing priced', () => {
    const plan = planDocumentData({
      analysis: sampleAnalysis(),
      payments: samplePayments(),
      language: 'de',
    });
    expect({ ...plan, gantt: undefined }).toEqual({
      language: 'de',
      start: '2027-01-11',
      finish: '2027-02-08',
      workingDays: 21,
      effort: '21.00',
      nodes: [
        ['p1', '1', 'Konzeption', 0, true, '2027-01-11', '2027-01-21', '9.00'],
        ['a', '1.1', 'Anforderungsanalyse', 1, false, '2027-01-11', '2027-01-15', '5.00'],
        ['b', '1.2', 'Feinkonzept', 1, false, '2027-01-18', '2027-01-21', '4.00'],
        ['p2', '2', 'Umsetzung', 0, true, '2027-01-22', '2027-02-08', '12.00'],
        ['c', '2.1', 'Migration der Server', 1, false, '2027-01-22', '2027-02-04', '10.00'],
        ['d', '2.2', 'Abnahme', 1, false, '2027-02-05', '2027-02-08', '2.00'],
      ].map(([id, wbs, name, depth, phase, start, finish, effort]) => ({
        id,
        wbs,
        name,
        depth,
        phase,
        start,
        finish,
        effort,
        critical: true,
      })),
      milestones: [
        { name: 'Konzept abgenommen', date: '2027-01-21', reachedWith: '1.2 Feinkonzept' },
        { name: 'Go-live', date: '2027-02-08', reachedWith: '2.2 Abnahme' },
      ],
      payments: [
        {
          label: 'Anzahlung Konzept',
          percent: '33.33',
          amount: '3333.00',
          dueDate: '2027-02-04',
          milestone: 'Konzept abgenommen',
        },
        {
          label: 'Rate Go-live',
          percent: '33.33',
          amount: '3333.00',
          dueDate: '2027-02-22',
          milestone: 'Go-live',
        },
        {
          label: 'Schlussrate',
          percent: '33.34',
          amount: '3334.01',
          dueDate: '2027-03-31',
          milestone: '',
        },
      ],
      paymentTotal: '10000.01',
      gantt: undefined,
    });
    expect(plan.gantt.analysis).toEqual(sampleAnalysis());
  });

  it('has no dates, finish or working days on a cycle', () => {
    const analysis = { ...sampleAnalysis(), dates: {}, duration: null, criticalPath: [] };
    const plan = planDocumentData({
      analysis,
      payments: null,
      language: 'en',
    });
    expect([plan.finish, plan.workingDays, plan.nodes[1]?.start, plan.payments]).toEqual([
      '',
      null,
      '',
      [],
    ]);
  });
});

const napiCanvas = (width: number, height: number) =>
  createCanvas(width, height) as unknown as ChartCanvas;

/** Pixels of the PNG within a small distance of `hex`. */
function pixelsOf(png: Uint8Array, hex: string): number {
  const image = new Image();
  image.src = Buffer.from(png);
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  const { data } = ctx.getImageData(0, 0, image.width, image.height);
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as [
    number,
    number,
    number,
  ];
  let count = 0;
  for (let i = 0; i < data.length; i += 4) {
    const distance =
      Math.abs((data[i] as number) - r) +
      Math.abs((data[i + 1] as number) - g) +
      Math.abs((data[i + 2] as number) - b);
    if (distance < 12) count += 1;
  }
  return count;
}

describe('planGanttPng', () => {
  it('draws the whole plan into the page width with the app painter, critical bars in red', async () => {
    const plan = planDocumentData({
      analysis: sampleAnalysis(),
      payments: null,
      language: 'de',
    });
    const png = (await planGanttPng(plan, napiCanvas)) as Uint8Array;
    const image = new Image();
    image.src = Buffer.from(png);
    // Twice the CSS size: the header and one row per node and milestone, 20 px each.
    expect([image.width, image.height]).toEqual([GANTT_PNG_WIDTH * 2, (40 + 8 * 20) * 2]);
    expect(pixelsOf(png, '#c92a2a')).toBeGreaterThan(1000);
    expect(pixelsOf(png, '#dee2e6')).toBeGreaterThan(1000);
    expect(pixelsOf(png, '#e8590c')).toBe(0);
    // No "today" line: a proposal is read on other days.
    expect(pixelsOf(png, '#1971c2')).toBe(0);
    // Off the critical path, a package is drawn in the bar colour.
    const relaxed = sampleAnalysis();
    relaxed.dates.a = { ...(relaxed.dates.a as (typeof relaxed.dates)[string]), critical: false };
    const other = await planGanttPng(
      planDocumentData({ analysis: relaxed, payments: null, language: 'de' }),
      napiCanvas,
    );
    expect(pixelsOf(other as Uint8Array, '#4c6ef5')).toBeGreaterThan(100);
  });

  it('draws a big plan as its top level only, on one page', async () => {
    const rows = largePlanRows(1000);
    const analysis = analysePlan({ ...rows, oneTimeNet: '100000.00' });
    const plan = planDocumentData({ analysis, payments: null, language: 'de' });
    expect(ganttScope(plan)).toBe('top-level');
    const png = (await planGanttPng(plan, napiCanvas)) as Uint8Array;
    const image = new Image();
    image.src = Buffer.from(png);
    const phases = analysis.nodes.filter((node) => node.depth === 0).length;
    const rowsDrawn = Math.min(GANTT_MAX_ROWS, phases + analysis.milestones.length);
    expect([image.width, image.height]).toEqual([GANTT_PNG_WIDTH * 2, (40 + rowsDrawn * 20) * 2]);
    // Weeks a pixel wide: no week lines (they would grey the whole chart, a million pixels;
    // a few anti-aliased edges of the bars come near their colour).
    expect(pixelsOf(png, '#dee2e6')).toBeLessThan(20_000);
    // The proposal says so under the chart (a plan of 60 packages is past one page too).
    const sixty = planDocumentData({
      analysis: analysePlan({ ...largePlanRows(60), oneTimeNet: '100000.00' }),
      payments: null,
      language: 'de',
    });
    const docx = await readDocx(
      await buildProposalDocument(planData({ plan: sixty }), { chartPng: null, ganttPng: png }),
    );
    expect(paragraphs(docx.document)).toContain(
      'Zeitplan der Phasen (Gantt-Diagramm): ◆ Meilenstein; die Arbeitspakete stehen in der Tabelle',
    );
    // The textbook plan fits: every package is drawn.
    const small = planDocumentData({
      analysis: analysePlan({ ...planRows(), oneTimeNet: '50000.00' }),
      payments: null,
      language: 'de',
    });
    expect(ganttScope(small)).toBe('all');
  });

  it('is null when a cycle leaves the plan unscheduled', async () => {
    const analysis = { ...sampleAnalysis(), dates: {}, duration: null, criticalPath: [] };
    const plan = planDocumentData({ analysis, payments: null, language: 'de' });
    expect(await planGanttPng(plan, napiCanvas)).toBeNull();
  });
});

describe('the proposal chapter "Projektplan"', () => {
  it('shows the Gantt image, the schedule, the milestones and the payment plan', async () => {
    const gantt = stripesPng();
    const docx = await readDocx(
      await buildProposalDocument(planData(), { chartPng: null, ganttPng: gantt }),
    );
    const text = paragraphs(docx.document);
    expect(text).toContain('Projektplan');
    expect(text).toContain(
      'Das Projekt beginnt am 11.01.2027 und endet voraussichtlich am 08.02.2027: 21 Arbeitstage mit einem erwarteten Aufwand von 21,00 Personentagen.',
    );
    // The Gantt chart besides the company logo.
    expect(docx.media.some((media) => Buffer.from(media).equals(Buffer.from(gantt)))).toBe(true);
    expect(docx.document).toMatch(/Zeitplan \(Gantt-Diagramm\)/);
    const all = tables(docx.document);
    const schedule = all.find((table) => table[0]?.[1] === 'Phase / Arbeitspaket');
    expect(schedule).toEqual([
      ['Nr.', 'Phase / Arbeitspaket', 'Beginn', 'Ende', 'Aufwand (PT)'],
      ['1', 'Konzeption', '11.01.2027', '21.01.2027', '9,00'],
      ['1.1', 'Anforderungsanalyse', '11.01.2027', '15.01.2027', '5,00'],
      ['1.2', 'Feinkonzept', '18.01.2027', '21.01.2027', '4,00'],
      ['2', 'Umsetzung', '22.01.2027', '08.02.2027', '12,00'],
      ['2.1', 'Migration der Server', '22.01.2027', '04.02.2027', '10,00'],
      ['2.2', 'Abnahme', '05.02.2027', '08.02.2027', '2,00'],
      ['Gesamtaufwand (erwartet)', '11.01.2027', '08.02.2027', '21,00'],
    ]);
    // Packages are indented under their phase: four names one level deep.
    expect(docx.document.match(/<w:ind w:left="227"\/>/g)).toHaveLength(4);
    expect(all.find((table) => table[0]?.[0] === 'Meilenstein')).toEqual([
      ['Meilenstein', 'Erreicht mit', 'Datum'],
      ['◆ Konzept abgenommen', '1.2 Feinkonzept', '21.01.2027'],
      ['◆ Go-live', '2.2 Abnahme', '08.02.2027'],
    ]);
    expect(all.find((table) => table[0]?.[0] === 'Rate')).toEqual([
      ['Rate', 'Fällig bei', 'Fällig am', 'Anteil', 'Betrag (netto)'],
      ['Anzahlung Konzept', 'Konzept abgenommen', '04.02.2027', '33,33 %', '3.333,00 €'],
      ['Rate Go-live', 'Go-live', '22.02.2027', '33,33 %', '3.333,00 €'],
      ['Schlussrate', 'fester Termin', '31.03.2027', '33,34 %', '3.334,01 €'],
      ['Summe', '100 %', '10.000,01 €'],
    ]);
    // The customer version never shows the lines' cost.
    expect(docx.document).not.toMatch(/6[.,]?200/);
  });

  it('is in English in an English proposal and lists its headings in the contents', async () => {
    const bytes = await buildProposalDocument(planData({ language: 'en' }), {
      chartPng: null,
      ganttPng: LOGO_PNG,
    });
    const { document } = await readDocx(bytes);
    const text = paragraphs(document);
    for (const title of [
      'Project plan',
      'Phases and work packages',
      'Milestones',
      'Payment plan',
    ]) {
      expect(text.filter((paragraph) => paragraph === title).length).toBeGreaterThanOrEqual(1);
    }
    const all = tables(document);
    // Short dates in the tables: the long English form would wrap in their narrow columns.
    expect(all.find((table) => table[0]?.[0] === 'No.')?.[2]).toEqual([
      '1.1',
      'Anforderungsanalyse',
      '11 Jan 2027',
      '15 Jan 2027',
      '5.00',
    ]);
    expect(all.find((table) => table[0]?.[0] === 'Instalment')?.slice(1)).toEqual([
      ['Anzahlung Konzept', 'Konzept abgenommen', '4 Feb 2027', '33.33%', '€3,333.00'],
      ['Rate Go-live', 'Go-live', '22 Feb 2027', '33.33%', '€3,333.00'],
      ['Schlussrate', 'fixed date', '31 Mar 2027', '33.34%', '€3,334.01'],
      ['Total', '100%', '€10,000.01'],
    ]);
    expect(text).toContain(
      'The project starts on 11 January 2027 and is expected to finish on 8 February 2027: 21 working days with an expected effort of 21.00 person-days.',
    );
  });

  it('shows only the payment plan of a plan without packages', async () => {
    const empty = planDocumentData({
      analysis: { ...sampleAnalysis(), nodes: [], dates: {}, milestones: [], dependencies: [] },
      payments: samplePayments(),
      language: 'de',
    });
    const docx = await readDocx(
      await buildProposalDocument(planData({ plan: empty }), { chartPng: null, ganttPng: null }),
    );
    const text = paragraphs(docx.document);
    const chapter = text.slice(
      text.lastIndexOf('Projektplan'),
      text.indexOf('Preise und Konditionen'),
    );
    expect(chapter.slice(0, 3)).toEqual([
      'Projektplan',
      'Zahlungsplan',
      expect.stringMatching(/^Die einmaligen Leistungen werden in Raten berechnet/),
    ]);
    expect(chapter).toContain('3.334,01 €');
  });

  it('is left out without a plan, and says the dates follow on a cycle', async () => {
    const without = await readDocx(
      await buildProposalDocument(planData({ plan: undefined }), { chartPng: null }),
    );
    expect(paragraphs(without.document)).not.toContain('Projektplan');
    const cyclic = planDocumentData({
      analysis: { ...sampleAnalysis(), dates: {}, duration: null, criticalPath: [] },
      payments: null,
      language: 'de',
    });
    const docx = await readDocx(
      await buildProposalDocument(planData({ plan: cyclic }), {
        chartPng: null,
        ganttPng: LOGO_PNG,
      }),
    );
    const text = paragraphs(docx.document);
    expect(text).toContain('Der Zeitplan wird zurzeit überarbeitet; die Termine folgen.');
    expect(text).not.toContain('Zahlungsplan');
    expect(docx.document).not.toMatch(/Gantt-Diagramm/);
  });
});

/** The payment sheet's rows 6–9 (three instalments and the total): formulas and results. */
function paymentCells(sheet: Worksheet) {
  return [6, 7, 8, 9].map((r) => [
    sheet.getCell(`A${r}`).value,
    cellContent(sheet.getCell(`D${r}`)),
    cellContent(sheet.getCell(`E${r}`)),
  ]);
}

describe('the quote sheet "Zahlungsplan"', () => {
  it('computes each instalment from the quote sheet net by formula, the last takes the rest', async () => {
    const workbook = await loadWorkbook(await buildQuoteWorkbook(planData()));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Angebot', 'Zahlungsplan']);
    const sheet = workbook.getWorksheet('Zahlungsplan') as Worksheet;
    const net = cellContent(sheet.getCell('B3')) as { formula: string; result: number };
    expect(net.formula).toMatch(/^'Angebot'!H\d+$/);
    expect(net.result).toBe(10000.01);
    expect(
      cellNumber(
        workbook.getWorksheet('Angebot')?.getCell(net.formula.split('!')[1] as string) as never,
      ),
    ).toBe(10000.01);
    expect(paymentCells(sheet)).toEqual([
      ['Anzahlung Konzept', 33.33, { formula: 'ROUND($B$3*D6/100,2)', result: 3333 }],
      ['Rate Go-live', 33.33, { formula: 'ROUND($B$3*D7/100,2)', result: 3333 }],
      ['Schlussrate', 33.34, { formula: '$B$3-SUM(E6:E7)', result: 3334.01 }],
      [
        'Summe',
        { formula: 'SUM(D6:D8)', result: 100 },
        { formula: 'SUM(E6:E8)', result: 10000.01 },
      ],
    ]);
    expect(sheet.getCell('C6').value).toEqual(new Date('2027-02-04T00:00:00Z'));
    expect(sheet.getCell('B8').value).toBe('fester Termin');
  });

  it('rounds every instalment of a plan off 100 % (no row takes the rest)', async () => {
    const payments = samplePayments();
    payments.rows = payments.rows.slice(0, 2);
    payments.rows[1] = {
      ...(payments.rows[1] as PaymentSchedule['rows'][number]),
      label: 'Abschlag nach Migration der Produktivsysteme und Abnahme',
    };
    payments.percentSum = '66.66';
    payments.total = '6666.00';
    const plan = planDocumentData({ analysis: sampleAnalysis(), payments, language: 'de' });
    const workbook = await loadWorkbook(await buildQuoteWorkbook(planData({ plan })));
    const sheet = workbook.getWorksheet('Zahlungsplan') as Worksheet;
    expect([6, 7, 8].map((r) => cellContent(sheet.getCell(`E${r}`)))).toEqual([
      { formula: 'ROUND($B$3*D6/100,2)', result: 3333 },
      { formula: 'ROUND($B$3*D7/100,2)', result: 3333 },
      { formula: 'SUM(E6:E7)', result: 6666 },
    ]);
    // The long label wraps onto a second line: its row is made taller, the short one is not.
    expect([sheet.getRow(6).height, sheet.getRow(7).height]).toEqual([15, 27.5]);
  });

  it('is named "Payment plan" in English and left out without a plan', async () => {
    const english = await loadWorkbook(await buildQuoteWorkbook(planData({ language: 'en' })));
    expect(english.worksheets.map((sheet) => sheet.name)).toEqual(['Quote', 'Payment plan']);
    const none = await loadWorkbook(await buildQuoteWorkbook(planData({ plan: undefined })));
    expect(none.worksheets.map((sheet) => sheet.name)).toEqual(['Angebot']);
  });
});

function findSoffice(): string | null {
  const dirs = (process.env.PATH ?? '').split(delimiter).concat('/usr/bin', '/usr/local/bin');
  return dirs.map((dir) => join(dir, 'soffice')).find((path) => existsSync(path)) ?? null;
}

const soffice = findSoffice();
const TIMEOUT = 180_000;

// OOXMLRecalcMode 0 = always recalculate on load; by default LibreOffice shows stored results.
const RECALC_PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

describe.skipIf(soffice === null)(
  `the payment sheet recalculated by LibreOffice${soffice === null ? ' (skipped: soffice not found)' : ''}`,
  () => {
    let work = '';
    let profile = '';
    beforeAll(() => {
      work = mkdtempSync(join(tmpdir(), 'plan-lo-'));
      profile = join(work, 'profile');
      mkdirSync(join(profile, 'user'), { recursive: true });
      writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), RECALC_PROFILE);
    });
    afterAll(() => {
      if (work !== '') rmSync(work, { recursive: true, force: true });
    });

    it(
      'gives our amounts, and follows a changed quantity on the quote sheet',
      async () => {
        const original = join(work, 'plan.xlsx');
        writeFileSync(original, await buildQuoteWorkbook(planData()));
        // The customer doubles the quantity: the net is 20,000.02, the instalments follow.
        const changedBook = await loadWorkbook(readFileSync(original));
        const quote = changedBook.getWorksheet('Angebot') as Worksheet;
        let qty = '';
        quote.eachRow((row, r) => {
          if (row.getCell(1).value === '1.1') qty = `C${r}`;
        });
        quote.getCell(qty).value = 2;
        const changed = join(work, 'plan-changed.xlsx');
        writeFileSync(changed, new Uint8Array(await changedBook.xlsx.writeBuffer()));
        const out = join(work, 'recalc');
        mkdirSync(out, { recursive: true });
        const result = spawnSync(
          soffice as string,
          [
            `-env:UserInstallation=file://${profile}`,
            '--headless',
            '--norestore',
            '--convert-to',
            'xlsx',
            '--outdir',
            out,
            original,
            changed,
          ],
          { encoding: 'utf8', timeout: 150_000 },
        );
        expect(result.status, result.stderr).toBe(0);
        const amounts = async (file: string) => {
          const book = await loadWorkbook(readFileSync(join(out, file)));
          const sheet = book.getWorksheet('Zahlungsplan') as Worksheet;
          return ['B3', 'E6', 'E7', 'E8', 'D9', 'E9'].map((cell) =>
            cents(cellNumber(sheet.getCell(cell))),
          );
        };
        expect(await amounts('plan.xlsx')).toEqual([
          '10000.01',
          '3333.00',
          '3333.00',
          '3334.01',
          '100.00',
          '10000.01',
        ]);
        // 20,000.02 × 33.33 % = 6,666.006… → 6,666.01; the last: 20,000.02 − 13,332.02.
        expect(await amounts('plan-changed.xlsx')).toEqual([
          '20000.02',
          '6666.01',
          '6666.01',
          '6668.00',
          '100.00',
          '20000.02',
        ]);
      },
      TIMEOUT,
    );
  },
);
