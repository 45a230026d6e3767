import { rgb } from '@cantoo/pdf-lib';
import type { Color, PDFImage, PDFPage } from '@cantoo/pdf-lib';
import { legalEntryText, legalFooter, legalName } from '../legal-footer';
import type { PreparedContract } from './contract-input';
import {
  addressLines,
  companyAddress,
  companyRepresentative,
  companySignatory,
} from './contract-parties';
import type { ContractSignatory } from './contract-parties';
import { A4, GREY, MARGIN_X, RULE, TEXT_WIDTH, printable, wrap } from './pdf-flow';
import type { Flow, PdfFonts, Style } from './pdf-flow';

// The contract PDF's cover, signature blocks, header and footer (contract-pdf.ts lays out the rest).

export const BODY: Style = { size: 10, leading: 1.45 };
const SMALL: Style = { size: 6.5, color: GREY, leading: 1.3 };
const HEADER_TOP = 34;

/** What the parts of the PDF share. */
export type Context = {
  prepared: PreparedContract;
  brand: Color;
  logo: PDFImage | null;
  fonts: PdfFonts;
};

/** An image scaled into a box, keeping its aspect ratio. */
function fit(image: PDFImage, box: { width: number; height: number }) {
  const scale = Math.min(box.width / image.width, box.height / image.height);
  return { width: image.width * scale, height: image.height * scale };
}

// ---------------------------------------------------------------------------------------------
// Cover
// ---------------------------------------------------------------------------------------------

/** The cover; `gap` (0–1) scales its blank space, so that a long title or address still fits one page. */
export function cover(flow: Flow, { prepared, brand, logo }: Context, gap = 1): void {
  const { data, labels, typeLabel, roles, details } = prepared;
  const { company, client } = data.parties;
  flow.newPage();
  if (logo !== null) {
    const size = fit(logo, { width: 165, height: 68 });
    if (flow.drawing) flow.page.drawImage(logo, { x: MARGIN_X, y: flow.y - size.height, ...size });
    flow.space(size.height);
  } else {
    flow.text(legalName(company), { size: 14, bold: true, color: brand });
  }
  flow.space(80 * gap);
  flow.text(typeLabel.toUpperCase(), { size: 11, bold: true, color: brand });
  flow.space(4);
  flow.text(data.title, { size: 24, bold: true, leading: 1.2 });
  flow.space(12 * gap);
  flow.rule(brand, 1.5);
  flow.space(30 * gap);
  const centred = (text: string, style: Style = {}) =>
    flow.text(text, { ...BODY, align: 'center', ...style });
  const party = (name: string, address: string[], representative: string, role: string | null) => {
    centred(name, { size: 12, bold: true });
    for (const line of address) centred(line);
    if (representative !== '') centred(labels.representedBy(representative), { color: GREY });
    if (role !== null) {
      flow.space(6);
      centred(labels.role(role));
    }
  };
  centred(labels.between, { color: GREY });
  flow.space(12 * gap);
  party(
    client.name,
    addressLines(client.address),
    (client.representative ?? '').trim(),
    roles?.client ?? null,
  );
  flow.space(12 * gap);
  centred(labels.and, { color: GREY });
  flow.space(12 * gap);
  party(
    legalName(company),
    companyAddress(company),
    companyRepresentative(company),
    roles?.company ?? null,
  );
  if (roles === null) {
    flow.space(12 * gap);
    centred(labels.eachParty);
  }
  flow.space(30 * gap);
  for (const [label, value] of details) {
    const top = flow.y;
    flow.text(label, { size: 9.5, color: GREY }, 0, 130);
    const after = flow.y;
    flow.y = top;
    flow.text(value, { size: 9.5 }, 130);
    flow.y = Math.min(after, flow.y) - 2;
  }
  const disclaimer = (data.disclaimer ?? '').trim();
  if (disclaimer !== '') {
    flow.space(24 * gap);
    const style: Style = { size: 8.5, color: rgb(0.3, 0.3, 0.3), leading: 1.35 };
    const height = flow.measure(disclaimer, style, TEXT_WIDTH - 16) + 12;
    flow.ensure(height);
    if (flow.drawing)
      flow.page.drawRectangle({
        x: MARGIN_X,
        y: flow.y - height,
        width: TEXT_WIDTH,
        height,
        color: rgb(1, 0.957, 0.808),
        borderColor: rgb(0.788, 0.635, 0.153),
        borderWidth: 0.75,
      });
    flow.space(6);
    flow.text(disclaimer, style, 8, TEXT_WIDTH - 16);
  }
}

