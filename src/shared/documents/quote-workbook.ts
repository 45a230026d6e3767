import ExcelJS from 'exceljs';
import { writePaymentSheet } from './planning/sheet';
import { writeInternalSheet } from './quote/internal-sheet';
import { quoteLabels } from './quote/labels';
import { quoteModel } from './quote/model';
import { ref, writeRecurringSheet } from './quote/recurring-sheet';
import { writeQuoteSheet } from './quote/quote-sheet';
import { quoteStyles } from './quote/styles';
import { xmlSafeData } from '../text/xml-text';
import type { DocumentData } from './types';

/** "$H$40" from "H40": defined names point at absolute cells. */
function absolute(cell: string): string {
  return cell.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
}

/**
 * The Excel quote: live formulas whose stored results come from the totals engine, defined
 * names NetTotal/VatTotal/GrossTotal (+ MonthlyTotal/YearlyTotal with recurring lines), the
 * recurring-costs sheet when needed, the payment plan's sheet with a project plan and the
 * internal sheet only when `data.internal`. Characters
 * XML forbids are left out of every text (they would make the file unreadable).
 */
export async function buildQuoteWorkbook(input: DocumentData): Promise<Uint8Array> {
  const data = xmlSafeData(input);
  const model = quoteModel(data);
  const labels = quoteLabels(data.language);
  const styles = quoteStyles({
    brandColor: data.company.brandColor,
    currency: data.offer.currency,
    language: data.language,
  });
  const workbook = new ExcelJS.Workbook();
  workbook.creator = data.company.name;
  workbook.title = data.offer.title;
  workbook.created = new Date(`${data.offer.date}T00:00:00Z`);
  workbook.modified = workbook.created;
  // Excel recalculates on open too; viewers that do not still show the stored results.
  workbook.calcProperties = { fullCalcOnLoad: true };

  const quote = await writeQuoteSheet({ workbook, model, styles, labels });
  const name = (cell: string | undefined, definedName: string) => {
    if (cell !== undefined) workbook.definedNames.add(ref(quote.name, absolute(cell)), definedName);
  };
  name(quote.billing['one-time']?.net, 'NetTotal');
  name(quote.billing['one-time']?.vat, 'VatTotal');
  name(quote.billing['one-time']?.gross, 'GrossTotal');
  name(quote.billing.monthly?.net, 'MonthlyTotal');
  name(quote.billing.yearly?.net, 'YearlyTotal');

  if (model.hasRecurring) await writeRecurringSheet({ workbook, model, styles, labels, quote });
  if (data.plan)
    await writePaymentSheet({ workbook, model, styles, labels, quote, plan: data.plan });
  if (data.internal) await writeInternalSheet({ workbook, model, styles, labels, quote });
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
