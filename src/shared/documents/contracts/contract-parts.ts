import {
  AlignmentType,
  BorderStyle,
  ImageRun,
  Paragraph,
  ShadingType,
  TableRow,
  TextRun,
} from 'docx';
import type { FileChild, Footer, Header, Table } from 'docx';
import { formatHours } from '../../contracts/sla-table';
import type { SlaPriorityRow } from '../../contracts/sla-table';
import type { ContractLanguage } from '../../contracts/types';
import { legalName } from '../legal-footer';
import { fitImage, imageSize } from '../proposal/format';
import { brandedFooter, brandedHeader } from '../proposal/frame';
import { GREY, PAGE, cell, headerRow, layoutTable, ruledTable } from '../proposal/kit';
import type { ContractLabels } from './contract-labels';
import {
  addressLines,
  companyAddress,
  companyRepresentative,
  companySignatory,
} from './contract-parties';
import type {
  ContractClientParty,
  ContractCompanyParty,
  ContractSignatory,
} from './contract-parties';

export type {
  ContractClientParty,
  ContractCompanyParty,
  ContractSignatory,
} from './contract-parties';

/** What the parts of the contract share. */
export type ContractContext = {
  language: ContractLanguage;
  labels: ContractLabels;
  /** docx hex colour, e.g. "1C5D99". */
  brand: string;
  logo: Uint8Array | null;
  company: ContractCompanyParty;
  client: ContractClientParty;
  /** The parties' roles in the clauses; null for an NDA, whose parties are each a "Partei". */
  roles: { client: string; company: string } | null;
  /** "Werkvertrag · Revision 2", for the header. */
  headerText: string;
};

function logoRun(context: ContractContext, box: { width: number; height: number }) {
  if (context.logo === null) return null;
  return new ImageRun({
    type: context.logo[0] === 0xff && context.logo[1] === 0xd8 ? 'jpg' : 'png',
    data: context.logo,
    transformation: fitImage(imageSize(context.logo), box),
  });
}

const centred = (children: TextRun[], spacing = { before: 0, after: 0 }) =>
  new Paragraph({ alignment: AlignmentType.CENTER, spacing, children });

/** One party on the cover: name, address, representative, and the role the clauses call it by. */
function partyLines(
  name: string,
  address: string[],
  representative: string,
  role: string | null,
  labels: ContractLabels,
): Paragraph[] {
  return [
    centred([new TextRun({ text: name, bold: true, size: 24 })]),
    ...address.map((line) => centred([new TextRun({ text: line })])),
    ...(representative === ''
      ? []
      : [centred([new TextRun({ text: labels.representedBy(representative), color: GREY })])]),
    ...(role === null
      ? []
      : [
          centred([new TextRun({ text: labels.role(role), italics: true })], {
            before: 120,
            after: 0,
          }),
        ]),
  ];
}

function detailRow(label: string, value: string): TableRow {
  return new TableRow({
    children: [
      cell(label, { width: 2600, run: { color: GREY, size: 19 } }),
      cell(value, { width: PAGE.textWidth - 2600, run: { size: 19 } }),
    ],
  });
}

/**
 * The cover: logo, contract type, title, "zwischen … – nachfolgend „Auftraggeber“ – und …", then revision,
 * status and dates, and the internal drafting note when there is one.
 */
export function coverPage(
  context: ContractContext,
  {
    typeLabel,
    title,
    details,
    disclaimer,
  }: { typeLabel: string; title: string; details: [string, string][]; disclaimer: string },
): FileChild[] {
  const { labels, brand, company, client, roles } = context;
  const logo = logoRun(context, { width: 220, height: 90 });
  const cover: FileChild[] = [
    new Paragraph({
      spacing: { before: 0, after: 1200 },
      children:
        logo === null
          ? [new TextRun({ text: legalName(company), bold: true, size: 28, color: brand })]
          : [logo],
    }),
    new Paragraph({
      spacing: { before: 0, after: 120 },
      children: [
        new TextRun({
          text: typeLabel.toUpperCase(),
          bold: true,
          size: 22,
          color: brand,
          characterSpacing: 40,
        }),
      ],
    }),
    new Paragraph({ style: 'QuotientTitle', children: [new TextRun(title)] }),
    new Paragraph({
      spacing: { before: 0, after: 480 },
      border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: brand, space: 12 } },
      children: [],
    }),
    centred([new TextRun({ text: labels.between, color: GREY })], { before: 0, after: 240 }),
    ...partyLines(
      client.name,
      addressLines(client.address),
      (client.representative ?? '').trim(),
      roles?.client ?? null,
      labels,
    ),
    centred([new TextRun({ text: labels.and, color: GREY })], { before: 240, after: 240 }),
    ...partyLines(
      legalName(company),
      companyAddress(company),
      companyRepresentative(company),
      roles?.company ?? null,
      labels,
    ),
    ...(roles === null
      ? [
          centred([new TextRun({ text: labels.eachParty, italics: true })], {
            before: 240,
            after: 0,
          }),
        ]
      : []),
    new Paragraph({ spacing: { before: 600, after: 0 }, children: [] }),
    layoutTable(
      details.map(([label, value]) => detailRow(label, value)),
      [2600, PAGE.textWidth - 2600],
      { margins: { top: 40, bottom: 40, left: 0, right: 120 } },
    ),
  ];
  if (disclaimer.trim() !== '') {
    cover.push(
      new Paragraph({
        style: 'QuotientSmall',
        spacing: { before: 480, after: 0 },
        shading: { type: ShadingType.CLEAR, fill: 'FFF4CE', color: 'auto' },
        border: {
          top: { style: BorderStyle.SINGLE, size: 6, color: 'C9A227', space: 4 },
          bottom: { style: BorderStyle.SINGLE, size: 6, color: 'C9A227', space: 4 },
          left: { style: BorderStyle.SINGLE, size: 6, color: 'C9A227', space: 4 },
          right: { style: BorderStyle.SINGLE, size: 6, color: 'C9A227', space: 4 },
        },
        children: [new TextRun({ text: disclaimer, size: 17, color: '4D4D4D' })],
      }),
    );
  }
  return cover;
}