// ---------------------------------------------------------------------------------------------
// Signatures
// ---------------------------------------------------------------------------------------------

const COLUMN_GAP = 28;
const COLUMN: number = (TEXT_WIDTH - COLUMN_GAP) / 2;

function signLines(flow: Flow, x: number, caption: string, room: number, printed: string[]) {
  flow.y -= room;
  for (const text of printed) {
    flow.drawLine(text, { size: 9.5 }, x, flow.y, COLUMN);
    flow.y -= 13;
  }
  flow.y -= 2;
  flow.rule(rgb(0.5, 0.5, 0.5), 0.6, x, COLUMN);
  flow.y -= 2;
  flow.drawLine(caption, { size: 8, color: GREY }, x, flow.y, COLUMN);
  flow.y -= 12;
}

type SigningParty = { role: string; name: string; signatory: ContractSignatory | undefined };

const ROLE: Style = { size: 10, bold: true, leading: 1.35 };
const PARTY: Style = { size: 9.5, leading: 1.35 };

/** The lines under a column's signature, the person's name and function, at most two. */
function personLines(flow: Flow, party: SigningParty): string[] {
  return [party.signatory?.name ?? '', party.signatory?.function ?? '']
    .filter((text) => text.trim() !== '')
    .map((text) => flow.lines(text, { size: 9.5 }, COLUMN)[0] ?? '');
}

/** Signature blocks for both parties side by side, their lines level; the whole block stays on one page. */
export function signatureBlocks(flow: Flow, context: Context): void {
  const { labels, roles, data } = context.prepared;
  const { client, company } = data.parties;
  const role = (name: string | undefined) =>
    name === undefined ? labels.party : labels.forParty(name);
  const parties: SigningParty[] = [
    { role: role(roles?.client), name: client.name, signatory: client.signatory },
    {
      role: role(roles?.company),
      name: legalName(company),
      signatory: companySignatory(company),
    },
  ];
  const heads = parties.map(
    (party) => flow.measure(party.role, ROLE, COLUMN) + flow.measure(party.name, PARTY, COLUMN),
  );
  const head = Math.max(...heads);
  flow.space(24);
  flow.ensure(40 + head + 190);
  flow.text(labels.signatures, { size: 12, bold: true, color: context.brand });
  flow.space(14);
  const top = flow.y;
  parties.forEach((party, index) => {
    const x = index * (COLUMN + COLUMN_GAP);
    flow.y = top;
    flow.text(party.role, { ...ROLE, color: context.brand }, x, COLUMN);
    flow.text(party.name, PARTY, x, COLUMN);
    flow.y = top - head;
    signLines(flow, x, labels.placeDate, 34, []);
    signLines(flow, x, labels.signature, 46, []);
    const person = personLines(flow, party);
    signLines(flow, x, labels.nameAndFunction, 8 + 13 * (2 - person.length), person);
  });
}

// ---------------------------------------------------------------------------------------------
// Header and footer
// ---------------------------------------------------------------------------------------------

