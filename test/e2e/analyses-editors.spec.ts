import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import type { Locator, Page, TestInfo } from '@playwright/test';
import { readDocx, textOf } from '../support/read-docx';
import { expect, newDemoOffer, startWorkspace, test } from './fixtures';

// The analysis editors in Chromium: a SWOT and a competitor matrix built by hand with their live
// charts drawn (checked on a screenshot of the chart), bad input refused at the field; the
// proposal's "Warum wir" chapter from a matrix in the exported Word file; the matrix in Excel
// with SUMPRODUCT and RANK formulas, recalculated by LibreOffice to the same ranking.

/** Opens the analyses list through the competition area's tab. */
async function openAnalyses(page: Page) {
  await page.keyboard.press('Control+7');
  await page.getByTestId('competition-tab-analyses').click();
  await expect(page.getByTestId('new-analysis')).toBeVisible();
}

async function newAnalysis(page: Page, kind: string, title: string, subject?: { client: string }) {
  await page.getByTestId('new-analysis').click();
  const form = page.getByTestId('new-analysis-form');
  await form.getByRole('combobox', { name: 'Art', exact: true }).click();
  await page.getByRole('option', { name: kind, exact: true }).click();
  await form.getByLabel('Titel').fill(title);
  if (subject) {
    await form.getByTestId('new-analysis-subject').getByText('Kunde', { exact: true }).click();
    await form.getByRole('combobox', { name: 'Kunde' }).fill(subject.client);
    await page.getByRole('option', { name: new RegExp(subject.client) }).click();
  }
  await form.getByTestId('new-analysis-create').click();
  await expect(page.getByTestId('analysis-editor')).toBeVisible();
  await expect(page.getByTestId('analysis-title')).toHaveValue(title);
}

const saveState = (page: Page) => page.getByTestId('analysis-save-state');
const draws = async (chart: Locator) => Number(await chart.getAttribute('data-draw-count'));

/** The RGB pixels of an 8-bit RGB or RGBA PNG without interlacing (what Chromium writes). */
function decodePng(png: Buffer): { width: number; height: number; rgb: number[][] } {
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const data: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      expect([body[8], body[12]], 'bit depth 8, no interlacing').toEqual([8, 0]);
      channels = body[9] === 6 ? 4 : body[9] === 2 ? 3 : 0;
      expect(channels, 'RGB or RGBA').toBeGreaterThan(0);
    }
    if (type === 'IDAT') data.push(body);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const rows: Uint8Array[] = [];
  let previous = new Uint8Array(stride);
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const row = new Uint8Array(stride);
    for (let x = 0; x < stride; x += 1) {
      const a = x >= channels ? row[x - channels]! : 0;
      const b = previous[x]!;
      const c = x >= channels ? previous[x - channels]! : 0;
      const paeth = () => {
        const p = a + b - c;
        const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      };
      const predictor = [0, a, b, (a + b) >> 1, paeth()][filter]!;
      row[x] = (line[x]! + predictor) & 0xff;
    }
    rows.push(row);
    previous = row;
  }
  const rgb = rows.flatMap((row) =>
    Array.from({ length: width }, (_, x) => [
      row[x * channels]!,
      row[x * channels + 1]!,
      row[x * channels + 2]!,
    ]),
  );
  return { width, height, rgb };
}

/**
 * How much a PNG varies: the standard deviation of its pixels' luminance and the share of pixels
 * that are not (nearly) white; a blank or single-colour picture has neither.
 */
function pixelSpread(png: Buffer) {
  const { rgb } = decodePng(png);
  let sum = 0;
  let squares = 0;
  let inked = 0;
  for (const [r, g, b] of rgb) {
    const luminance = 0.299 * r! + 0.587 * g! + 0.114 * b!;
    sum += luminance;
    squares += luminance * luminance;
    if (luminance < 235) inked += 1;
  }
  const mean = sum / rgb.length;
  return { deviation: Math.sqrt(squares / rgb.length - mean * mean), inked: inked / rgb.length };
}

