// The Excel quote opened in LibreOffice with recalculation forced on load: the recalculated
// totals must equal the engine's, before and after the customer changes a quantity.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import type { Workbook, Worksheet } from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildQuoteWorkbook } from '../../src/shared/documents/quote-workbook';
import type { DocumentData } from '../../src/shared/documents/types';
import { packageData } from '../support/package-fixture';
import {
  bundleExampleData,
  chfData,
  mixedVatData,
  recurringData,
  reverseChargeData,
} from '../fixtures/documents/document-data';
import {
  cellNumber,
  cents,
  engineTotals,
  expectedNames,
  formulaCells,
  loadWorkbook,
  namedTotals,
} from '../fixtures/documents/read-workbook';

function findSoffice(): string | null {
  const dirs = (process.env.PATH ?? '').split(delimiter).concat('/usr/bin', '/usr/local/bin');
  return dirs.map((dir) => join(dir, 'soffice')).find((path) => existsSync(path)) ?? null;
}

const soffice = findSoffice();
const TIMEOUT = 120_000;

// OOXMLRecalcMode 0 = always recalculate on load; by default LibreOffice shows stored results.
const RECALC_PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

const fixtures: Record<string, () => DocumentData> = {
  mixed: mixedVatData,
  recurring: recurringData,
  chf: chfData,
  reverse: reverseChargeData,
  bundle: bundleExampleData,
  // A package section: its lines' prices hidden by number format, the package price a SUMIFS.
  package: packageData,
};

let work = '';
let profile = '';

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
    { encoding: 'utf8', timeout: 100_000 },
  );
  expect(result.status, result.stderr).toBe(0);
  return inputs.map((input) => join(outDir, input.split('/').pop() as string));
}

function contractValue(workbook: Workbook): string | null {
  const sheet = workbook.worksheets.find((s) => /Laufende Kosten|Recurring costs/.test(s.name));
  if (sheet === undefined) return null;
  let value: string | null = null;
  sheet.eachRow((row) => {
    if (/Vertragswert|Contract value/.test(String(row.getCell(1).value))) {
      value = cents(cellNumber(row.getCell(4)));
    }
  });
  return value;
}

function qtyCell(sheet: Worksheet, pos: string): string {
  let address = '';
  sheet.eachRow((row, number) => {
    if (row.getCell(1).value === pos) address = `C${number}`;
  });
  if (address === '') throw new Error(`no line ${pos}`);
  return address;
}

/** Column H of the row labelled `label` in column C (a subtotal or package price), as cents. */
function packagePrice(workbook: Workbook, label: string): string | null {
  let value: string | null = null;
  (workbook.worksheets[0] as Worksheet).eachRow((row) => {
    if (row.getCell(3).value === label) value = cents(cellNumber(row.getCell(8)));
  });
  return value;
}

describe.skipIf(soffice === null)(
  `quote workbook recalculated by LibreOffice${soffice === null ? ' (skipped: soffice not found on PATH; CI installs LibreOffice)' : ''}`,
  () => {
    beforeAll(() => {
      work = mkdtempSync(join(tmpdir(), 'quote-lo-'));
      profile = join(work, 'profile');
      mkdirSync(join(profile, 'user'), { recursive: true });
      writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), RECALC_PROFILE);
    });
    afterAll(() => {
      if (work !== '') rmSync(work, { recursive: true, force: true });
    });

    it(
      'recalculates every formula to the stored engine result',
      async () => {
        const names = Object.keys(fixtures);
        const inputs = await Promise.all(
          names.map(async (name) => {
            const path = join(work, `${name}.xlsx`);
            writeFileSync(path, await buildQuoteWorkbook((fixtures[name] as () => DocumentData)()));
            return path;
          }),
        );
        const outputs = convert(inputs, join(work, 'recalc'));
        for (const [i, name] of names.entries()) {
          const data = (fixtures[name] as () => DocumentData)();
          const original = await loadWorkbook(readFileSync(inputs[i] as string));
          const recalculated = await loadWorkbook(readFileSync(outputs[i] as string));
          expect({ name, totals: namedTotals(recalculated) }).toEqual({
            name,
            totals: expectedNames(data),
          });
          expect({ name, contract: contractValue(recalculated) }).toEqual({
            name,
            contract: contractValue(original) === null ? null : engineTotals(data).contractValue,
          });
          // Every formula cell: LibreOffice's own value equals the result we stored.
          const stored = formulaCells(original);
          const fresh = formulaCells(recalculated);
          const asText = (result: unknown) =>
            typeof result === 'number' ? cents(result) : result === undefined ? '' : result;
          const differences = [...stored].filter(
            ([address, cell]) => asText(fresh.get(address)?.result) !== asText(cell.result),
          );
          expect({ name, differences }).toEqual({ name, differences: [] });
          expect(stored.size).toBe(fresh.size);
        }
      },
      TIMEOUT,
    );

    it(
      'moves the totals as the engine says when the customer changes quantities',
      async () => {
        const changes: { name: string; pos: string; quantity: string }[] = [
          { name: 'mixed', pos: '1.1', quantity: '3' },
          { name: 'recurring', pos: '1.2', quantity: '2.5' },
          { name: 'bundle', pos: '1.2', quantity: '15' },
          { name: 'package', pos: '2.1', quantity: '3' },
        ];
        const inputs: string[] = [];
        const changed: DocumentData[] = [];
        for (const { name, pos, quantity } of changes) {
          const data = (fixtures[name] as () => DocumentData)();
          const workbook = await loadWorkbook(await buildQuoteWorkbook(data));
          const sheet = workbook.worksheets[0] as Worksheet;
          sheet.getCell(qtyCell(sheet, pos)).value = Number(quantity);
          const path = join(work, `${name}-changed.xlsx`);
          writeFileSync(path, new Uint8Array(await workbook.xlsx.writeBuffer()));
          inputs.push(path);
          const [s, l] = pos.split('.').map((n) => Number(n) - 1) as [number, number];
          changed.push({
            ...data,
            sections: data.sections.map((section, si) => ({
              ...section,
              lines: section.lines.map((line, li) =>
                si === s && li === l ? { ...line, quantity } : line,
              ),
            })),
          });
        }
        const outputs = convert(inputs, join(work, 'changed'));
        const workbooks = await Promise.all(
          outputs.map(async (output) => loadWorkbook(readFileSync(output))),
        );
        const results = workbooks.map((workbook) => ({
          totals: namedTotals(workbook),
          contract: contractValue(workbook),
        }));
        // The package price follows its hidden lines: 3 × 1 200,00 € − 10 %.
        expect(
          packagePrice(workbooks.at(-1) as Workbook, 'Paketpreis Starterpaket (einmalig)'),
        ).toBe('3240.00');
        expect(results).toEqual(
          changed.map((data) => ({
            totals: expectedNames(data),
            contract: data.sections.some((s) => s.lines.some((l) => l.billing !== 'one-time'))
              ? engineTotals(data).contractValue
              : null,
          })),
        );
        // The change is real: the totals differ from the unchanged offers'.
        expect(results.map((r) => r.totals.NetTotal)).not.toEqual(
          changes.map(
            ({ name }) => expectedNames((fixtures[name] as () => DocumentData)()).NetTotal,
          ),
        );
      },
      TIMEOUT,
    );
  },
);
