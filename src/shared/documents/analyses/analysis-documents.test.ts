import { createCanvas } from '@napi-rs/canvas';
import ExcelJS from 'exceljs';
import type { Worksheet } from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  sampleAnalyses,
  sampleFiveForces,
  sampleMarketSize,
  sampleMatrix,
  sampleNames,
  samplePortfolio,
  samplePositioning,
  sampleSwot,
} from '#test/analysis-samples';
import { paragraphs, readDocx, tables } from '#test/read-docx';
import { analysisChartPng } from '../../analyses/charts/png';
import { analysisKinds } from '../../domain/analyses';
import type { AnalysisInput } from '../../domain/analyses';
import type { ContentsEntry } from '../proposal/contents';
import {
  analysisFileName,
  analysisSectionParagraphs,
  buildAnalysisDocument,
  buildAnalysisWorkbook,
} from '.';

const de = { names: sampleNames, language: 'de', companyName: 'Brandt IT GmbH' } as const;
const en = { ...de, language: 'en' } as const;

async function sheetOf(analysis: AnalysisInput, options: typeof de | typeof en = de) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await buildAnalysisWorkbook({ analysis, ...options })) as never);
  return workbook.worksheets[0] as Worksheet;
}

/** A cell as { formula, result } or its value; `result` read directly (ExcelJS drops falsy ones). */
function content(sheet: Worksheet, address: string) {
  const cell = sheet.getCell(address);
  return cell.type === ExcelJS.ValueType.Formula
    ? { formula: cell.formula, result: cell.result }
    : cell.value;
}

describe('buildAnalysisDocument', () => {
  it('writes the heading, summary, chart and text of every kind, never the notes', async () => {
    for (const analysis of sampleAnalyses()) {
      const chartPng = await analysisChartPng(analysis, {
        ...de,
        bare: true,
        createCanvas,
        width: 300,
        height: 200,
      });
      const docx = await readDocx(await buildAnalysisDocument({ analysis, ...de, chartPng }));
      const texts = paragraphs(docx.document);
      expect(texts[0], analysis.kind).toBe(analysis.title);
      expect(docx.media.length, analysis.kind).toBe(1);
      expect(docx.document).not.toContain('Preisnachlass');
    }
  });

  it('SWOT: the four quadrants and the strategies as lists', async () => {
    const docx = await readDocx(await buildAnalysisDocument({ analysis: sampleSwot(), ...en }));
    expect(paragraphs(docx.document)).toEqual([
      'SWOT Rechenzentrumsbetrieb',
      'SWOT analysis',
      'Strengths',
      'Zertifizierte Techniker vor Ort',
      'Eigenes Rechenzentrum in Bielefeld',
      'Weaknesses',
      'Kleines Vertriebsteam',
      'Wenig Cloud-Referenzen',
      'Opportunities',
      'NIS2-Pflichten im Mittelstand',
      'Auslaufende Windows-10-Lizenzen',
      'Threats',
      'Hyperscaler mit Kampfpreisen',
      'Fachkräftemangel',
      'Strategies',
      'SO: use strengths to seize opportunities',
      'NIS2-Check als Einstiegsangebot mit eigenen Technikern',
      'ST: use strengths to counter threats',
      'Betrieb vor Ort gegen Hyperscaler positionieren',
      'WO: overcome weaknesses through opportunities',
      'Cloud-Referenzen über Migrationsprojekte aufbauen',
      'WT: reduce weaknesses, avoid threats',
      'Partnerschaft für Bereitschaftsdienst',
    ]);
    // No chart given: no image.
    expect(docx.media).toEqual([]);
  });

  it('competitor matrix: the criteria × participants table with scores and ranks', async () => {
    const docx = await readDocx(await buildAnalysisDocument({ analysis: sampleMatrix(), ...de }));
    expect(tables(docx.document)).toEqual([
      [
        [
          'Kriterium',
          'Gewicht (%)',
          'Brandt IT GmbH',
          'Kontor Consulting',
          'Nordlicht IT',
          'Datawerk Systems',
        ],
        ['Preis', '30', '3', '2', '4', '5'],
        ['Service vor Ort', '25', '5', '4', '3', '2'],
        ['Fachkompetenz', '25', '4', '5', '4', '3'],
        ['Referenzen', '20', '4', '5', '3', '3'],
        ['Gewichtete Punktzahl', '', '3,95', '3,85', '3,55', '3,35'],
        ['Rang', '', '1', '2', '3', '4'],
      ],
    ]);
    expect(paragraphs(docx.document)[1]).toBe('Brandt IT GmbH: Rang 1 von 4 mit 3,95 Punkten');
  });

  it('five forces: each force with rating and reason as a list', async () => {
    const docx = await readDocx(
      await buildAnalysisDocument({ analysis: sampleFiveForces(), ...de }),
    );
    expect(paragraphs(docx.document).slice(1, 3)).toEqual([
      'Durchschnitt 3,00, Attraktivität der Branche: mittel',
      'Wettbewerbsintensität: 4/5 – Viele regionale Systemhäuser',
    ]);
  });
});

