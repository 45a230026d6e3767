import { Document, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { DocumentLine } from '../types';
import { packDocument } from './pack';

const textCell = (text: string) =>
  new TableCell({ children: [new Paragraph({ children: [new TextRun(text)] })] });

/**
 * The benchmark's yardstick: the same lines as one plain table (position, name, quantity,
 * unit, unit price, discount, VAT) and nothing else, the way a bare docx program writes it.
 */
export async function bareProposalDocument(lines: readonly DocumentLine[]): Promise<Uint8Array> {
  const rows = lines.map(
    (line, index) =>
      new TableRow({
        children: [
          textCell(String(index + 1)),
          textCell(line.name),
          textCell(line.quantity),
          textCell(line.unit),
          textCell(line.unitPrice),
          textCell(line.discountPct),
          textCell(line.vatPct),
        ],
      }),
  );
  // Column widths are part of any price table; styling, shading and totals are not.
  const table = new Table({
    rows,
    width: { size: 9638, type: WidthType.DXA },
    columnWidths: [620, 3858, 820, 1000, 1260, 760, 1320],
  });
  const document = new Document({ sections: [{ children: [table] }] });
  return packDocument(document);
}
