import ExcelJS from 'exceljs';
import type { CellValue, Style, Worksheet } from 'exceljs';
import { SELF_ID, fiveForceKeys } from '../../domain/analyses';
import type { Currency } from '../../domain';
import { bcgQuadrant, fiveForces, marketSize } from '../../analyses';
import {
  analysisLabels,
  matrixRanking,
  participantName,
  positioningFit,
} from '../../analyses/charts';
import type { AnalysisLabels } from '../../analyses/charts';
import { xmlSafeData } from '../../text/xml-text';
import { validate, wrappedHeight } from '../quote/cells';
import { moneyFormat } from '../quote/styles';
import type { AnalysisDocumentInput } from './types';

/** The first row of an analysis's data (below the title, the kind and a blank row). */
const FIRST = 4;

type Styles = {
  title: Partial<Style>;
  kind: Partial<Style>;
  head: Partial<Style>;
  text: Partial<Style>;
  wrap: Partial<Style>;
  label: Partial<Style>;
  integer: Partial<Style>;
  decimal: Partial<Style>;
  decimal4: Partial<Style>;
  strong: Partial<Style>;
  hint: Partial<Style>;
  money: (currency: Currency) => Partial<Style>;
};

function styles(brandColor: string, language: 'de' | 'en'): Styles {
  const font = { name: 'Arial', size: 10 };
  const brand = `FF${(/^#[0-9a-fA-F]{6}$/.test(brandColor) ? brandColor : '#1c5d99').slice(1).toUpperCase()}`;
  const rule = { bottom: { style: 'thin' as const, color: { argb: 'FFBFBFBF' } } };
  return {
    title: { font: { ...font, size: 14, bold: true, color: { argb: brand } } },
    kind: { font: { ...font, italic: true, color: { argb: 'FF595959' } } },
    head: {
      font: { ...font, bold: true, color: { argb: 'FFFFFFFF' } },
      fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: brand } },
      alignment: { vertical: 'middle', wrapText: true },
    },
    text: { font, border: rule },
    wrap: { font, border: rule, alignment: { wrapText: true, vertical: 'top' } },
    label: { font: { ...font, bold: true }, border: rule },
    integer: { font, border: rule, numFmt: '0' },
    decimal: { font, border: rule, numFmt: 'General' },
    decimal4: { font, border: rule, numFmt: '0.0000' },
    strong: { font: { ...font, bold: true }, border: rule, numFmt: '#,##0.00' },
    hint: { font: { ...font, size: 9, italic: true, color: { argb: 'FF595959' } } },
    money: (currency) => ({ font, border: rule, numFmt: moneyFormat(currency, language) }),
  };
}

type Sheet = { sheet: Worksheet; styles: Styles; labels: AnalysisLabels };

function put(sheet: Worksheet, address: string, value: CellValue, style: Partial<Style>): void {
  const cell = sheet.getCell(address);
  cell.value = value;
  cell.style = style;
}

/** A formula with our result stored, so viewers that do not recalculate show it too. */
function formula(text: string, result: string | number | null): CellValue {
  if (result === null) return { formula: text } as CellValue;
  return { formula: text, result: typeof result === 'number' ? result : result } as CellValue;
}

const number = (value: string): number | string => {
  const parsed = Number(value);
  return value.trim() !== '' && Number.isFinite(parsed) ? parsed : value;
};

function headRow(sheet: Worksheet, row: number, titles: string[], style: Partial<Style>): void {
  titles.forEach((title, index) => put(sheet, `${column(index + 1)}${row}`, title, style));
  sheet.getRow(row).height = 30;
}

/** Column letters beyond Z (a matrix may have 30 participants). */
function column(index: number): string {
  let name = '';
  let rest = index;
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    name = String.fromCharCode(65 + digit) + name;
    rest = Math.floor((rest - 1) / 26);
  }
  return name;
}