/** The chart has drawn and its screenshot is not blank. */
async function expectChartDrawn(page: Page, testInfo: TestInfo, name: string) {
  const chart = page.getByTestId('analysis-chart');
  await expect.poll(() => draws(chart)).toBeGreaterThan(0);
  const png = await chart.screenshot({ path: testInfo.outputPath(`${name}-chart.png`) });
  const spread = pixelSpread(png);
  expect(spread.deviation, `${name}: luminance deviation`).toBeGreaterThan(20);
  expect(spread.inked, `${name}: share of drawn pixels`).toBeGreaterThan(0.03);
}

/** A screenshot of the whole editor at 1280×720, kept with the test's output. */
async function screenshotAt720(page: Page, testInfo: TestInfo, name: string) {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: testInfo.outputPath(`${name}-1280x720.png`) });
}

test('a SWOT and a competitor matrix built by hand: live charts drawn, bad input refused at the field', async ({
  app: page,
}, testInfo) => {
  await startWorkspace(page, 'demo');
  await openAnalyses(page);

  // SWOT for a client, with a suggested strategy taken over.
  await newAnalysis(page, 'SWOT-Analyse', 'SWOT Brandt & Söhne 2027', { client: 'Brandt' });
  await expect(page.getByTestId('analysis-subject')).toHaveText(
    'Kunde: Brandt & Söhne Maschinenfabrik GmbH',
  );
  const items = {
    strengths: ['Eigenes Rechenzentrum in Hamburg', 'Zertifiziert nach ISO 27001'],
    weaknesses: ['Wenig Präsenz in Süddeutschland'],
    opportunities: ['NIS2 verlangt Sicherheitsprojekte'],
    threats: ['Offshore-Anbieter mit niedrigen Tagessätzen'],
  };
  for (const [list, texts] of Object.entries(items)) {
    for (const text of texts) {
      await page.getByTestId(`swot-${list}-new`).fill(text);
      await page.getByTestId(`swot-${list}-new`).press('Enter');
    }
  }
  await expect(page.getByTestId('swot-strengths-item-1')).toHaveValue(
    'Zertifiziert nach ISO 27001',
  );
  const suggestions = page.getByTestId('swot-suggestions-so');
  await expect(suggestions.getByRole('button')).toHaveCount(2);
  await suggestions.getByRole('button').first().click();
  await expect(page.getByTestId('swot-strategy-so-item-0')).toHaveValue(
    '„Eigenes Rechenzentrum in Hamburg“ nutzen, um „NIS2 verlangt Sicherheitsprojekte“ zu ergreifen',
  );
  // An emptied item is refused at its field and not saved.
  await page.getByTestId('swot-weaknesses-item-0').fill('');
  await expect(saveState(page)).toHaveAttribute('data-state', 'invalid');
  await expect(page.getByText('Bitte ausfüllen.')).toBeVisible();
  await page.getByTestId('swot-weaknesses-item-0').fill('Wenig Präsenz im Süden');
  await expect(saveState(page)).toHaveAttribute('data-state', 'saved');
  await expectChartDrawn(page, testInfo, 'swot');
  await screenshotAt720(page, testInfo, 'swot');
  await page.setViewportSize({ width: 1360, height: 860 });

  // Reopened from the list, the SWOT is as saved.
  await page.getByRole('link', { name: /Zurück zu den Analysen/ }).click();
  await page.getByTestId('analysis-row').filter({ hasText: 'SWOT Brandt & Söhne 2027' }).click();
  await expect(page.getByTestId('swot-weaknesses-item-0')).toHaveValue('Wenig Präsenz im Süden');
  await expect(page.getByTestId('swot-strategy-so-item-0')).toHaveValue(/^„Eigenes Rechenzentrum/);
  await page.getByRole('link', { name: /Zurück zu den Analysen/ }).click();

  // A competitor matrix: the weight sum shows while typing; nothing is saved until it is 100.
  await newAnalysis(page, 'Wettbewerbsmatrix', 'Matrix Rechenzentrum');
  for (const name of ['Preis', 'Betrieb rund um die Uhr', 'Zertifizierungen']) {
    await page.getByRole('button', { name: 'Kriterium hinzufügen' }).click();
    const index = (await page.locator('[data-testid^="matrix-criterion-"]').count()) - 1;
    await page.getByTestId(`matrix-criterion-${index}`).fill(name);
  }
  await page.getByTestId('matrix-weight-0').fill('40');
  await page.getByTestId('matrix-weight-1').fill('30');
  await page.getByTestId('matrix-weight-2').fill('20');
  await expect(page.getByTestId('matrix-weight-sum')).toHaveText('Summe: 90 % (muss 100 % sein)');
  await expect(saveState(page)).toHaveAttribute('data-state', 'invalid');
  for (const competitor of ['Nordkap Systemhaus GmbH', 'Südwerk IT-Systeme GmbH & Co. KG']) {
    await page.getByTestId('participant-picker').click();
    await page.getByRole('option', { name: competitor }).click();
  }
  const scores = [
    [3, 5, 5],
    [5, 2, 2],
    [4, 2, 3],
  ];
  for (const [participant, row] of scores.entries()) {
    for (const [criterion, score] of row.entries()) {
      await page.getByTestId(`matrix-score-${participant}-${criterion}`).fill(String(score));
    }
  }
  await expect(page.getByTestId('matrix-ranking')).toContainText('Die Rangfolge erscheint');
  // A score outside 1–5 is refused at its field.
  await page.getByTestId('matrix-score-1-1').fill('7');
  await expect(page.getByText('Bitte eine ganze Zahl von 1 bis 5.')).toBeVisible();
  await page.getByTestId('matrix-score-1-1').fill('2');

  const chart = page.getByTestId('analysis-chart');
  await expect.poll(() => draws(chart)).toBeGreaterThan(0);
  const before = await draws(chart);
  await page.getByTestId('matrix-weight-2').fill('30');
  await expect(page.getByTestId('matrix-weight-sum')).toHaveText('Summe: 100 %');
  // The keystroke redrew the chart at once, from the draft.
  await expect.poll(() => draws(chart)).toBeGreaterThan(before);
  await expect(saveState(page)).toHaveAttribute('data-state', 'saved');
  // We: 3×.4 + 5×.3 + 5×.3 = 4.20; Nordkap: 5×.4 + 2×.3 + 2×.3 = 3.20; Südwerk: 4×.4 + 2×.3 + 3×.3 = 3.10.
  await expect(page.getByTestId('matrix-ranking-row')).toHaveText([
    '1.Nordlicht IT-Beratung GmbH4,20',
    '2.Nordkap Systemhaus GmbH3,20',
    '3.Südwerk IT-Systeme GmbH & Co. KG3,10',
  ]);
  await expectChartDrawn(page, testInfo, 'matrix');
  await screenshotAt720(page, testInfo, 'matrix');
});

