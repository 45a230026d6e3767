import type { Workbook } from 'exceljs';
import { billings, lineMargin } from '../../calculation';
import type { Billing, MarginTotals } from '../../calculation';
import { formula, num, put } from './cells';
import type { QuoteLabels } from './labels';
import type { QuoteModel } from './model';
import { finishSheet } from './page';
import { discountFactor } from './totals';
import type { QuoteSheetCells } from './quote-sheet';
import { ref } from './recurring-sheet';
import type { QuoteStyles } from './styles';

const pctFormula = (margin: string, net: string) => `IF(${net}=0,"",ROUND(${margin}/${net}*100,2))`;

/** "Intern"/"Internal": cost and margin per line and per billing; only in the internal export. */
export async function writeInternalSheet({
  workbook,
  model,
  styles,
  labels,
  quote,
}: {
  workbook: Workbook;
  model: QuoteModel;
  styles: QuoteStyles;
  labels: QuoteLabels;
  quote: QuoteSheetCells;
}): Promise<void> {
  const text = labels.internal;
  const sheet = workbook.addWorksheet(labels.sheets.internal, {
    views: [{ showGridLines: false }],
  });
  sheet.columns = [6, 36, 12, 12, 9, 14, 13, 14, 14, 10].map((width) => ({ width }));
  put(sheet, 1, 1, text.title, styles.title);
  text.columns.forEach((title, i) =>
    put(sheet, 3, i + 1, title, i < 4 ? styles.header : styles.headerRight),
  );
  const first = 4;
  let r = first;
  for (const section of model.data.sections) {
    for (const source of section.lines) {
      const quoteRow = quote.rowById.get(source.id) as number;
      const line = model.totals.byLineId.get(source.id);
      if (line === undefined) continue;
      put(sheet, r, 1, model.posById.get(source.id) ?? '', styles.pos);
      put(sheet, r, 2, source.name, styles.name);
      put(sheet, r, 3, text.totals[source.billing], styles.unit);
      put(sheet, r, 4, text.kind[source.kind], styles.unit);
      put(sheet, r, 5, formula(ref(quote.name, `C${quoteRow}`), source.quantity), styles.count);
      put(sheet, r, 6, formula(ref(quote.name, `H${quoteRow}`), line.net), styles.net);
      if (line.cost !== null) {
        const margin = lineMargin(line);
        put(sheet, r, 7, num(source.unitCost), styles.price);
        put(sheet, r, 8, formula(`ROUND(E${r}*G${r},2)`, line.cost), styles.net);
        put(sheet, r, 9, formula(`F${r}-H${r}`, margin.margin ?? '0'), styles.net);
        put(
          sheet,
          r,
          10,
          {
            formula: pctFormula(`I${r}`, `F${r}`),
            result: margin.marginPct === null ? '' : Number(margin.marginPct),
          },
          styles.pct,
        );
      }
      r += 1;
    }
  }
  const last = r - 1;
  r += 1;
  text.totalColumns.forEach((title, i) =>
    put(
      sheet,
      r,
      [2, 6, 8, 9, 10][i] as number,
      title,
      i === 0 ? styles.header : styles.headerRight,
    ),
  );
  r += 1;
  const rowOf = new Map<Billing, number>();
  const writeTotals = (label: string, margin: MarginTotals, base: string, cost: string) => {
    put(sheet, r, 2, label, styles.bold);
    put(sheet, r, 6, formula(base, margin.marginNet), styles.total);
    put(sheet, r, 8, formula(cost, margin.cost), styles.total);
    put(sheet, r, 9, formula(`F${r}-H${r}`, margin.margin), styles.total);
    put(
      sheet,
      r,
      10,
      {
        formula: pctFormula(`I${r}`, `F${r}`),
        result: margin.marginPct === null ? '' : Number(margin.marginPct),
      },
      styles.pct,
    );
    r += 1;
  };
  const margins = model.totals.margin;
  const byBilling: Record<Billing, MarginTotals> = {
    'one-time': margins.oneTime,
    monthly: margins.monthly,
    yearly: margins.yearly,
  };
  for (const billing of billings) {
    const cells = quote.billing[billing];
    if (cells === undefined) continue;
    rowOf.set(billing, r);
    const criteria = `C${first}:C${last},"${text.totals[billing]}",D${first}:D${last},"${text.kind.normal}"`;
    // Lines without a cost are left out of the margin (calculation/offer-totals), and so is
    // their net: the counted positive lines with an empty unit cost, after the offer discount.
    const uncosted =
      `SUMPRODUCT((C${first}:C${last}="${text.totals[billing]}")*(D${first}:D${last}="${text.kind.normal}")` +
      `*(G${first}:G${last}="")*(F${first}:F${last}>0)*F${first}:F${last})`;
    writeTotals(
      text.totals[billing],
      byBilling[billing],
      `${ref(quote.name, cells.net)}-ROUND(${uncosted}${discountFactor(model.data.offer.discountPct)},2)`,
      `SUMIFS(H${first}:H${last},${criteria})`,
    );
  }
  const term = model.data.offer.termMonths;
  const factors: Record<Billing, number> = {
    'one-time': 1,
    monthly: term,
    yearly: Math.ceil(term / 12),
  };
  const overTerm = (column: string) =>
    [...rowOf].map(([billing, row]) => `${column}${row}*${factors[billing]}`).join('+');
  // The billing rows' F already leave out the uncosted net: over the term, no second deduction.
  writeTotals(text.totals.contract, margins.contract, overTerm('F'), overTerm('H'));
  if (!margins.contract.complete) put(sheet, r + 1, 2, text.incomplete, styles.text);
  await finishSheet({ sheet, data: model.data, labels, lastColumn: 'J', headerRow: 3 });
}