describe('analysisSectionParagraphs', () => {
  it('notes its headings for a table of contents at the level asked', () => {
    const contents: ContentsEntry[] = [];
    const parts = analysisSectionParagraphs(
      { analysis: sampleSwot(), ...de },
      { level: 1, contents },
    );
    expect(parts.length).toBeGreaterThan(10);
    expect(contents).toEqual([
      { title: 'SWOT Rechenzentrumsbetrieb', level: 1 },
      { title: 'Stärken', level: 2 },
      { title: 'Schwächen', level: 2 },
      { title: 'Chancen', level: 2 },
      { title: 'Risiken', level: 2 },
      { title: 'Strategien', level: 2 },
    ]);
  });
});

describe('buildAnalysisWorkbook', () => {
  it('matrix: weight sum, SUMPRODUCT scores and RANK per participant with our results', async () => {
    const sheet = await sheetOf(sampleMatrix());
    expect(sheet.getRow(4).values).toEqual([
      undefined,
      'Kriterium',
      'Gewicht (%)',
      'Brandt IT GmbH',
      'Nordlicht IT',
      'Datawerk Systems',
      'Kontor Consulting',
    ]);
    expect(content(sheet, 'B9')).toEqual({ formula: 'SUM($B$5:$B$8)', result: 100 });
    expect(content(sheet, 'C10')).toEqual({
      formula: 'ROUND(SUMPRODUCT($B$5:$B$8,C5:C8)/100,2)',
      result: 3.95,
    });
    expect(content(sheet, 'F10')).toEqual({
      formula: 'ROUND(SUMPRODUCT($B$5:$B$8,F5:F8)/100,2)',
      result: 3.85,
    });
    expect(['C', 'D', 'E', 'F'].map((letter) => content(sheet, `${letter}11`))).toEqual([
      { formula: 'RANK(C10,$C$10:$F$10,0)', result: 1 },
      { formula: 'RANK(D10,$C$10:$F$10,0)', result: 3 },
      { formula: 'RANK(E10,$C$10:$F$10,0)', result: 4 },
      { formula: 'RANK(F10,$C$10:$F$10,0)', result: 2 },
    ]);
    expect(content(sheet, 'B5')).toBe(30);
    expect(content(sheet, 'C5')).toBe(3);
  });

  it('matrix with more participants than letters A–Z: columns go on with AA, AB …', async () => {
    const analysis = sampleMatrix();
    const ids = Array.from({ length: 28 }, (_, index) => `comp-${index}`);
    analysis.participants = ids;
    analysis.scores = Object.fromEntries(
      ids.map((id, index) => [
        id,
        { 'crit-price': 1 + (index % 5), 'crit-service': 3, 'crit-know': 3, 'crit-ref': 3 },
      ]),
    );
    const sheet = await sheetOf(analysis);
    // 28 participants from column C: the last is AD.
    expect(content(sheet, 'AD4')).toBe('comp-27');
    expect(content(sheet, 'AD11')).toEqual({
      formula: 'RANK(AD10,$C$10:$AD$10,0)',
      result: expect.any(Number),
    });
    expect(content(sheet, 'AD10')).toEqual({
      formula: 'ROUND(SUMPRODUCT($B$5:$B$8,AD5:AD8)/100,2)',
      // comp-27 rates the price 1 + 27 % 5 = 3, everything else 3.
      result: 3,
    });
  });

  it('five forces: the average and the attractiveness as formulas', async () => {
    const sheet = await sheetOf(sampleFiveForces(), en);
    expect([content(sheet, 'B10'), content(sheet, 'B11')]).toEqual([
      { formula: 'ROUND(AVERAGE(B5:B9),2)', result: 3 },
      {
        formula: 'IF(AVERAGE(B5:B9)<2.5,"high",IF(AVERAGE(B5:B9)>3.5,"low","medium"))',
        result: 'medium',
      },
    ]);
  });

  it('market size: TAM → SAM → SOM, each rounded to cents', async () => {
    const sheet = await sheetOf(sampleMarketSize());
    expect(['B7', 'B9', 'B11'].map((address) => content(sheet, address))).toEqual([
      { formula: 'ROUND(B5*B6,2)', result: 88916650.5 },
      { formula: 'ROUND(B7*B8/100,2)', result: 33343743.94 },
      { formula: 'ROUND(B9*B10/100,2)', result: 2083984 },
    ]);
  });

  it('positioning: SLOPE and INTERCEPT, the fair price and deviation per point', async () => {
    const sheet = await sheetOf(samplePositioning());
    expect(['B10', 'B11', 'E5', 'F5'].map((address) => content(sheet, address))).toEqual([
      { formula: 'SLOPE(C5:C8,B5:B8)', result: 1.0958 },
      { formula: 'INTERCEPT(C5:C8,B5:B8)', result: 26.4626 },
      { formula: 'ROUND($B$11+$B$10*B5,2)', result: 111.93 },
      { formula: 'ROUND(C5-($B$11+$B$10*B5),2)', result: -6.93 },
    ]);
  });

  it('portfolio: the BCG quadrant by IF in the workbook language', async () => {
    const sheet = await sheetOf(samplePortfolio(), en);
    expect(['E5', 'E6', 'E7', 'E8'].map((address) => content(sheet, address))).toEqual(
      ['Stars', 'Cash Cows', 'Question Marks', 'Poor Dogs'].map((result, index) => ({
        formula: `IF(C${5 + index}>=1,IF(B${5 + index}>=10,"Stars","Cash Cows"),IF(B${5 + index}>=10,"Question Marks","Poor Dogs"))`,
        result,
      })),
    );
  });

  it('SWOT: the four lists side by side, then the strategies', async () => {
    const sheet = await sheetOf(sampleSwot());
    expect(sheet.getRow(5).values).toEqual([
      undefined,
      'Zertifizierte Techniker vor Ort',
      'Kleines Vertriebsteam',
      'NIS2-Pflichten im Mittelstand',
      'Hyperscaler mit Kampfpreisen',
    ]);
    expect([content(sheet, 'A8'), content(sheet, 'A9')]).toEqual([
      'SO: Stärken nutzen, Chancen ergreifen',
      'NIS2-Check als Einstiegsangebot mit eigenen Technikern',
    ]);
  });

  it('builds an empty analysis of every kind (Word and Excel) without throwing', async () => {
    for (const kind of analysisKinds) {
      const analysis = { kind, title: 'Leer' };
      await expect(buildAnalysisWorkbook({ analysis, ...de }), kind).resolves.toBeInstanceOf(
        Uint8Array,
      );
      const docx = await readDocx(await buildAnalysisDocument({ analysis, ...de }));
      expect(paragraphs(docx.document)[0], kind).toBe('Leer');
    }
  });

  it('never writes the notes', async () => {
    for (const analysis of sampleAnalyses()) {
      const sheet = await sheetOf(analysis);
      sheet.eachRow((row) =>
        row.eachCell((cell) => expect(String(cell.value)).not.toContain('Preisnachlass')),
      );
    }
  });
});

describe('analysisFileName', () => {
  it('names the file by its title, with the kind where the title lacks it', () => {
    expect(analysisFileName(sampleMatrix(), 'de', 'xlsx')).toBe(
      'Wettbewerbsmatrix Firewall-Projekt.xlsx',
    );
    expect(analysisFileName(samplePortfolio(), 'en', 'docx')).toBe('Portfolio 2027.docx');
    expect(
      analysisFileName({ kind: 'market-size', title: 'OWL: Security/Cloud' }, 'de', 'docx'),
    ).toBe('Marktgröße OWL Security Cloud.docx');
  });
});
