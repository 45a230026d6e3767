// The analysis workbooks opened in LibreOffice with recalculation forced on load: every formula's
// recalculated value must equal the result we stored, and a changed weight must move the
// matrix's scores and ranks exactly as the app's scoreCompetitorMatrix does.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Workbook, Worksheet } from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  sampleAnalyses,
  sampleMarketSize,
  sampleMatrix,
  sampleNames,
} from '#test/analysis-samples';
import { marketSize, scoreCompetitorMatrix } from '../../analyses';
import type { AnalysisInput } from '../../domain/analyses';
import { buildAnalysisWorkbook } from '.';

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

const options = { names: sampleNames, language: 'de', companyName: 'Brandt IT GmbH' } as const;

let work = '';
let profile = '';

async function load(bytes: Uint8Array): Promise<Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as never);
  return workbook;
}

/** Converts xlsx files to xlsx in one soffice run (recalculating on load); returns the outputs. */
function convert(inputs: string[], outDir: string): string[] {
  mkdirSync(outDir, { recursive: true });
  const result = spawnSync(
    soffice as string,
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'xlsx',
      '--outdir',
      outDir,
      ...inputs,
    ],
    { encoding: 'utf8', timeout: 150_000 },
  );
  expect(result.status, result.stderr).toBe(0);
  return inputs.map((input) => join(outDir, input.split('/').pop() as string));
}

/** Every formula cell of the first sheet: address → result (numbers to four decimals). */
function results(workbook: Workbook): Map<string, unknown> {
  const cells = new Map<string, unknown>();
  (workbook.worksheets[0] as Worksheet).eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.type !== ExcelJS.ValueType.Formula) return;
      const result = cell.result;
      cells.set(cell.address, typeof result === 'number' ? result.toFixed(4) : result);
    }),
  );
  return cells;
}

/** The values of one row from column C on, as numbers. */
function rowValues(sheet: Worksheet, row: number, count: number): (number | null)[] {
  return Array.from({ length: count }, (_, index) => {
    const cell = sheet.getRow(row).getCell(3 + index);
    const value = cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
    return typeof value === 'number' ? value : null;
  });
}

describe.skipIf(soffice === null)(
  `analysis workbooks recalculated by LibreOffice${soffice === null ? ' (skipped: soffice not found on PATH; CI installs LibreOffice)' : ''}`,
  () => {
    beforeAll(() => {
      work = mkdtempSync(join(tmpdir(), 'analysis-lo-'));
      profile = join(work, 'profile');
      mkdirSync(join(profile, 'user'), { recursive: true });
      writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), RECALC_PROFILE);
    });
    afterAll(() => {
      if (work !== '') rmSync(work, { recursive: true, force: true });
    });

    it(
      'recalculates every formula to the stored result, and a changed weight moves the ranking as the app does',
      async () => {
        const analyses = sampleAnalyses();
        const inputs = await Promise.all(
          analyses.map(async (analysis) => {
            const path = join(work, `${analysis.kind}.xlsx`);
            writeFileSync(path, await buildAnalysisWorkbook({ analysis, ...options }));
            return path;
          }),
        );

        // The customer changes weights: price 30 → 50, expertise 25 → 5 (still 100 in all).
        const matrix = sampleMatrix();
        const changedMatrix: AnalysisInput = {
          ...matrix,
          criteria: matrix.criteria!.map((criterion) =>
            criterion.id === 'crit-price'
              ? { ...criterion, weightPct: '50' }
              : criterion.id === 'crit-know'
                ? { ...criterion, weightPct: '5' }
                : criterion,
          ),
        };
        const matrixBook = await load(
          await buildAnalysisWorkbook({ analysis: matrix, ...options }),
        );
        const matrixSheet = matrixBook.worksheets[0] as Worksheet;
        matrixSheet.getCell('B5').value = 50;
        matrixSheet.getCell('B7').value = 5;
        const matrixPath = join(work, 'matrix-changed.xlsx');
        writeFileSync(matrixPath, new Uint8Array(await matrixBook.xlsx.writeBuffer()));
        // And the number of customers in the market size: 4850 → 5123.
        const marketBook = await load(
          await buildAnalysisWorkbook({ analysis: sampleMarketSize(), ...options }),
        );
        (marketBook.worksheets[0] as Worksheet).getCell('B5').value = 5123;
        const marketPath = join(work, 'market-changed.xlsx');
        writeFileSync(marketPath, new Uint8Array(await marketBook.xlsx.writeBuffer()));

        const outputs = convert([...inputs, matrixPath, marketPath], join(work, 'recalc'));

        for (const [index, analysis] of analyses.entries()) {
          const stored = results(await load(readFileSync(inputs[index] as string)));
          const fresh = results(await load(readFileSync(outputs[index] as string)));
          expect(stored.size > 0, analysis.kind).toBe(analysis.kind !== 'swot');
          expect({ kind: analysis.kind, results: fresh }).toEqual({
            kind: analysis.kind,
            results: stored,
          });
        }

        // The changed matrix: LibreOffice's scores and ranks are the app's for the new weights.
        const recalculated = (await load(readFileSync(outputs[analyses.length] as string)))
          .worksheets[0] as Worksheet;
        const participants = matrix.participants!;
        const expected = scoreCompetitorMatrix({
          criteria: changedMatrix.criteria!,
          scores: changedMatrix.scores!,
        }).ranking;
        const byId = new Map(expected.map((row) => [row.id, row]));
        expect({
          sum: recalculated.getCell('B9').result,
          scores: rowValues(recalculated, 10, participants.length).map((value) =>
            value?.toFixed(2),
          ),
          ranks: rowValues(recalculated, 11, participants.length),
        }).toEqual({
          sum: 100,
          scores: participants.map((id) => byId.get(id)?.score),
          ranks: participants.map((id) => byId.get(id)?.rank),
        });
        // The new weights make ours and Datawerk's scores equal (3.75): they share rank 1.
        expect(participants.map((id) => byId.get(id)?.rank)).toEqual([1, 3, 1, 4]);

        const market = (await load(readFileSync(outputs[analyses.length + 1] as string)))
          .worksheets[0] as Worksheet;
        const sizes = marketSize({ ...sampleMarketSize().market!, customers: '5123' });
        expect(
          [7, 9, 11].map((row) => {
            const cell = market.getCell(`B${row}`);
            return (cell.result as number).toFixed(2);
          }),
        ).toEqual([sizes.tam, sizes.sam, sizes.som]);
      },
      TIMEOUT,
    );
  },
);