function writeMatrix({ sheet, styles: s, labels }: Sheet, input: AnalysisDocumentInput): void {
  const { analysis } = input;
  const criteria = analysis.criteria ?? [];
  const participants = analysis.participants ?? [];
  const ranking = matrixRanking(analysis);
  const byId = new Map(ranking?.map((row) => [row.id, row]) ?? []);
  const names = participants.map((id) => participantName(id, input));
  headRow(sheet, FIRST, [labels.criterion, labels.weight, ...names], s.head);
  const firstCriterion = FIRST + 1;
  const lastCriterion = FIRST + criteria.length;
  criteria.forEach((criterion, index) => {
    const row = firstCriterion + index;
    put(sheet, `A${row}`, criterion.name, s.text);
    put(sheet, `B${row}`, number(criterion.weightPct), s.decimal);
    participants.forEach((id, p) => {
      const score = analysis.scores?.[id]?.[criterion.id];
      put(sheet, `${column(p + 3)}${row}`, score ?? null, s.integer);
    });
  });
  const sumRow = lastCriterion + 1;
  const scoreRow = sumRow + 1;
  const rankRow = scoreRow + 1;
  const weights = `$B$${firstCriterion}:$B$${lastCriterion}`;
  const weightSum = criteria.reduce(
    (sum, criterion) => sum + Math.round(Number(criterion.weightPct) * 100),
    0,
  );
  put(sheet, `A${sumRow}`, labels.weightSum, s.label);
  put(sheet, `B${sumRow}`, formula(`SUM(${weights})`, weightSum / 100), s.strong);
  put(sheet, `A${scoreRow}`, labels.weightedScore, s.label);
  put(sheet, `A${rankRow}`, labels.rank, s.label);
  const lastColumn = column(participants.length + 2);
  participants.forEach((id, p) => {
    const letter = column(p + 3);
    const result = byId.get(id);
    put(
      sheet,
      `${letter}${scoreRow}`,
      // Rounded to two decimals like the app's ranking, so equal scores share a rank here too.
      formula(
        `ROUND(SUMPRODUCT(${weights},${letter}${firstCriterion}:${letter}${lastCriterion})/100,2)`,
        result ? Number(result.score) : null,
      ),
      s.strong,
    );
    put(
      sheet,
      `${letter}${rankRow}`,
      formula(
        `RANK(${letter}${scoreRow},$C$${scoreRow}:$${lastColumn}$${scoreRow},0)`,
        result ? result.rank : null,
      ),
      { ...s.integer, font: { ...s.integer.font, bold: true } },
    );
  });
  put(sheet, `A${rankRow + 2}`, labels.matrixHint, s.hint);
  if (criteria.length > 0 && participants.length > 0) {
    validate(sheet, `C${firstCriterion}:${lastColumn}${lastCriterion}`, {
      type: 'whole',
      operator: 'between',
      formulae: [1, 5],
      allowBlank: false,
      showErrorMessage: true,
      error: labels.rating,
    });
    validate(sheet, `B${firstCriterion}:B${lastCriterion}`, {
      type: 'decimal',
      operator: 'between',
      formulae: [0, 100],
      allowBlank: false,
      showErrorMessage: true,
      error: labels.weight,
    });
  }
  sheet.getColumn(1).width = 30;
  sheet.getColumn(2).width = 12;
  participants.forEach((id, p) => {
    sheet.getColumn(p + 3).width = Math.max(
      12,
      Math.min(24, participantName(id, input).length + 2),
    );
    if (id === SELF_ID)
      sheet.getCell(`${column(p + 3)}${FIRST}`).style = {
        ...s.head,
        font: { ...s.head.font, underline: true },
      };
  });
}

