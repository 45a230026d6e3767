import { legalEntryText, legalFooter } from '../legal-footer';
import { paymentTermsFor } from '../totals';
import { put, wrappedHeight } from './cells';
import type { SheetContext } from './context';
import { rateText } from './lines';

/** Payment terms, cash discount, validity, reverse charge, exchange rate, recurring costs. */
export function writeNotes(ctx: SheetContext): void {
  const { labels, model, sheet, styles } = ctx;
  const { offer } = model.data;
  const notes: string[] = [];
  notes.push(paymentTermsFor(model.data, model.totals));
  notes.push(labels.validity(labels.formatDate(offer.validUntil)));
  if (offer.reverseCharge) notes.push(labels.reverseCharge);
  if (offer.currency !== 'EUR' && offer.exchangeRate !== '') {
    notes.push(labels.exchangeRate(offer.currency, rateText(ctx, offer.exchangeRate)));
  }
  if (model.hasRecurring) notes.push(labels.recurringNote(offer.termMonths));
  // The details the law requires on business letters, by legal form (also in the footer).
  notes.push(legalFooter(model.data.company, model.data.language).map(legalEntryText).join(' · '));
  for (const note of notes) {
    const r = ctx.row++;
    for (let c = 1; c <= 9; c++) put(sheet, r, c, c === 1 ? note : null, styles.note);
    sheet.mergeCells(r, 1, r, 9);
    if (note.length > 100) sheet.getRow(r).height = wrappedHeight(note, 100);
  }
}
