import { Document, Header, HeadingLevel, Paragraph, TableOfContents, TextRun } from 'docx';
import type { FileChild } from 'docx';
import { docxColor } from '../proposal/format';
import { PAGE } from '../proposal/kit';
import { packDocument } from '../proposal/pack';
import {
  BULLETS,
  proposalNumbering,
  proposalStyles,
  proposalTableStyles,
} from '../proposal/styles';
import { prepareContract } from './contract-input';
import type { ContractDocxInput } from './contract-input';
import { coverPage, pageFooter, pageHeader, signatureBlocks, slaTable } from './contract-parts';
import type { ContractContext } from './contract-parts';
import type { ContractBlock } from './contract-text';

export { ContractExportError } from './contract-text';
export type { ContractDocxClause, ContractExportIssue } from './contract-text';
export type {
  ContractClientParty,
  ContractCompanyParty,
  ContractSignatory,
} from './contract-parties';
export { CONTRACT_DOCUMENT_STATUSES } from './contract-labels';
export type { ContractDocumentStatus } from './contract-labels';
export type { ContractDocxInput } from './contract-input';

/** Only clause headings are listed in the table of contents (Heading 1). */
const CONTENTS_LEVELS = '1-1';

function blockParagraphs(block: ContractBlock, context: ContractContext): FileChild[] {
  switch (block.kind) {
    case 'heading':
      return [
        new Paragraph({
          keepNext: true,
          spacing: { before: 200, after: 80 },
          children: [new TextRun({ text: block.text, bold: true })],
        }),
      ];
    case 'paragraph':
      return [new Paragraph({ children: [new TextRun(block.text)] })];
    case 'list':
      return block.items.map(
        (item, index) =>
          new Paragraph({
            numbering: { reference: BULLETS, level: 0 },
            // The last item keeps a paragraph's distance to the text after the list.
            spacing: { after: index === block.items.length - 1 ? 120 : 60 },
            children: [new TextRun(item)],
          }),
      );
    case 'slaTable':
      return [
        slaTable(block.rows, context),
        new Paragraph({ spacing: { after: 0 }, children: [] }),
      ];
  }
}

/**
 * The contract as a Word file: cover with the parties, table of contents (filled with page numbers worked out
 * as Word lays the pages out), the clauses numbered § 1, § 2 … / Section 1 … with placeholders and
 * cross-references resolved, the SLA response table as a table, signature blocks for both parties, page numbers
 * and the company's details in the footer, in the proposal's branding. Throws ContractExportError listing every
 * unknown placeholder, missing variable, unknown reference and missing party detail; nothing prints blank.
 */
export async function buildContractDocument(input: ContractDocxInput): Promise<Uint8Array> {
  const { data, labels, clauses, typeLabel, roles, headerText, details } = prepareContract(input);
  const { language, parties } = data;
  const context: ContractContext = {
    language,
    labels,
    brand: docxColor(data.branding.brandColor),
    logo: data.branding.logoPng ?? null,
    company: parties.company,
    client: parties.client,
    roles,
    headerText,
  };

  const body: FileChild[] = clauses.flatMap((clause, index) => [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      pageBreakBefore: index === 0,
      children: [new TextRun(clause.heading)],
    }),
    ...clause.blocks.flatMap((block) => blockParagraphs(block, context)),
  ]);

  const { estimatePageNumbers } = await import('docx/layout');
  const styles = proposalStyles(context.brand);
  const document = new Document({
    creator: parties.company.name,
    title: data.title,
    subject: typeLabel,
    description: parties.client.name,
    features: { updateFields: true },
    pageNumbers: estimatePageNumbers,
    styles: {
      ...styles,
      default: {
        ...styles.default,
        // Clause headings are smaller than the proposal's chapters: a contract has many of them.
        heading1: {
          run: { font: 'Arial', size: 24, bold: true, color: context.brand },
          paragraph: { spacing: { before: 360, after: 120 }, keepNext: true, keepLines: true },
        },
      },
    },
    externalStyles: proposalTableStyles(),
    numbering: proposalNumbering,
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              top: 1418,
              bottom: 1701,
              left: PAGE.margin,
              right: PAGE.margin,
              header: 567,
              footer: 454,
            },
          },
        },
        headers: {
          default: pageHeader(context),
          first: new Header({ children: [new Paragraph({ children: [] })] }),
        },
        footers: {
          default: pageFooter(context, { pageNumbers: true }),
          first: pageFooter(context, { pageNumbers: false }),
        },
        children: [
          ...coverPage(context, {
            typeLabel,
            title: data.title,
            details,
            disclaimer: data.disclaimer ?? '',
          }),
          new Paragraph({
            style: 'QuotientTitle',
            pageBreakBefore: true,
            children: [new TextRun({ text: labels.toc, size: 36 })],
          }),
          new TableOfContents(labels.toc, { hyperlink: true, headingStyleRange: CONTENTS_LEVELS }),
          ...body,
          ...signatureBlocks(context),
        ],
      },
    ],
  });
  return packDocument(document);
}