function writeFiveForces({ sheet, styles: s, labels }: Sheet, input: AnalysisDocumentInput): void {
  const forces = input.analysis.forces;
  headRow(sheet, FIRST, [labels.force, labels.rating, labels.reason], s.head);
  fiveForceKeys.forEach((key, index) => {
    const row = FIRST + 1 + index;
    put(sheet, `A${row}`, labels.forces[key], s.text);
    put(sheet, `B${row}`, forces?.[key]?.rating ?? null, s.integer);
    put(sheet, `C${row}`, forces?.[key]?.reason ?? '', s.wrap);
    sheet.getRow(row).height = wrappedHeight(forces?.[key]?.reason ?? '', 60);
  });
  const range = `B${FIRST + 1}:B${FIRST + fiveForceKeys.length}`;
  const averageRow = FIRST + fiveForceKeys.length + 1;
  let result: ReturnType<typeof fiveForces> | null = null;
  try {
    result = forces ? fiveForces(forces) : null;
  } catch {
    result = null;
  }
  put(sheet, `A${averageRow}`, labels.average, s.label);
  put(
    sheet,
    `B${averageRow}`,
    formula(`ROUND(AVERAGE(${range}),2)`, result ? Number(result.average) : null),
    s.strong,
  );
  const value = labels.attractivenessValue;
  put(sheet, `A${averageRow + 1}`, labels.attractiveness, s.label);
  put(
    sheet,
    `B${averageRow + 1}`,
    formula(
      `IF(AVERAGE(${range})<2.5,"${value.high}",IF(AVERAGE(${range})>3.5,"${value.low}","${value.medium}"))`,
      result ? value[result.attractiveness] : null,
    ),
    s.label,
  );
  validate(sheet, range, {
    type: 'whole',
    operator: 'between',
    formulae: [1, 5],
    allowBlank: false,
    showErrorMessage: true,
    error: labels.rating,
  });
  sheet.getColumn(1).width = 36;
  sheet.getColumn(2).width = 16;
  sheet.getColumn(3).width = 60;
}

function writeMarketSize({ sheet, styles: s, labels }: Sheet, input: AnalysisDocumentInput): void {
  const market = input.analysis.market;
  if (!market) return;
  let sizes: ReturnType<typeof marketSize> | null = null;
  try {
    sizes = marketSize(market);
  } catch {
    sizes = null;
  }
  const money = s.money(market.currency);
  const at = (offset: number) => FIRST + offset;
  headRow(sheet, FIRST, [labels.measure, labels.value], s.head);
  const rows: [string, CellValue, Partial<Style>][] = [
    [labels.customers, number(market.customers), s.decimal],
    [labels.revenuePerCustomer, number(market.revenuePerCustomer), money],
    // Each step rounded to cents and carried forward, as the app computes it.
    [
      labels.tam,
      formula(`ROUND(B${at(1)}*B${at(2)},2)`, sizes ? Number(sizes.tam) : null),
      { ...money, font: { ...money.font, bold: true } },
    ],
    [labels.samShare, number(market.samPct), s.decimal],
    [
      labels.sam,
      formula(`ROUND(B${at(3)}*B${at(4)}/100,2)`, sizes ? Number(sizes.sam) : null),
      { ...money, font: { ...money.font, bold: true } },
    ],
    [labels.somShare, number(market.somPct), s.decimal],
    [
      labels.som,
      formula(`ROUND(B${at(5)}*B${at(6)}/100,2)`, sizes ? Number(sizes.som) : null),
      { ...money, font: { ...money.font, bold: true } },
    ],
  ];
  rows.forEach(([label, value, style], index) => {
    put(sheet, `A${at(index + 1)}`, label, s.label);
    put(sheet, `B${at(index + 1)}`, value, style);
  });
  for (const offset of [4, 6]) {
    validate(sheet, `B${at(offset)}`, {
      type: 'decimal',
      operator: 'between',
      formulae: [0, 100],
      allowBlank: false,
      showErrorMessage: true,
      error: labels.samShare,
    });
  }
  sheet.getColumn(1).width = 32;
  sheet.getColumn(2).width = 22;
}

