import { Decimal } from '../../money';
import { put, wrappedHeight } from './cells';
import type { SheetContext } from './context';
import { rateText } from './lines';

/** Payment terms, cash discount, validity, reverse charge, exchange rate, recurring costs. */
export function writeNotes(ctx: SheetContext): void {
  const { labels, model, sheet, styles } = ctx;
  const { offer } = model.data;
  const notes: string[] = [];
  const cashDiscount = offer.cashDiscountPct !== '' && !new Decimal(offer.cashDiscountPct).isZero();
  notes.push(
    [
      labels.paymentTerms(offer.paymentTermsDays),
      cashDiscount && offer.cashDiscountDays > 0
        ? labels.cashDiscount(rateText(ctx, offer.cashDiscountPct), offer.cashDiscountDays)
        : '',
    ]
      .filter(Boolean)
      .join(' '),
  );
  notes.push(labels.validity(labels.formatDate(offer.validUntil)));
  if (offer.reverseCharge) notes.push(labels.reverseCharge);
  if (offer.currency !== 'EUR' && offer.exchangeRate !== '') {
    notes.push(labels.exchangeRate(offer.currency, rateText(ctx, offer.exchangeRate)));
  }
  if (model.hasRecurring) notes.push(labels.recurringNote(offer.termMonths));
  for (const note of notes) {
    const r = ctx.row++;
    for (let c = 1; c <= 8; c++) put(sheet, r, c, c === 1 ? note : null, styles.note);
    sheet.mergeCells(r, 1, r, 8);
    if (note.length > 100) sheet.getRow(r).height = wrappedHeight(note, 100);
  }
}