/** The SLA response table: priority, description, response and resolution time; head in the brand colour. */
export function slaTable(rows: readonly SlaPriorityRow[], context: ContractContext): Table {
  const { labels, language } = context;
  const widths = [1900, PAGE.textWidth - 1900 - 2 * 1700, 1700, 1700];
  const left = { align: 'left' as const };
  return ruledTable(
    [
      headerRow(
        [
          { text: labels.sla.priority, ...left },
          { text: labels.sla.description, ...left },
          { text: labels.sla.response, ...left },
          { text: labels.sla.resolution, ...left },
        ],
        widths,
        context.brand,
      ),
      ...rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: [
              cell(`${row.priority} ${row.label}`.trim(), {
                width: widths[0]!,
                ...left,
                run: { bold: true },
              }),
              cell(row.description, { width: widths[1]!, ...left }),
              cell(formatHours(row.responseHours, language), { width: widths[2]!, ...left }),
              cell(
                row.resolutionHours === null
                  ? labels.bestEffort
                  : formatHours(row.resolutionHours, language),
                { width: widths[3]!, ...left },
              ),
            ],
          }),
      ),
    ],
    widths,
  );
}

/** A line to sign or write on, with its caption below, after room for the hand. */
function signLine(caption: string, room: number, printed: string[] = []): Paragraph[] {
  const above = printed.length === 0 ? [''] : printed;
  return [
    ...above.map(
      (text, index) =>
        new Paragraph({
          keepNext: true,
          spacing: { before: index === 0 ? room : 0, after: 0 },
          children: text === '' ? [] : [new TextRun({ text, size: 19 })],
        }),
    ),
    new Paragraph({
      spacing: { before: 0, after: 0 },
      keepNext: true,
      border: { top: { style: BorderStyle.SINGLE, size: 6, color: '7F7F7F', space: 2 } },
      children: [new TextRun({ text: caption, size: 16, color: GREY })],
    }),
  ];
}

function signatureColumn(
  role: string,
  name: string,
  signatory: ContractSignatory | undefined,
  context: ContractContext,
): Paragraph[] {
  const { labels, brand } = context;
  const person = [signatory?.name ?? '', signatory?.function ?? ''].filter(
    (text) => text.trim() !== '',
  );
  return [
    new Paragraph({
      keepNext: true,
      spacing: { before: 0, after: 0 },
      children: [new TextRun({ text: role, bold: true, color: brand })],
    }),
    new Paragraph({
      keepNext: true,
      spacing: { before: 0, after: 0 },
      children: [new TextRun({ text: name, size: 19 })],
    }),
    ...signLine(labels.placeDate, 700),
    ...signLine(labels.signature, 900),
    // Printed name and function under the signature, or a line to write them on.
    ...signLine(labels.nameAndFunction, person.length > 0 ? 120 : 500, person),
  ];
}

/** Signature blocks for both parties side by side: place and date, signature, name and function. */
export function signatureBlocks(context: ContractContext): FileChild[] {
  const { labels, roles, client, company } = context;
  const half = Math.floor(PAGE.textWidth / 2);
  const role = (name: string | undefined) =>
    name === undefined ? labels.party : labels.forParty(name);
  return [
    new Paragraph({
      keepNext: true,
      spacing: { before: 600, after: 360 },
      children: [
        new TextRun({ text: labels.signatures, bold: true, size: 24, color: context.brand }),
      ],
    }),
    layoutTable(
      [
        new TableRow({
          cantSplit: true,
          children: [
            cell(signatureColumn(role(roles?.client), client.name, client.signatory, context), {
              width: half,
            }),
            cell(
              signatureColumn(
                role(roles?.company),
                legalName(company),
                companySignatory(company),
                context,
              ),
              { width: PAGE.textWidth - half },
            ),
          ],
        }),
      ],
      [half, PAGE.textWidth - half],
      { margins: { top: 0, bottom: 0, left: 0, right: 567 }, bodyText: true },
    ),
  ];
}

/** Header of the pages after the cover: contract type, revision and client left, the logo right. */
export function pageHeader(context: ContractContext): Header {
  return brandedHeader({
    text: context.headerText,
    logo: logoRun(context, { width: 130, height: 32 }),
    companyName: legalName(context.company),
    brand: context.brand,
  });
}

/** Footer with "Seite X von Y" (not on the cover) and the company details, as the proposal's. */
export function pageFooter(
  context: ContractContext,
  { pageNumbers }: { pageNumbers: boolean },
): Footer {
  return brandedFooter({
    company: context.company,
    language: context.language,
    labels: context.labels,
    pageNumbers,
  });
}
