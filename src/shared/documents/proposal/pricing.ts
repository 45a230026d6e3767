import type { Table } from 'docx';
import { Paragraph, TableRow, TextRun } from 'docx';
import { formatDecimal } from '../../money';
import { heading } from './contents';
import { formatPct, unitLabel } from './format';
import { alternativeNote } from './labels';
import { cell, headerRow, ruledTable, textParagraph } from './kit';
import type { ProposalContext } from './kit';
import type { PricedLine, PricedSection } from './model';
import { subtotalLabel } from '../totals';
import { creditText, hidesPrice, inPackageText, packagePriceLabel } from '../package';

/**
 * Pos., description, qty, unit, unit price, discount, net: together the 17 cm text width. The
 * table aligns them right and the first column left (ruledTable); description and unit say left.
 * Each heading fits on one line in both languages ("Discount" in 8.5 pt bold needs 1200).
 */
export const PRICE_COLUMNS = [620, 3418, 820, 1000, 1260, 1200, 1320] as const;
const [POS, DESCRIPTION, QTY, UNIT, PRICE, DISCOUNT, NET] = PRICE_COLUMNS;

function header(context: ProposalContext): TableRow {
  const { labels } = context;
  return headerRow(
    [
      { text: labels.pos },
      { text: labels.description, align: 'left' },
      { text: labels.quantity },
      { text: labels.unit, align: 'left' },
      { text: labels.unitPrice },
      { text: labels.discount },
      { text: labels.net },
    ],
    PRICE_COLUMNS,
    context.brand,
  );
}

/** The description cell: name, the line's description below it, and a note for extras. */
function descriptionParagraphs(entry: PricedLine, context: ProposalContext): Paragraph[] {
  const { line } = entry;
  const { labels } = context;
  const paragraphs = [textParagraph(line.name, { align: 'left' })];
  if (line.description.trim() !== '') {
    paragraphs.push(
      new Paragraph({
        style: 'QuotientCellNote',
        children: line.description
          .trim()
          .split(/\r?\n/)
          .map((text, index) => new TextRun({ text, break: index > 0 ? 1 : 0 })),
      }),
    );
  }
  const notes: string[] = [];
  if (line.credit === true) notes.push(creditText(context.data.language));
  if (line.kind === 'optional') notes.push(labels.optional);
  if (line.kind === 'alternative') {
    notes.push(alternativeNote(entry.replaces, labels));
  }
  if (line.billing !== 'one-time') {
    notes.push(line.billing === 'monthly' ? labels.monthly : labels.yearly);
  }
  if (line.kind !== 'normal') notes.push(labels.notInTotal);
  if (notes.length > 0) {
    paragraphs.push(
      textParagraph(notes.join(' · '), {
        align: 'left',
        run: { italics: true, color: context.brand },
      }),
    );
  }
  return paragraphs;
}

function lineRow(entry: PricedLine, section: PricedSection, context: ProposalContext): TableRow {
  const { line } = entry;
  const language = context.data.language;
  const discount = formatPct(line.discountPct, language);
  const description = descriptionParagraphs(entry, context);
  // Inside a package the counted lines are listed without their prices.
  const hidden = hidesPrice(section, line);
  const included = { italics: true, color: context.brand };
  return new TableRow({
    // A one-line row cannot split anyway. Left out rather than false, which docx writes too.
    cantSplit: description.length > 1 ? true : undefined,
    children: [
      cell(entry.position, { width: POS }),
      cell(description, { width: DESCRIPTION }),
      cell(formatDecimal(line.quantity, language), { width: QTY }),
      cell(unitLabel(line.unit, context.labels), { width: UNIT, align: 'left' }),
      cell(hidden ? '' : context.money(line.unitPrice), { width: PRICE }),
      cell(hidden || discount === '' ? '' : `${discount} %`, { width: DISCOUNT }),
      // Optional and alternative lines are not summed: their net in parentheses.
      hidden
        ? cell(inPackageText(language), { width: NET, run: included })
        : cell(
            line.kind === 'normal' ? context.money(entry.net) : `(${context.money(entry.net)})`,
            { width: NET },
          ),
    ],
  });
}

function sumRow(label: string, amount: string, context: ProposalContext): TableRow {
  const run = { bold: true };
  const labelWidth = PRICE_COLUMNS.slice(0, -1).reduce((a, b) => a + b, 0);
  return new TableRow({
    cantSplit: true,
    children: [
      cell(label, { width: labelWidth, columnSpan: 6, run, fill: context.brandLight }),
      cell(context.money(amount), { width: NET, run, fill: context.brandLight }),
    ],
  });
}

/** One table per section: every line in the editor's order, subtotals per billing kind. */
export function sectionTables(context: ProposalContext): (Paragraph | Table)[] {
  const language = context.data.language;
  const intro: Paragraph[] = [];
  if (context.model.hasRecurring) {
    intro.push(
      new Paragraph({
        children: [new TextRun(context.labels.recurringIntro(context.data.offer.termMonths))],
      }),
    );
  }
  if (context.model.hasExtras) {
    intro.push(new Paragraph({ children: [new TextRun(context.labels.extrasIntro)] }));
  }
  return [
    ...intro,
    ...context.model.sections
      .filter((section) => section.lines.length > 0)
      .flatMap((section) => [
        heading(context.contents, { level: 2, title: `${section.position} ${section.title}` }),
        ruledTable(
          [
            header(context),
            ...section.lines.map((entry) => lineRow(entry, section, context)),
            ...section.subtotals.map((subtotal) =>
              sumRow(
                (section.package ? packagePriceLabel : subtotalLabel)({
                  title: section.title,
                  billing: subtotal.billing,
                  split: section.subtotals.length > 1,
                  language,
                }),
                subtotal.net,
                context,
              ),
            ),
          ],
          PRICE_COLUMNS,
        ),
      ]),
  ];
}