function writePositioning({ sheet, styles: s, labels }: Sheet, input: AnalysisDocumentInput): void {
  const points = input.analysis.positions ?? [];
  const fit = positioningFit(points);
  const fair = new Map(fit?.points.map((point) => [point.competitorId, point]) ?? []);
  headRow(
    sheet,
    FIRST,
    [
      labels.participant,
      labels.performance,
      labels.priceIndex,
      labels.marketShare,
      labels.fairPrice,
      labels.deviation,
    ],
    s.head,
  );
  const first = FIRST + 1;
  const last = FIRST + points.length;
  const slopeRow = last + 2;
  const interceptRow = slopeRow + 1;
  points.forEach((point, index) => {
    const row = first + index;
    put(sheet, `A${row}`, participantName(point.competitorId, input), s.text);
    put(sheet, `B${row}`, number(point.performanceScore), s.decimal);
    put(sheet, `C${row}`, number(point.priceIndex), s.decimal);
    put(sheet, `D${row}`, number(point.marketSharePct), s.decimal);
    if (fit) {
      const line = `$B$${interceptRow}+$B$${slopeRow}*B${row}`;
      const fitted = fair.get(point.competitorId);
      put(
        sheet,
        `E${row}`,
        formula(`ROUND(${line},2)`, fitted ? Number(fitted.fairPriceIndex) : null),
        s.decimal,
      );
      put(
        sheet,
        `F${row}`,
        formula(`ROUND(C${row}-(${line}),2)`, fitted ? Number(fitted.deviation) : null),
        s.decimal,
      );
    }
  });
  if (fit) {
    // Least squares over the points: priceIndex = intercept + slope × performance.
    put(sheet, `A${slopeRow}`, labels.slope, s.label);
    put(
      sheet,
      `B${slopeRow}`,
      formula(`SLOPE(C${first}:C${last},B${first}:B${last})`, Number(fit.slope)),
      s.decimal4,
    );
    put(sheet, `A${interceptRow}`, labels.intercept, s.label);
    put(
      sheet,
      `B${interceptRow}`,
      formula(`INTERCEPT(C${first}:C${last},B${first}:B${last})`, Number(fit.intercept)),
      s.decimal4,
    );
  }
  sheet.getColumn(1).width = 28;
  for (const index of [2, 3, 4, 5, 6]) sheet.getColumn(index).width = 18;
}

function writePortfolio({ sheet, styles: s, labels }: Sheet, input: AnalysisDocumentInput): void {
  const entries = input.analysis.portfolio ?? [];
  headRow(
    sheet,
    FIRST,
    [labels.solution, labels.marketGrowth, labels.relativeShare, labels.revenue, labels.quadrant],
    s.head,
  );
  const bcg = labels.bcg;
  entries.forEach((entry, index) => {
    const row = FIRST + 1 + index;
    let quadrant: string | null;
    try {
      quadrant = bcg[bcgQuadrant(entry)];
    } catch {
      quadrant = null;
    }
    put(sheet, `A${row}`, entry.name, s.text);
    put(sheet, `B${row}`, number(entry.marketGrowthPct), s.decimal);
    put(sheet, `C${row}`, number(entry.relativeMarketShare), s.decimal);
    put(sheet, `D${row}`, number(entry.revenue), s.decimal);
    // Growth from 10 % and relative share from 1.0 count as high.
    put(
      sheet,
      `E${row}`,
      formula(
        `IF(C${row}>=1,IF(B${row}>=10,"${bcg.star}","${bcg['cash-cow']}"),IF(B${row}>=10,"${bcg['question-mark']}","${bcg['poor-dog']}"))`,
        quadrant,
      ),
      s.label,
    );
  });
  sheet.getColumn(1).width = 30;
  for (const index of [2, 3, 4, 5]) sheet.getColumn(index).width = 20;
}

/** The row height the longest of four 40-character-wide texts needs. */
function tallest(texts: string[]): number {
  return Math.max(...texts.map((text) => wrappedHeight(text, 44)));
}

