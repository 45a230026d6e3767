import type { Workbook, Worksheet } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { CalculationError, lineMargin } from '../../calculation';
import { buildQuoteWorkbook } from '../quote-workbook';
import type { DocumentData } from '../types';
import {
  bundleExampleData,
  chfData,
  makeDocumentData,
  makeLine,
  mixedVatData,
  recurringData,
  reverseChargeData,
} from '../../../../test/fixtures/documents/document-data';
import {
  cellContent,
  cellNumber,
  engineTotals,
  expectedNames,
  formulaCells,
  loadWorkbook,
  namedCell,
  namedTotals,
} from '../../../../test/fixtures/documents/read-workbook';

const fixtures: [string, () => DocumentData][] = [
  ['mixed VAT, discounts, optional and alternative', mixedVatData],
  ['monthly and yearly lines (en)', recurringData],
  ['CHF with exchange rate', chfData],
  ['reverse charge', reverseChargeData],
  ['the offer bundle example', bundleExampleData],
];

async function build(data: DocumentData): Promise<Workbook> {
  return loadWorkbook(await buildQuoteWorkbook(data));
}

const quoteSheet = (workbook: Workbook) => workbook.worksheets[0] as Worksheet;

/** Column H of rows from…to: the net, subtotal and total column. */
function columnH(sheet: Worksheet, from: number, to: number): unknown[] {
  const rows: unknown[] = [];
  for (let r = from; r <= to; r++) {
    rows.push([sheet.getCell(`C${r}`).value, cellContent(sheet.getCell(`H${r}`))]);
  }
  return rows;
}

/** Rows of the line table by position number ("1.2"). */
function rowsByPos(sheet: Worksheet): Map<string, number> {
  const rows = new Map<string, number>();
  sheet.eachRow((row, number) => {
    const pos = String(row.getCell(1).value);
    if (/^\d+\.\d+$/.test(pos)) rows.set(pos, number);
  });
  return rows;
}

function allText(workbook: Workbook): string {
  const texts: string[] = [];
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) => row.eachCell((cell) => texts.push(cell.text))),
  );
  return texts.join('\n');
}