test('the demo analyses of every kind open with their charts drawn', async ({
  app: page,
}, testInfo) => {
  await startWorkspace(page, 'demo');
  await openAnalyses(page);
  await expect(page.getByTestId('analysis-row')).toHaveCount(7);
  await screenshotAt720(page, testInfo, 'list');
  // Filtered by kind: the two matrices.
  await page.getByTestId('analyses-filter-kind').click();
  await page.getByRole('option', { name: 'Wettbewerbsmatrix', exact: true }).click();
  await expect(page.getByTestId('analysis-row')).toHaveCount(2);
  await expect(page.getByTestId('analyses-count')).toHaveText('2 von 7 Analysen');
  await page.locator('[aria-label="Art: Filter entfernen"]').click();
  await expect(page.getByTestId('analysis-row')).toHaveCount(7);
  // What each editor computes from the demo's figures, and how one edit moves it.
  const checks: Record<string, () => Promise<void>> = {
    'five-forces': async () => {
      await expect(page.getByTestId('five-forces-summary')).toHaveText(
        'Durchschnitt: 3,20Attraktivität des Markts:mittel',
      );
    },
    'market-size': async () => {
      await expect(page.getByTestId('market-tam')).toHaveText('777.000.000,00 €');
      await expect(page.getByTestId('market-som')).toHaveText('9.324.000,00 €');
    },
    portfolio: async () => {
      await expect(page.getByTestId('portfolio-quadrant-0')).toContainText('Star');
      const chart = page.getByTestId('analysis-chart');
      const before = await draws(chart);
      await page.getByTestId('portfolio-marketGrowthPct-0').fill('5');
      await expect(page.getByTestId('portfolio-quadrant-0')).toContainText('Cash Cow');
      await expect.poll(() => draws(chart)).toBeGreaterThan(before);
      await page.getByTestId('portfolio-marketGrowthPct-0').fill('14');
      await expect(saveState(page)).toHaveAttribute('data-state', 'saved');
    },
  };
  const kinds: [string, string][] = [
    ['Fünf Kräfte (Porter)', 'five-forces'],
    ['Preis-Leistungs-Positionierung', 'positioning'],
    ['Marktgröße (TAM/SAM/SOM)', 'market-size'],
    ['Portfolio (BCG)', 'portfolio'],
  ];
  for (const [label, kind] of kinds) {
    await page.setViewportSize({ width: 1360, height: 860 });
    await page.getByTestId('analysis-row').filter({ hasText: label }).first().click();
    await expect(page.getByTestId('analysis-editor')).toHaveAttribute('data-kind', kind);
    await expect(saveState(page)).toHaveAttribute('data-state', 'saved');
    await expectChartDrawn(page, testInfo, kind);
    await checks[kind]?.();
    await screenshotAt720(page, testInfo, kind);
    await page.getByRole('link', { name: /Zurück zu den Analysen/ }).click();
  }

  // Delete asks first and is soft: undo brings the analysis back.
  const portfolio = page.getByTestId('analysis-row').filter({ hasText: 'Portfolio (BCG)' });
  await portfolio.getByTestId('analysis-delete').click();
  await expect(page.getByRole('dialog', { name: 'Analyse löschen' })).toContainText(
    'Die Analyse „Portfolio unserer Lösungen (BCG)“ wird gelöscht.',
  );
  await page.getByTestId('confirm-button').click();
  await expect(page.getByTestId('analysis-row')).toHaveCount(6);
  await page.getByTestId('undo-button').click();
  await expect(page.getByTestId('analysis-row')).toHaveCount(7);
});