function footerColumns(context: Context): string[][] {
  const { data } = context.prepared;
  const company = data.parties.company;
  return [
    [
      legalName(company),
      company.street,
      `${company.postalCode} ${company.city}`.trim(),
      [company.phone, company.email].filter((part) => part !== '').join(' · '),
      company.website,
    ],
    // The details § 35a GmbHG / § 80 AktG / § 37a HGB require, by legal form.
    legalFooter(company, data.language).slice(1).map(legalEntryText),
    [
      company.bankName,
      company.iban === '' ? '' : `IBAN: ${company.iban}`,
      company.bic === '' ? '' : `BIC: ${company.bic}`,
    ],
  ].map((column) => column.filter((line) => line.trim() !== ''));
}

const FOOTER_BOTTOM = 28;
const COLUMN_WIDTH = TEXT_WIDTH / 3;

/** The footer's wrapped detail lines per column. */
function footerLines(context: Context): string[][] {
  const font = context.fonts.regular;
  return footerColumns(context).map((column) =>
    column.flatMap((line) => wrap(printable(line, font), font, SMALL.size!, COLUMN_WIDTH - 8)),
  );
}

/** How far from the bottom edge the clauses must stop: the footer's details, the rule and the page number. */
export function footerHeight(context: Context): number {
  const rows = Math.max(1, ...footerLines(context).map((lines) => lines.length));
  return FOOTER_BOTTOM + rows * SMALL.size! * SMALL.leading! + 34;
}

export function drawFooter(page: PDFPage, context: Context, pageNumber: string | null): void {
  const columns = footerLines(context);
  const rows = Math.max(1, ...columns.map((lines) => lines.length));
  const lineHeight = SMALL.size! * SMALL.leading!;
  const top = FOOTER_BOTTOM + rows * lineHeight;
  const font = context.fonts.regular;
  columns.forEach((lines, index) =>
    lines.forEach((line, at) =>
      page.drawText(line, {
        x: MARGIN_X + index * COLUMN_WIDTH,
        y: top - SMALL.size! - at * lineHeight,
        size: SMALL.size!,
        font,
        color: GREY,
      }),
    ),
  );
  page.drawLine({
    start: { x: MARGIN_X, y: top + 4 },
    end: { x: MARGIN_X + TEXT_WIDTH, y: top + 4 },
    thickness: 0.4,
    color: RULE,
  });
  if (pageNumber !== null) {
    const text = printable(pageNumber, font);
    page.drawText(text, {
      x: MARGIN_X + TEXT_WIDTH - font.widthOfTextAtSize(text, 8),
      y: top + 10,
      size: 8,
      font,
      color: GREY,
    });
  }
}

export function drawHeader(page: PDFPage, context: Context): void {
  const { prepared, brand, logo, fonts } = context;
  const base = A4[1] - HEADER_TOP;
  let right = 0;
  if (logo !== null) {
    const size = fit(logo, { width: 98, height: 24 });
    page.drawImage(logo, { x: MARGIN_X + TEXT_WIDTH - size.width, y: base + 3, ...size });
    right = size.width;
  } else {
    const name = printable(legalName(prepared.data.parties.company), fonts.bold);
    right = fonts.bold.widthOfTextAtSize(name, 8);
    page.drawText(name, {
      x: MARGIN_X + TEXT_WIDTH - right,
      y: base + 4,
      size: 8,
      font: fonts.bold,
      color: brand,
    });
  }
  // One line: what does not fit ends in "…".
  const width = TEXT_WIDTH - right - 12;
  const lines = wrap(printable(prepared.headerText, fonts.regular), fonts.regular, 8, width);
  const first = lines.length > 1 ? `${lines[0]!.replace(/\s*·?$/, '')} …` : (lines[0] ?? '');
  page.drawText(first, {
    x: MARGIN_X,
    y: base + 4,
    size: 8,
    font: fonts.regular,
    color: rgb(0.35, 0.35, 0.35),
  });
  page.drawLine({
    start: { x: MARGIN_X, y: base },
    end: { x: MARGIN_X + TEXT_WIDTH, y: base },
    thickness: 0.6,
    color: brand,
  });
}