describe('buildQuoteWorkbook', () => {
  it.each(fixtures)('names the engine totals (%s)', async (_, fixture) => {
    const data = fixture();
    expect(namedTotals(await build(data))).toEqual(expectedNames(data));
  });

  it('gives the bundle example the totals of its expected file', async () => {
    const workbook = await build(bundleExampleData());
    expect(namedTotals(workbook)).toEqual({
      NetTotal: '20273.46',
      VatTotal: '3851.96',
      GrossTotal: '24125.42',
      MonthlyTotal: '283.22',
    });
    const names = ['NetTotal', 'VatTotal', 'GrossTotal', 'MonthlyTotal', 'YearlyTotal'];
    expect(names.map((name) => workbook.definedNames.getRanges(name).ranges)).toEqual([
      ['Angebot!$H$28'],
      ['Angebot!$H$29'],
      ['Angebot!$H$30'],
      ['Angebot!$H$37'],
      [],
    ]);
    const cells = ['NetTotal', 'MonthlyTotal'].map((name) => namedCell(workbook, name));
    expect(cells.map((cell) => (cell === null ? null : cellContent(cell)))).toEqual([
      {
        formula: 'ROUND(SUMIFS(H13:H23,I13:I23,"einmalig",G13:G23,19)*(1-2/100),2)',
        result: 20273.46,
      },
      {
        formula: 'ROUND(SUMIFS(H13:H23,I13:I23,"monatlich",G13:G23,19)*(1-2/100),2)',
        result: 283.22,
      },
    ]);
  });

  it.each(fixtures)(
    'writes every line net as a formula with the engine result (%s)',
    async (_, fixture) => {
      const data = fixture();
      const sheet = quoteSheet(await build(data));
      const totals = engineTotals(data);
      const rows = rowsByPos(sheet);
      const numbered = data.sections.flatMap((section, s) =>
        section.lines.map((line, l) => ({ line, row: rows.get(`${s + 1}.${l + 1}`) as number })),
      );
      expect(numbered.map(({ row }) => cellContent(sheet.getCell(`H${row}`)))).toEqual(
        numbered.map(({ line, row }) => ({
          formula: `ROUND(C${row}*E${row}*(1-F${row}/100),2)`,
          result: Number(totals.byLineId.get(line.id)?.net),
        })),
      );
      // Quantity, price and discount are the line's own numbers.
      expect(
        numbered.map(({ row }) => ['C', 'E', 'F'].map((c) => sheet.getCell(`${c}${row}`).value)),
      ).toEqual(
        numbered.map(({ line }) =>
          [line.quantity, line.unitPrice, line.discountPct || '0'].map(Number),
        ),
      );
    },
  );

  it('sums each section over its counted lines only', async () => {
    const sheet = quoteSheet(await build(mixedVatData()));
    const subtotals: unknown[] = [];
    sheet.eachRow((row) => {
      if (String(row.getCell(3).value).startsWith('Zwischensumme ') && row.number < 27) {
        subtotals.push([row.getCell(3).value, cellContent(row.getCell(8))]);
      }
    });
    // Hardware: the alternative rack and the optional power supply (rows 18–19) stay in their
    // place in the section, marked in column I, and are not summed.
    expect(subtotals).toEqual([
      [
        'Zwischensumme Hardware',
        { formula: 'SUMIFS(H15:H19,I15:I19,"einmalig")', result: 15107.83 },
      ],
      [
        'Zwischensumme Dienstleistungen',
        { formula: 'SUMIFS(H22:H24,I22:I24,"einmalig")', result: 6683.75 },
      ],
    ]);
    expect(['A18', 'B18', 'I18', 'A19', 'B19', 'I19'].map((a) => sheet.getCell(a).value)).toEqual([
      '1.4',
      'Alternative zu Pos. 1.1: Server Rack 4HE',
      'alternativ',
      '1.5',
      'Optional: Ersatznetzteil',
      'optional',
    ]);
    // 3 × 0.835 = 2.505 rounds half away from zero.
    expect(cellContent(sheet.getCell('H17'))).toEqual({
      formula: 'ROUND(C17*E17*(1-F17/100),2)',
      result: 2.51,
    });
  });

  it('writes the VAT groups, sums and gross of the mixed offer as formulas', async () => {
    const data = mixedVatData();
    const sheet = quoteSheet(await build(data));
    const net = (rate: number) =>
      `ROUND(SUMIFS(H14:H25,I14:I25,"einmalig",G14:G25,${rate})*(1-3/100),2)`;
    expect(columnH(sheet, 28, 37)).toEqual([
      [
        'Zwischensumme Positionen',
        { formula: 'SUMIFS(H14:H25,I14:I25,"einmalig")', result: 21791.58 },
      ],
      ['abzüglich 3 % Nachlass', { formula: 'H30-H28', result: -653.74 }],
      ['Summe netto', { formula: `${net(19)}+${net(7)}+${net(0)}`, result: 21137.84 }],
      [
        'zuzüglich 19 % USt. auf 20.556,08 €',
        { formula: `ROUND(${net(19)}*19/100,2)`, result: 3905.66 },
      ],
      ['zuzüglich 7 % USt. auf 242,26 €', { formula: `ROUND(${net(7)}*7/100,2)`, result: 16.96 }],
      ['zuzüglich 0 % USt. auf 339,50 €', { formula: `ROUND(${net(0)}*0/100,2)`, result: 0 }],
      ['Summe USt.', { formula: 'SUM(H31,H32,H33)', result: 3922.62 }],
      ['Gesamtbetrag brutto', { formula: 'H30+H34', result: 25060.46 }],
      [
        'abzüglich 2 % Skonto bei Zahlung innerhalb von 7 Tagen',
        { formula: '-ROUND(H35*2/100,2)', result: -501.21 },
      ],
      ['Zahlbetrag mit Skonto', { formula: 'H35+H36', result: 24559.25 }],
    ]);
    const totals = engineTotals(data);
    expect(totals.groups.map((g) => [g.vatPct, g.net, g.vat])).toEqual([
      ['19', '20556.08', '3905.66'],
      ['7', '242.26', '16.96'],
      ['0', '339.50', '0.00'],
    ]);
    expect(totals.oneTime).toEqual({ net: '21137.84', vat: '3922.62', gross: '25060.46' });
  });

  it.each(fixtures)('stores a numeric result in every formula cell (%s)', async (_, fixture) => {
    const cells = [...formulaCells(await build(fixture())).values()];
    expect(cells.length).toBeGreaterThan(5);
    // Only the internal margin % may be '' (no margin % without net).
    expect(cells.filter((cell) => typeof cell.result !== 'number' && cell.result !== '')).toEqual(
      [],
    );
  });

  it('adds the recurring sheet with the contract value of the engine', async () => {
    const data = recurringData();
    const workbook = await build(data);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Quote', 'Recurring costs']);
    const sheet = workbook.getWorksheet('Recurring costs') as Worksheet;
    const totals = engineTotals(data);
    expect([
      totals.oneTime.net,
      totals.monthly.net,
      totals.yearly.net,
      totals.contractValue,
    ]).toEqual(['2280.00', '418.45', '3420.00', '25093.50']);
    const rows: unknown[] = [];
    for (let r = 7; r <= 10; r++) {
      rows.push(['A', 'B', 'C', 'D'].map((c) => cellContent(sheet.getCell(`${c}${r}`))));
    }
    const quote = (cell: string, result: number) => ({ formula: `'Quote'!${cell}`, result });
    expect(rows).toEqual([
      ['One-time costs (net)', quote('H28', 2280), 1, { formula: 'ROUND(B7*C7,2)', result: 2280 }],
      [
        'Monthly costs (net)',
        quote('H35', 418.45),
        { formula: 'B3', result: 30 },
        { formula: 'ROUND(B8*C8,2)', result: 12553.5 },
      ],
      [
        'Yearly costs (net)',
        quote('H42', 3420),
        { formula: 'B4', result: 3 },
        { formula: 'ROUND(B9*C9,2)', result: 10260 },
      ],
      ['Contract value (net)', null, null, { formula: 'SUM(D7:D9)', result: 25093.5 }],
    ]);
    expect(cellContent(sheet.getCell('B4'))).toEqual({ formula: 'ROUNDUP(B3/12,0)', result: 3 });
    expect(namedTotals(workbook)).toMatchObject({ MonthlyTotal: '418.45', YearlyTotal: '3420.00' });
  });

  it('leaves the recurring sheet out without recurring lines', async () => {
    const data = reverseChargeData();
    expect((await build(data)).worksheets.map((sheet) => sheet.name)).toEqual(['Angebot']);
  });

  it('adds the internal sheet only for the internal version, with the engine margins', async () => {
    const data = mixedVatData();
    const internal = await build(data);
    const external = await build({ ...data, internal: false });
    expect(internal.worksheets.map((sheet) => sheet.name)).toEqual(['Angebot', 'Intern']);
    expect(external.worksheets.map((sheet) => sheet.name)).toEqual(['Angebot']);
    expect(allText(external)).not.toMatch(/Marge|5900/);

    const sheet = internal.getWorksheet('Intern') as Worksheet;
    const totals = engineTotals(data);
    const server = totals.byLineId.get(data.sections[0]?.lines[0]?.id as string);
    if (server === undefined) throw new Error('no server line');
    const { margin, marginPct } = lineMargin(server);
    expect(['E', 'F', 'G', 'H', 'I', 'J'].map((c) => cellContent(sheet.getCell(`${c}4`)))).toEqual([
      { formula: "'Angebot'!C15", result: 2 },
      { formula: "'Angebot'!H15", result: 13856.32 },
      5900,
      { formula: 'ROUND(E4*G4,2)', result: 11800 },
      { formula: 'F4-H4', result: Number(margin) },
      { formula: 'IF(F4=0,"",ROUND(I4/F4*100,2))', result: Number(marginPct) },
    ]);
    const oneTime = totals.margin.oneTime;
    expect(['B', 'F', 'H', 'I', 'J'].map((c) => cellContent(sheet.getCell(`${c}14`)))).toEqual([
      'Einmalig',
      {
        // The uncosted positive normal lines' net after the 3 % offer discount (584.19).
        formula:
          '\'Angebot\'!H30-ROUND(SUMPRODUCT((C4:C11="Einmalig")*(D4:D11="Normal")*(G4:G11="")*(F4:F11>0)*F4:F11)*(1-3/100),2)',
        result: Number(oneTime.marginNet),
      },
      {
        formula: 'SUMIFS(H4:H11,C4:C11,"Einmalig",D4:D11,"Normal")',
        result: Number(oneTime.cost),
      },
      { formula: 'F14-H14', result: Number(oneTime.margin) },
      { formula: 'IF(F14=0,"",ROUND(I14/F14*100,2))', result: Number(oneTime.marginPct) },
    ]);
    // The line without a cost (584.19 after the discount) is left out of the margin.
    expect(oneTime).toEqual({
      net: '21137.84',
      marginNet: '20553.65',
      uncostedNet: '584.19',
      cost: '16810.00',
      margin: '3743.65',
      marginPct: '18.21',
      complete: false,
    });
    expect(allText(internal)).toContain('Unvollständig');
  });

  it('writes the contract margin over the term on the internal sheet', async () => {
    const data = recurringData({ internal: true });
    const sheet = (await build(data)).getWorksheet('Internal') as Worksheet;
    const contract = engineTotals(data).margin.contract;
    let row = 0;
    sheet.eachRow((r, n) => {
      if (r.getCell(2).value === 'Over the contract term') row = n;
    });
    expect(['F', 'H', 'I'].map((c) => cellNumber(sheet.getCell(`${c}${row}`)))).toEqual(
      [contract.marginNet, contract.cost, contract.margin].map(Number),
    );
    // The contract value; the margin leaves out the lines without a cost.
    expect([contract.net, contract.marginNet]).toEqual(['25093.50', '13380.90']);
  });

  it('unlocks exactly the quantity and discount cells of the lines', async () => {
    const workbook = await build(mixedVatData());
    const unlocked: string[] = [];
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.protection?.locked === false) unlocked.push(`${sheet.name}!${cell.address}`);
        }),
      ),
    );
    const lineRows = [...rowsByPos(quoteSheet(workbook)).values()];
    expect(lineRows).toEqual([15, 16, 17, 18, 19, 22, 23, 24]);
    expect(unlocked.sort()).toEqual(
      lineRows.flatMap((r) => [`Angebot!C${r}`, `Angebot!F${r}`]).sort(),
    );
    const protections = workbook.worksheets.map(
      // ExcelJS reads the protection back but its typings omit it.
      (sheet) =>
        (sheet as unknown as { sheetProtection?: Record<string, unknown> }).sheetProtection,
    );
    expect(protections).toEqual([
      expect.objectContaining({ sheet: true, formatColumns: true }),
      expect.objectContaining({ sheet: true }),
    ]);
    expect(protections.map((p) => p?.hashValue)).toEqual([undefined, undefined]);
  });

  it('validates quantities (≥ 0) and discounts (0–100)', async () => {
    const sheet = quoteSheet(await build(mixedVatData()));
    expect([
      sheet.getCell('C15').dataValidation,
      sheet.getCell('F22').dataValidation,
    ]).toMatchObject([
      { type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0], showErrorMessage: true },
      { type: 'decimal', operator: 'between', formulae: [0, 100], showErrorMessage: true },
    ]);
  });

  it('formats amounts in the offer currency and sets up the printed page', async () => {
    const [eur, chf, en] = await Promise.all([
      build(mixedVatData()),
      build(chfData()),
      build(recurringData()),
    ]);
    const netFormat = (workbook: Workbook) => namedCell(workbook, 'NetTotal')?.numFmt;
    expect([netFormat(eur), netFormat(chf), netFormat(en)]).toEqual([
      '#,##0.00 "€"',
      '#,##0.00 "CHF"',
      '"€"#,##0.00',
    ]);
    const sheet = quoteSheet(eur);
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '13:13',
    });
    expect(sheet.getCell('A13').value).toBe('Pos.');
    expect(sheet.getCell('A13').fill).toMatchObject({ fgColor: { argb: 'FF1C5D99' } });
    expect(sheet.headerFooter.oddFooter).toBe(
      '&L&8Nordlicht IT-Service GmbH\nHafenstraße 12, 20457 Hamburg&C&8Seite &P von &N' +
        '&R&8Registergericht: Amtsgericht Hamburg HRB 123456\nUSt-IdNr.: DE123456789',
    );
    expect(quoteSheet(en).headerFooter.oddFooter).toContain('Page &P of &N');
  });

  it('prints header, notes and the legal texts the offer needs', async () => {
    const mixed = allText(await build(mixedVatData()));
    const chf = allText(await build(chfData()));
    const reverse = allText(await build(reverseChargeData()));
    expect(mixed).toContain('A-2026-MM-0042-r2');
    expect(mixed).toContain(
      'Zahlbar innerhalb von 14 Tagen nach Rechnungsstellung netto; bei Zahlung innerhalb von 7 Tagen abzüglich 2 % Skonto (501,21 €, zahlbar 24.559,25 €).',
    );
    expect(mixed).toContain('Registergericht: Amtsgericht Hamburg HRB 123456');
    expect(mixed).toContain('Dieses Angebot ist gültig bis 28.12.2026.');
    expect(mixed).not.toContain('Steuerschuldnerschaft');
    expect(mixed).not.toContain('Umrechnungskurs');
    expect(reverse).toContain('Steuerschuldnerschaft des Leistungsempfängers');
    expect(reverse).toContain('Österreich');
    expect(chf).toContain('Alle Preise in CHF. Umrechnungskurs: 1 EUR = 0,94 CHF.');
    expect(allText(await build(reverseChargeData({ language: 'en' })))).toContain('Reverse charge');
  });

  it('puts every rate at 0 % under reverse charge', async () => {
    const workbook = await build(reverseChargeData());
    expect(namedTotals(workbook)).toEqual({
      NetTotal: '4703.80',
      VatTotal: '0.00',
      GrossTotal: '4703.80',
    });
    const sheet = quoteSheet(workbook);
    expect([sheet.getCell('G16').value, sheet.getCell('G17').value]).toEqual([0, 0]);
    expect(cellContent(namedCell(workbook, 'NetTotal') as never)).toEqual({
      formula: 'ROUND(SUMIFS(H15:H18,I15:I18,"einmalig",G15:G18,0)*(1-2/100),2)',
      result: 4703.8,
    });
  });

  it('embeds the logo when there is one', async () => {
    const withLogo = await build(mixedVatData());
    const without = await build(bundleExampleData());
    expect(withLogo.model.media.map((medium) => medium.extension)).toEqual(['png']);
    expect(quoteSheet(withLogo).getImages()).toHaveLength(1);
    expect(without.model.media).toEqual([]);
  });

  it('writes an offer without one-time lines with zero one-time totals', async () => {
    const data = makeDocumentData({
      sections: [
        { title: 'Betrieb', lines: [makeLine({ billing: 'monthly', unitPrice: '50.00' })] },
      ],
    });
    expect(namedTotals(await build(data))).toEqual({
      NetTotal: '0.00',
      VatTotal: '0.00',
      GrossTotal: '0.00',
      MonthlyTotal: '50.00',
    });
  });

  it('refuses bad input with a clear error', async () => {
    const line = makeLine();
    await expect(
      buildQuoteWorkbook(makeDocumentData({ sections: [{ title: 'S', lines: [line, line] }] })),
    ).rejects.toThrow('line ids must be unique');
    const badQuantity = makeLine({ quantity: '1,5' });
    await expect(
      buildQuoteWorkbook(makeDocumentData({ sections: [{ title: 'S', lines: [badQuantity] }] })),
    ).rejects.toThrow(CalculationError);
    await expect(
      buildQuoteWorkbook(makeDocumentData({ offer: { discountPct: '120' } })),
    ).rejects.toThrow('discountPct: must be at most 100');
  });
});
