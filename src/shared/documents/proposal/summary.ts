import type { Table } from 'docx';
import { AlignmentType, ImageRun, Paragraph, TableRow, TextRun } from 'docx';
import { formatDecimal } from '../../money';
import { paymentTermsFor } from '../totals';
import { heading } from './contents';
import { fitImage, imageSize } from './format';
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

/** The totals: the one totals chain (documents/totals), as in every other output. */
export function summaryTable(context: ProposalContext): (Paragraph | Table)[] {
  const rows = context.model.chain.map((line) =>
    line.amount === null
      ? titleRow(line.label, context)
      : row({ label: line.label, amount: line.amount, strong: line.strong }, context),
  );
  return [
    heading(context.contents, { level: 2, title: context.labels.summaryTitle }),
    ruledTable(rows, [LABEL, AMOUNT]),
  ];
}

/** Payment terms, cash discount, validity, exchange rate and the reverse-charge note. */
export function termsParagraphs(context: ProposalContext): Paragraph[] {
  const { labels, data, model } = context;
  const { offer } = data;
  const language = data.language;
  const texts = [paymentTermsFor(data, model.totals)];
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