function writeSwot({ sheet, styles: s, labels }: Sheet, input: AnalysisDocumentInput): void {
  const { analysis } = input;
  const lists = [
    analysis.strengths ?? [],
    analysis.weaknesses ?? [],
    analysis.opportunities ?? [],
    analysis.threats ?? [],
  ];
  headRow(
    sheet,
    FIRST,
    [labels.swot.strengths, labels.swot.weaknesses, labels.swot.opportunities, labels.swot.threats],
    s.head,
  );
  const length = Math.max(0, ...lists.map((list) => list.length));
  for (let index = 0; index < length; index += 1) {
    lists.forEach((list, position) =>
      put(sheet, `${column(position + 1)}${FIRST + 1 + index}`, list[index] ?? '', s.wrap),
    );
    sheet.getRow(FIRST + 1 + index).height = tallest(lists.map((list) => list[index] ?? ''));
  }
  const strategies = analysis.strategies;
  if (strategies) {
    const start = FIRST + length + 2;
    headRow(
      sheet,
      start,
      [labels.strategies.so, labels.strategies.st, labels.strategies.wo, labels.strategies.wt],
      s.head,
    );
    const groups = [strategies.so, strategies.st, strategies.wo, strategies.wt];
    const rows = Math.max(0, ...groups.map((group) => group.length));
    for (let index = 0; index < rows; index += 1) {
      groups.forEach((group, position) =>
        put(sheet, `${column(position + 1)}${start + 1 + index}`, group[index] ?? '', s.wrap),
      );
      sheet.getRow(start + 1 + index).height = tallest(groups.map((group) => group[index] ?? ''));
    }
  }
  for (const index of [1, 2, 3, 4]) sheet.getColumn(index).width = 40;
}

const WRITERS = {
  swot: writeSwot,
  'five-forces': writeFiveForces,
  'competitor-matrix': writeMatrix,
  positioning: writePositioning,
  'market-size': writeMarketSize,
  portfolio: writePortfolio,
} as const;

/** A sheet name Excel accepts: at most 31 characters, none of []:*?/\. */
function sheetName(text: string): string {
  const name = text
    .replace(/[[\]:*?/\\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 31)
    .trim();
  return name === '' ? 'Analyse' : name;
}

/**
 * One analysis as an Excel workbook: its data with live formulas whose results we store
 * (matrix: weight sum, weighted scores as SUMPRODUCT and RANK; five forces: average and
 * attractiveness; market size: the TAM → SAM → SOM chain rounded to cents; positioning: the
 * fair-value line by SLOPE and INTERCEPT; portfolio: the BCG quadrant by IF), so a customer
 * can change a weight and see the ranking move. The notes stay out.
 */
export async function buildAnalysisWorkbook(raw: AnalysisDocumentInput): Promise<Uint8Array> {
  if (!Object.hasOwn(WRITERS, raw.analysis.kind)) {
    throw new Error(`buildAnalysisWorkbook: unknown analysis kind "${String(raw.analysis.kind)}"`);
  }
  const input = xmlSafeData({ ...raw, chartPng: null });
  const labels = analysisLabels(input.language);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = input.companyName;
  workbook.title = input.analysis.title;
  // Excel recalculates on open too; viewers that do not still show the stored results.
  workbook.calcProperties = { fullCalcOnLoad: true };
  const sheet = workbook.addWorksheet(sheetName(labels.fileStem[input.analysis.kind]), {
    views: [{ state: 'frozen', ySplit: FIRST }],
  });
  const sheetStyles = styles(input.brandColor ?? '#1c5d99', input.language);
  put(sheet, 'A1', input.analysis.title, sheetStyles.title);
  put(sheet, 'A2', labels.kind[input.analysis.kind], sheetStyles.kind);
  sheet.getRow(1).height = 22;
  sheet.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
  };
  WRITERS[input.analysis.kind]({ sheet, styles: sheetStyles, labels }, input);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
