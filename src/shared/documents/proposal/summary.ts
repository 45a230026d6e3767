import type { Table } from 'docx';
import { AlignmentType, ImageRun, Paragraph, TableRow, TextRun } from 'docx';
import type { BillingKind } from '../../domain';
import { Decimal, formatDecimal } from '../../money';
import { heading } from './contents';
import { fitImage, formatPct, imageSize } from './format';
import { PAGE, cell, ruledTable } from './kit';
import type { ProposalContext } from './kit';

const LABEL = 6318;
const AMOUNT = PAGE.textWidth - LABEL;

type Line = { label: string; amount: string; strong?: boolean };

function row(line: Line, context: ProposalContext): TableRow {
  const run = line.strong === true ? { size: 19, bold: true } : { size: 19 };
  const fill = line.strong === true ? context.brandLight : undefined;
  return new TableRow({
    cantSplit: true,
    children: [
      cell(line.label, { width: LABEL, run, fill }),
      cell(context.money(line.amount), { width: AMOUNT, run, fill }),
    ],
  });
}

function titleRow(text: string, context: ProposalContext): TableRow {
  return new TableRow({
    cantSplit: true,
    children: [
      cell(text, {
        width: LABEL + AMOUNT,
        columnSpan: 2,
        run: { size: 19, bold: true, color: context.brand },
      }),
    ],
  });
}

/** Net before and after the offer discount, VAT per rate and gross of one billing. */
function billingLines(billing: BillingKind, context: ProposalContext): Line[] {
  const { labels, model, data } = context;
  const totals = billing === 'one-time' ? model.totals.oneTime : model.totals[billing];
  const groups = model.totals.groups.filter((group) => group.billing === billing);
  const language = data.language;
  const lines: Line[] = [];
  const discount = formatPct(data.offer.discountPct, language);
  if (discount !== '') {
    lines.push({ label: labels.linesNet, amount: model.linesNet[billing] });
    // The discount is what the engine took off: Σ line nets − its net after the discount.
    const taken = new Decimal(model.linesNet[billing]).minus(totals.net).negated().toFixed(2);
    lines.push({ label: labels.offerDiscount(discount), amount: taken });
  }
  lines.push({ label: labels.netTotal, amount: totals.net });
  for (const group of groups) {
    const pct = formatDecimal(group.vatPct, language);
    const note = model.totals.vatNote === null ? '' : ` (${model.totals.vatNote[language]})`;
    const label = groups.length > 1 ? labels.vatOn(pct, context.money(group.net)) : labels.vat(pct);
    lines.push({ label: `${label}${note}`, amount: group.vat });
  }
  const grossLabel =
    billing === 'one-time'
      ? labels.grossTotal
      : billing === 'monthly'
        ? labels.perMonth
        : labels.perYear;
  lines.push({ label: grossLabel, amount: totals.gross, strong: true });
  return lines;
}

/** The totals: one-time, monthly and yearly blocks and the contract value over the term. */
export function summaryTable(context: ProposalContext): (Paragraph | Table)[] {
  const { labels, model, data } = context;
  const has = (billing: BillingKind) =>
    model.totals.groups.some((group) => group.billing === billing);
  const recurring = has('monthly') || has('yearly');
  const rows: TableRow[] = [];
  if (has('one-time') || !recurring) {
    rows.push(titleRow(labels.oneTimeCosts, context));
    rows.push(...billingLines('one-time', context).map((line) => row(line, context)));
  }
  if (has('monthly')) {
    rows.push(titleRow(labels.monthlyCosts, context));
    rows.push(...billingLines('monthly', context).map((line) => row(line, context)));
  }
  if (has('yearly')) {
    rows.push(titleRow(labels.yearlyCosts, context));
    rows.push(...billingLines('yearly', context).map((line) => row(line, context)));
  }
  if (recurring && data.offer.termMonths > 0) {
    rows.push(
      row(
        {
          label: labels.contractValue(data.offer.termMonths),
          amount: model.totals.contractValue,
          strong: true,
        },
        context,
      ),
    );
  }
  return [
    heading(context.contents, { level: 2, title: labels.summaryTitle }),
    ruledTable(rows, [LABEL, AMOUNT]),
  ];
}

/** Payment terms, cash discount, validity, exchange rate and the reverse-charge note. */
export function termsParagraphs(context: ProposalContext): Paragraph[] {
  const { labels, data, model } = context;
  const { offer } = data;
  const language = data.language;
  const texts = [labels.paymentTerms(offer.paymentTermsDays)];
  const cashDiscount = formatPct(offer.cashDiscountPct, language);
  if (cashDiscount !== '' && offer.cashDiscountDays > 0) {
    texts.push(labels.cashDiscount(cashDiscount, offer.cashDiscountDays));
  }
  texts.push(labels.validity(context.date(offer.validUntil)));
  if (offer.currency !== 'EUR' && offer.exchangeRate.trim() !== '') {
    texts.push(labels.exchangeRate(formatDecimal(offer.exchangeRate, language), offer.currency));
  }
  const paragraphs = [
    heading(context.contents, { level: 2, title: labels.termsTitle }),
    // Kept together: terms split over a page break read like an afterthought.
    ...texts.map(
      (text, index) =>
        new Paragraph({ keepNext: index < texts.length - 1, children: [new TextRun(text)] }),
    ),
  ];
  if (model.totals.vatNote !== null) {
    const vatId = data.client.vatId.trim();
    paragraphs.push(
      new Paragraph({
        children: [
          new TextRun({ text: `${model.totals.vatNote[language]}.`, bold: true }),
          ...(vatId === '' ? [] : [new TextRun(` ${labels.reverseChargeClientVat(vatId)}`)]),
        ],
      }),
    );
  }
  return paragraphs;
}

/** The chart PNG across the text width, with its caption. */
export function chartParagraphs(png: Uint8Array, context: ProposalContext): Paragraph[] {
  // 96 px per inch, 1440 twips per inch: the text width in pixels.
  const maxWidth = Math.floor((PAGE.textWidth / 1440) * 96);
  const size = fitImage(imageSize(png), { width: maxWidth, height: 420 });
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before: 240, after: 0 },
      children: [new ImageRun({ type: 'png', data: png, transformation: size })],
    }),
    new Paragraph({
      style: 'QuotientCaption',
      children: [new TextRun(context.labels.chartCaption)],
    }),
  ];
}