const DEMO_MATRIX = 'Wettbewerbsvergleich Managed Security und Cloud';

// OOXMLRecalcMode 0 = always recalculate on load; by default LibreOffice shows stored results.
const RECALC_PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** The workbook as LibreOffice recalculates it on load (a copy written next to it). */
function recalculated(path: string, work: string): string {
  const profile = join(work, 'lo-profile');
  mkdirSync(join(profile, 'user'), { recursive: true });
  writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), RECALC_PROFILE);
  const out = join(work, 'recalc');
  const result = spawnSync(
    'soffice',
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'xlsx',
      '--outdir',
      out,
      path,
    ],
    { encoding: 'utf8', timeout: 180_000 },
  );
  expect(result.status, result.stderr).toBe(0);
  return join(out, path.split('/').pop()!);
}

async function loadWorkbook(path: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(readFileSync(path)).buffer);
  return workbook;
}

/**
 * The matrix sheet's ranking as "name: score rank" per participant, read from the row of
 * SUMPRODUCT formulas, the RANK row below it and the names above the first criterion.
 */
function sheetRanking(workbook: ExcelJS.Workbook) {
  const sheet = workbook.worksheets[0]!;
  let scoreRow = 0;
  let firstCriterion = 0;
  const formulas: string[] = [];
  sheet.eachRow((row, number) =>
    row.eachCell((cell) => {
      if (cell.type !== ExcelJS.ValueType.Formula) return;
      formulas.push(cell.formula);
      const match = /SUMPRODUCT\(\$B\$(\d+):/.exec(cell.formula);
      if (match) {
        scoreRow = number;
        firstCriterion = Number(match[1]);
      }
    }),
  );
  const rows: string[] = [];
  const header = sheet.getRow(firstCriterion - 1);
  for (let column = 3; header.getCell(column).value; column += 1) {
    const score = sheet.getRow(scoreRow).getCell(column).result as number;
    const rank = sheet.getRow(scoreRow + 1).getCell(column).result as number;
    rows.push(`${String(header.getCell(column).value)}: ${score.toFixed(2)} ${rank}`);
  }
  return { formulas, rows };
}

test('the competitor matrix in Excel: weighted scores as SUMPRODUCT, ranks as RANK, recalculated by LibreOffice to the app’s ranking; in Word with its chart', async ({
  app: page,
}, testInfo) => {
  await startWorkspace(page, 'demo');
  await openAnalyses(page);
  await page.getByTestId('analysis-row').filter({ hasText: DEMO_MATRIX }).click();
  await expect(saveState(page)).toHaveAttribute('data-state', 'saved');
  const shown = await page
    .getByTestId('matrix-ranking-row')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? '')),
    );
  // "1." "Nordlicht IT-Beratung GmbH" "4,40" → "Nordlicht IT-Beratung GmbH: 4.40 1".
  const appRanking = shown
    .map(([rank, name, score]) => `${name}: ${score!.replace(',', '.')} ${parseInt(rank!, 10)}`)
    .sort();
  expect(appRanking).toHaveLength(6);

  const [xlsx] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('analysis-export-xlsx').click(),
  ]);
  expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
  const work = testInfo.outputPath('excel');
  mkdirSync(work, { recursive: true });
  const path = join(work, 'matrix.xlsx');
  await xlsx.saveAs(path);
  const stored = sheetRanking(await loadWorkbook(path));
  expect(stored.formulas.filter((formula) => formula.includes('SUMPRODUCT'))).toHaveLength(6);
  expect(stored.formulas.filter((formula) => formula.startsWith('RANK('))).toHaveLength(6);
  expect([...stored.rows].sort()).toEqual(appRanking);
  const fresh = sheetRanking(await loadWorkbook(recalculated(path, work)));
  expect([...fresh.rows].sort()).toEqual(appRanking);

  // Word: the analysis as a section with its title, its ranking and the chart as a picture.
  const [docx] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('analysis-export-docx').click(),
  ]);
  const parts = await readDocx(new Uint8Array(readFileSync((await docx.path())!)));
  expect(textOf(parts.document)).toContain(DEMO_MATRIX);
  expect(textOf(parts.document)).toContain('Nordkap Systemhaus GmbH');
  expect(parts.media.length).toBeGreaterThan(0);
});

