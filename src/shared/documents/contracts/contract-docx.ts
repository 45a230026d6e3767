import { Document, Header, HeadingLevel, Paragraph, TableOfContents, TextRun } from 'docx';
import type { FileChild } from 'docx';
import { ContractInputError } from '../../contracts/errors';
import type { SlaPriorityRow } from '../../contracts/sla-table';
import { CONTRACT_LANGUAGES, CONTRACT_TYPES } from '../../contracts/types';
import type { ContractLanguage, ContractType } from '../../contracts/types';
import type { ContractVariables } from '../../contracts/variables';
import { xmlSafeData } from '../../text/xml-text';
import { docxColor, imageSize } from '../proposal/format';
import { PAGE } from '../proposal/kit';
import { packDocument } from '../proposal/pack';
import {
  BULLETS,
  proposalNumbering,
  proposalStyles,
  proposalTableStyles,
} from '../proposal/styles';
import { CONTRACT_DOCUMENT_STATUSES, contractLabels } from './contract-labels';
import type { ContractDocumentStatus } from './contract-labels';
import { coverPage, pageFooter, pageHeader, signatureBlocks, slaTable } from './contract-parts';
import type { ContractClientParty, ContractCompanyParty, ContractContext } from './contract-parts';
import { ContractExportError, resolveClauses } from './contract-text';
import type { ContractBlock, ContractDocxClause, ContractExportIssue } from './contract-text';

export { ContractExportError } from './contract-text';
export type { ContractDocxClause, ContractExportIssue } from './contract-text';
export type {
  ContractClientParty,
  ContractCompanyParty,
  ContractSignatory,
} from './contract-parts';
export { CONTRACT_DOCUMENT_STATUSES } from './contract-labels';
export type { ContractDocumentStatus } from './contract-labels';

/** Everything the contract's Word file is built from, as plain data. */
export type ContractDocxInput = {
  language: ContractLanguage;
  title: string;
  contractType: ContractType;
  parties: { company: ContractCompanyParty; client: ContractClientParty };
  /** The draft's clauses in order, each with the text of the negotiation position it uses. */
  clauses: ContractDocxClause[];
  /** The values of the placeholders, already formatted for print ("109.752,89 €"). */
  variables: ContractVariables;
  /** The SLA response table; given, {{sla.responseTable}} prints as a Word table, else as the variable's text. */
  slaResponseTable?: SlaPriorityRow[];
  revision: number;
  status: ContractDocumentStatus;
  /** Brand colour #RRGGBB and the logo (PNG, or JPEG), as the proposal uses them. */
  branding: { brandColor: string; logoPng?: Uint8Array | null };
  /** The drafting-aid note for internal drafts; leave it out of what the customer gets. */
  disclaimer?: string;
};

/** Only clause headings are listed in the table of contents (Heading 1). */
const CONTENTS_LEVELS = '1-1';

function checkInput(input: ContractDocxInput): void {
  if (!(CONTRACT_LANGUAGES as readonly unknown[]).includes(input.language)) {
    throw new ContractInputError(
      'language',
      `must be de or en, got ${JSON.stringify(input.language)}`,
    );
  }
  if (!(CONTRACT_TYPES as readonly unknown[]).includes(input.contractType)) {
    throw new ContractInputError(
      'contractType',
      `must be one of ${CONTRACT_TYPES.join(', ')}, got ${JSON.stringify(input.contractType)}`,
    );
  }
  if (!(CONTRACT_DOCUMENT_STATUSES as readonly unknown[]).includes(input.status)) {
    throw new ContractInputError(
      'status',
      `must be one of ${CONTRACT_DOCUMENT_STATUSES.join(', ')}, got ${JSON.stringify(input.status)}`,
    );
  }
  if (typeof input.title !== 'string' || input.title.trim() === '')
    throw new ContractInputError('title', 'is empty');
  if (!Number.isInteger(input.revision) || input.revision < 1)
    throw new ContractInputError(
      'revision',
      `must be a whole number from 1, got ${input.revision}`,
    );
  const isObject = (value: unknown) => typeof value === 'object' && value !== null;
  if (
    !isObject(input.parties) ||
    !isObject(input.parties.company) ||
    !isObject(input.parties.client)
  )
    throw new ContractInputError('parties', 'must name the company and the client');
  if (!isObject(input.variables)) throw new ContractInputError('variables', 'must be an object');
  if (!isObject(input.branding)) throw new ContractInputError('branding', 'must be an object');
  const logo = input.branding.logoPng;
  if (logo !== undefined && logo !== null && !(logo instanceof Uint8Array && imageSize(logo)))
    throw new ContractInputError('branding.logoPng', 'must be a PNG or JPEG image');
  if (!Array.isArray(input.clauses) || input.clauses.length === 0)
    throw new ContractInputError('clauses', 'the contract has no clauses');
  input.clauses.forEach((clause, index) => {
    if (typeof clause.title !== 'string' || clause.title.trim() === '')
      throw new ContractInputError(`clauses[${index}].title`, 'is empty');
    if (typeof clause.body !== 'string')
      throw new ContractInputError(`clauses[${index}].body`, 'must be a string');
  });
}

function partyIssues({ company, client }: ContractDocxInput['parties']): ContractExportIssue[] {
  return [
    ['parties.company.name', company.name],
    ['parties.client.name', client.name],
    ['parties.client.address', client.address],
  ]
    .filter(([, value]) => typeof value !== 'string' || value.trim() === '')
    .map(([field]) => ({ kind: 'missingParty', field: field! }));
}

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
  checkInput(input);
  const data = xmlSafeData(input);
  const { language, parties } = data;
  const labels = contractLabels(language);
  const issues = partyIssues(parties);
  const clauses = resolveClauses({
    clauses: data.clauses,
    variables: data.variables,
    language,
    slaResponseTable: data.slaResponseTable,
    issues,
  });
  if (issues.length > 0) throw new ContractExportError(issues);

  const typeLabel = labels.types[data.contractType];
  const revision = `${labels.revision} ${data.revision}`;
  const context: ContractContext = {
    language,
    labels,
    brand: docxColor(data.branding.brandColor),
    logo: data.branding.logoPng ?? null,
    company: parties.company,
    client: parties.client,
    roles:
      data.contractType === 'nda' ? null : { client: labels.client, company: labels.contractor },
    // Drafts say so on every page; what was sent or signed does not.
    headerText: [
      typeLabel,
      parties.client.name,
      revision,
      ...(data.status === 'draft' || data.status === 'in-review'
        ? [labels.statuses[data.status]]
        : []),
    ].join(' · '),
  };
  const printed = (name: string) => {
    const value = data.variables[name];
    return value === null || value === undefined ? '' : String(value).trim();
  };
  const details: [string, string][] = [
    [labels.revision, String(data.revision)],
    [labels.status, labels.statuses[data.status]],
    [labels.date, printed('contract.date')],
    [labels.offer, printed('offer.number')],
  ].filter((row): row is [string, string] => row[1] !== '');

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
