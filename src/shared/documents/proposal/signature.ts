import type { Table } from 'docx';
import { BorderStyle, Paragraph, TableRow, TextRun } from 'docx';
import { heading } from './contents';
import { GREY, PAGE, cell, layoutTable } from './kit';
import type { ProposalContext } from './kit';
import { offerLabel } from './format';

/**
 * A line to sign on with its caption below it, after room for the hand. The room is its own
 * paragraph: Word and LibreOffice merge the borders of adjacent paragraphs that share them.
 */
function signLine(caption: string, room: number): Paragraph[] {
  return [
    new Paragraph({ keepNext: true, spacing: { before: room, after: 0 }, children: [] }),
    new Paragraph({
      spacing: { before: 0, after: 0 },
      keepNext: true,
      border: { top: { style: BorderStyle.SINGLE, size: 6, color: '7F7F7F', space: 2 } },
      children: [new TextRun({ text: caption, size: 16, color: GREY })],
    }),
  ];
}

function party(title: string, printed: string[], context: ProposalContext): Paragraph[] {
  return [
    new Paragraph({
      keepNext: true,
      spacing: { before: 0, after: 0 },
      children: [new TextRun({ text: title, bold: true, color: context.brand })],
    }),
    ...signLine(context.labels.placeDate, 600),
    ...signLine(context.labels.signature, 800),
    ...printed.map(
      (text) =>
        new Paragraph({
          spacing: { before: 0, after: 0 },
          children: [new TextRun({ text, size: 18 })],
        }),
    ),
  ];
}

/** The acceptance chapter: a sentence and signature fields for both parties side by side. */
export function signatureBlock(context: ProposalContext): (Paragraph | Table)[] {
  const { data, labels } = context;
  const half = Math.floor(PAGE.textWidth / 2);
  const company = party(
    labels.forParty(data.company.name),
    [data.author.name, data.author.position].filter((text) => text.trim() !== ''),
    context,
  );
  const client = party(
    labels.forParty(data.client.name),
    [data.client.contactName.trim() === '' ? labels.nameAndRole : data.client.contactName],
    context,
  );
  return [
    heading(context.contents, { level: 1, title: labels.acceptanceTitle }),
    new Paragraph({
      keepNext: true,
      spacing: { after: 480 },
      children: [
        new TextRun(
          labels.acceptanceText(
            data.company.name,
            offerLabel(data.offer.number, data.offer.revision),
          ),
        ),
      ],
    }),
    layoutTable(
      [
        new TableRow({
          cantSplit: true,
          children: [
            cell(company, { width: half }),
            cell(client, { width: PAGE.textWidth - half }),
          ],
        }),
      ],
      [half, PAGE.textWidth - half],
      { margins: { top: 0, bottom: 0, left: 0, right: 567 }, bodyText: true },
    ),
  ];
}