test('the proposal carries the “Warum wir” chapter of the matrix chosen on the offer, without the internal parts', async ({
  app: page,
}, testInfo) => {
  await newDemoOffer(page, 'Managed Firewall Hafen');
  // An offer needs lines to be exported: a bundle of four.
  const bundle = page
    .getByRole('textbox', { name: 'Bundle …' })
    .or(page.getByRole('combobox', { name: 'Bundle …' }))
    .first();
  await bundle.click();
  await bundle.fill('Standort');
  await page.getByRole('option', { name: /Standort-Netzwerk S/ }).click();
  await expect(page.getByTestId('offer-line')).toHaveCount(4);
  const panel = page.getByTestId('why-us-panel');
  await expect(panel.getByTestId('why-us-select')).toHaveValue('Kein Kapitel „Warum wir“');
  await panel.getByTestId('why-us-select').click();
  await page.getByRole('option', { name: DEMO_MATRIX, exact: true }).click();
  await expect(panel.getByTestId('why-us-select')).toHaveValue(DEMO_MATRIX);
  await panel.screenshot({ path: testInfo.outputPath('why-us-panel.png') });

  await page.getByTestId('export-menu').click();
  await page.getByRole('menuitem', { name: 'Word-Angebot (.docx)' }).click();
  await expect(page.getByTestId('check-finding').filter({ hasText: 'kein Logo' })).toBeVisible();
  const [docx] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('check-proceed').click(),
  ]);
  const text = textOf(
    (await readDocx(new Uint8Array(readFileSync((await docx.path())!)))).document,
  );
  expect(text).toContain('Warum wir');
  expect(text).toContain('Nordlicht IT-Beratung GmbH');
  // A differentiator and a proof point from the battlecards of the matrix's competitors …
  expect(text).toContain('24/7-Betrieb aus dem eigenen Rechenzentrum in Hamburg');
  expect(text).toContain('Hanseatische Kühllogistik');
  // … never their traps or landmines.
  expect(text).not.toContain('Fragen Sie nach der Rufbereitschaft');
  expect(text).not.toContain('Nicht über den Hardwarepreis diskutieren');
});
