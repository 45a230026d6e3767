import type { Table } from 'docx';
import { BorderStyle, ImageRun, Paragraph, TableRow, TextRun } from 'docx';
import { fitImage, imageSize, offerLabel } from './format';
import { GREY, PAGE, cell, layoutTable } from './kit';
import type { ProposalContext } from './kit';

/** The logo as an image run scaled into a box (pixels), or null without a logo. */
export function logoRun(
  context: ProposalContext,
  box: { width: number; height: number },
): ImageRun | null {
  const logo = context.data.company.logo;
  if (logo === null) return null;
  return new ImageRun({
    type: logo.type,
    data: logo.data,
    transformation: fitImage(imageSize(logo.data), box),
  });
}

function detailRow(label: string, value: string): TableRow {
  return new TableRow({
    children: [
      cell(label, { width: 2600, run: { color: GREY, size: 19 } }),
      cell(value, { width: PAGE.textWidth - 2600, run: { size: 19 } }),
    ],
  });
}

/** The cover page: logo, title, client, offer number, date, validity and the contact. */
export function coverPage(context: ProposalContext): (Paragraph | Table)[] {
  const { data, labels, brand } = context;
  const { client, offer, author } = data;
  const logo = logoRun(context, { width: 220, height: 90 });
  const address = [
    client.contactName,
    client.street,
    [client.postalCode, client.city].filter((part) => part !== '').join(' '),
  ].filter((part) => part.trim() !== '');
  const contact = [author.name, author.position, author.email, author.phone]
    .filter((part) => part.trim() !== '')
    .join(' · ');
  return [
    new Paragraph({
      spacing: { before: 0, after: 1800 },
      children:
        logo === null
          ? [new TextRun({ text: data.company.name, bold: true, size: 28, color: brand })]
          : [logo],
    }),
    new Paragraph({
      spacing: { before: 0, after: 120 },
      children: [
        new TextRun({
          text: labels.proposal.toUpperCase(),
          bold: true,
          size: 22,
          color: brand,
          characterSpacing: 40,
        }),
      ],
    }),
    new Paragraph({ style: 'QuotientTitle', children: [new TextRun(offer.title)] }),
    new Paragraph({
      spacing: { before: 0, after: 60 },
      children: [new TextRun({ text: `${labels.preparedFor} ${client.name}`, size: 30 })],
    }),
    new Paragraph({
      spacing: { before: 0, after: 1400 },
      border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: brand, space: 12 } },
      children: address.map(
        (line, index) =>
          new TextRun({ text: line, size: 20, color: GREY, break: index > 0 ? 1 : 0 }),
      ),
    }),
    layoutTable(
      [
        detailRow(labels.offerNumber, offerLabel(offer.number, offer.revision)),
        detailRow(labels.date, context.date(offer.date)),
        detailRow(labels.validUntil, context.date(offer.validUntil)),
        ...(contact === '' ? [] : [detailRow(labels.contact, contact)]),
      ],
      [2600, PAGE.textWidth - 2600],
      { margins: { top: 40, bottom: 40, left: 0, right: 120 } },
    ),
  ];
}
