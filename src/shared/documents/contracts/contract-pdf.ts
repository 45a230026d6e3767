import { PDFDocument, rgb } from '@cantoo/pdf-lib';
import type { Color, PDFImage, PDFPage } from '@cantoo/pdf-lib';
import fontkit from '@cantoo/fontkit';
import { ContractInputError } from '../../contracts/errors';
import { formatHours } from '../../contracts/sla-table';
import type { SlaPriorityRow } from '../../contracts/sla-table';
import { legalEntryText, legalFooter, legalName } from '../legal-footer';
import { prepareContract } from './contract-input';
import type { ContractDocxInput, PreparedContract } from './contract-input';
import {
  addressLines,
  companyAddress,
  companyRepresentative,
  companySignatory,
} from './contract-parties';
import type { ContractSignatory } from './contract-parties';
import type { ContractBlock } from './contract-text';
import {
  A4,
  Flow,
  GREY,
  MARGIN_X,
  RULE,
  TEXT_WIDTH,
  brandColor,
  printable,
  wrap,
} from './pdf-flow';
import type { PdfFonts, Style } from './pdf-flow';

/** The TrueType fonts the PDF is set in (resources/fonts/DejaVuSans.ttf and DejaVuSans-Bold.ttf). */
export type ContractPdfFonts = { regular: Uint8Array; bold: Uint8Array };

const BODY: Style = { size: 10, leading: 1.45 };
const SMALL: Style = { size: 6.5, color: GREY, leading: 1.3 };
const HEADER_TOP = 34;
const BODY_TOP = 82;
const PARAGRAPH_GAP = 6;

type Context = {
  prepared: PreparedContract;
  brand: Color;
  logo: PDFImage | null;
  fonts: PdfFonts;
};

function checkFonts(fonts: ContractPdfFonts): void {
  for (const name of ['regular', 'bold'] as const) {
    const bytes = (fonts as Partial<ContractPdfFonts> | undefined)?.[name];
    if (!(bytes instanceof Uint8Array) || bytes.length === 0)
      throw new ContractInputError(`fonts.${name}`, 'must be the bytes of a TrueType font');
  }
}

async function embedFonts(doc: PDFDocument, fonts: ContractPdfFonts): Promise<PdfFonts> {
  doc.registerFontkit(fontkit);
  try {
    return {
      regular: await doc.embedFont(fonts.regular, { subset: true }),
      bold: await doc.embedFont(fonts.bold, { subset: true }),
    };
  } catch (error) {
    throw new ContractInputError('fonts', `is not a usable font (${(error as Error).message})`);
  }
}

const isJpeg = (bytes: Uint8Array) => bytes[0] === 0xff && bytes[1] === 0xd8;

/** An image scaled into a box, keeping its aspect ratio. */
function fit(image: PDFImage, box: { width: number; height: number }) {
  const scale = Math.min(box.width / image.width, box.height / image.height);
  return { width: image.width * scale, height: image.height * scale };
}

// ---------------------------------------------------------------------------------------------
// Cover
// ---------------------------------------------------------------------------------------------

/** The cover; `gap` (0–1) scales its blank space, so that a long title or address still fits one page. */
function cover(flow: Flow, { prepared, brand, logo }: Context, gap = 1): void {
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
// Contents
// ---------------------------------------------------------------------------------------------

const TOC_ENTRY: Style = { size: 10.5, leading: 1.5 };
const TOC_NUMBER_WIDTH = 36;

/** Draws (or, without pages, only measures) the contents: every clause heading with its page. */
function contents(flow: Flow, context: Context, pagesOf: (number | null)[]): void {
  const { prepared } = context;
  flow.text(prepared.labels.toc, { size: 18, bold: true, color: context.brand });
  flow.space(10);
  const width = TEXT_WIDTH - TOC_NUMBER_WIDTH;
  const size = TOC_ENTRY.size!;
  prepared.clauses.forEach((clause, index) => {
    const lines = flow.lines(clause.heading, TOC_ENTRY, width - 12);
    const height = flow.lineHeight(TOC_ENTRY);
    flow.ensure(height * lines.length);
    lines.forEach((line, at) => {
      flow.drawLine(line, TOC_ENTRY, at === 0 ? 0 : 18, flow.y, width);
      if (at === lines.length - 1) {
        const page = pagesOf[index];
        const end = flow.fonts.regular.widthOfTextAtSize(line, size) + (at === 0 ? 0 : 18) + 4;
        const dots = Math.max(0, Math.floor((TEXT_WIDTH - TOC_NUMBER_WIDTH + 6 - end) / 4));
        flow.drawLine('.'.repeat(dots), { ...TOC_ENTRY, color: RULE }, end, flow.y, TEXT_WIDTH);
        if (page !== null && page !== undefined)
          flow.drawLine(String(page), { ...TOC_ENTRY, align: 'right' }, 0, flow.y, TEXT_WIDTH);
      }
      flow.y -= height;
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Clauses
// ---------------------------------------------------------------------------------------------

const SLA_WIDTHS = [0.2, 0.38, 0.21, 0.21].map((share) => share * TEXT_WIDTH);

function slaTable(flow: Flow, rows: readonly SlaPriorityRow[], context: Context): void {
  const { labels, data } = context.prepared;
  const pad = 4;
  const cellStyle: Style = { size: 9, leading: 1.35 };
  const row = (cells: string[], style: Style, fill: Color | null) => {
    const wrapped = cells.map((text, index) =>
      flow.lines(
        text,
        index === 0 && fill === null ? { ...style, bold: true } : style,
        SLA_WIDTHS[index]! - 2 * pad,
      ),
    );
    const height =
      Math.max(...wrapped.map((lines) => lines.length)) * flow.lineHeight(style) + 2 * pad;
    return { wrapped, height, style, fill };
  };
  const head = row(
    [labels.sla.priority, labels.sla.description, labels.sla.response, labels.sla.resolution],
    { ...cellStyle, bold: true, color: rgb(1, 1, 1) },
    context.brand,
  );
  const body = rows.map((one) =>
    row(
      [
        `${one.priority} ${one.label}`.trim(),
        one.description,
        formatHours(one.responseHours, data.language),
        one.resolutionHours === null
          ? labels.bestEffort
          : formatHours(one.resolutionHours, data.language),
      ],
      cellStyle,
      null,
    ),
  );
  const draw = (line: ReturnType<typeof row>) => {
    if (line.fill !== null && flow.drawing)
      flow.page.drawRectangle({
        x: MARGIN_X,
        y: flow.y - line.height,
        width: TEXT_WIDTH,
        height: line.height,
        color: line.fill,
      });
    let x = 0;
    line.wrapped.forEach((lines, index) => {
      const style = index === 0 && line.fill === null ? { ...line.style, bold: true } : line.style;
      lines.forEach((text, at) =>
        flow.drawLine(
          text,
          style,
          x + pad,
          flow.y - pad - at * flow.lineHeight(style),
          SLA_WIDTHS[index]!,
        ),
      );
      x += SLA_WIDTHS[index]!;
    });
    flow.y -= line.height;
    flow.rule(RULE, 0.5);
  };
  flow.space(4);
  // The head row repeats on every page the table runs onto; a row is never split.
  flow.ensure(head.height + (body[0]?.height ?? 0));
  draw(head);
  for (const line of body) {
    if (flow.room < line.height) {
      flow.newPage();
      draw(head);
    }
    draw(line);
  }
  flow.space(PARAGRAPH_GAP + 4);
}

function block(flow: Flow, item: ContractBlock, context: Context): void {
  switch (item.kind) {
    case 'heading':
      // A sub-heading stays with the two lines after it.
      flow.ensure(flow.lineHeight(BODY) * 3 + 6);
      flow.space(4);
      flow.text(item.text, { ...BODY, bold: true });
      flow.space(2);
      return;
    case 'paragraph':
      flow.text(item.text, BODY);
      flow.space(PARAGRAPH_GAP);
      return;
    case 'list':
      for (const entry of item.items) {
        // The bullet goes where text() will start the item: a short item is not split, a long one keeps two lines.
        const lines = flow.lines(entry, BODY, TEXT_WIDTH - 18).length;
        flow.ensure(flow.lineHeight(BODY) * (lines <= 3 ? lines : 2));
        flow.drawLine('•', BODY, 6, flow.y, 10);
        flow.text(entry, BODY, 18);
        flow.space(2);
      }
      flow.space(PARAGRAPH_GAP - 2);
      return;
    case 'slaTable':
      slaTable(flow, item.rows, context);
  }
}

/** The clauses from a new page; gives the page index (in the flow) on which each clause starts. */
function clauses(flow: Flow, context: Context): number[] {
  const heading: Style = { size: 12, bold: true, color: context.brand, leading: 1.3 };
  flow.newPage();
  return context.prepared.clauses.map((clause, index) => {
    if (index > 0) flow.space(14);
    // A heading never ends a page: it keeps three lines of its text with it.
    flow.ensure(flow.measure(clause.heading, heading) + flow.lineHeight(BODY) * 3 + 6);
    const page = flow.pageIndex;
    flow.text(clause.heading, heading);
    flow.space(6);
    for (const item of clause.blocks) block(flow, item, context);
    return page;
  });
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
function signatureBlocks(flow: Flow, context: Context): void {
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
function footerHeight(context: Context): number {
  const rows = Math.max(1, ...footerLines(context).map((lines) => lines.length));
  return FOOTER_BOTTOM + rows * SMALL.size! * SMALL.leading! + 34;
}

function drawFooter(page: PDFPage, context: Context, pageNumber: string | null): void {
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

function drawHeader(page: PDFPage, context: Context): void {
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

// ---------------------------------------------------------------------------------------------

/**
 * The contract as a PDF, set in the given Unicode fonts: cover with the parties and their roles, contents
 * with the page each clause starts on, the clauses numbered § 1 … / Section 1 … with placeholders and
 * cross-references resolved (the same resolution as the Word file), the SLA response table, signature
 * blocks for both parties, the brand colour and logo, "Seite X von Y" after the cover and the company's
 * details on every page. Throws ContractExportError listing everything unresolved, ContractInputError for
 * bad input; nothing is produced then. The same input gives the same bytes (no dates inside).
 */
export async function buildContractPdf(
  input: ContractDocxInput,
  fonts: ContractPdfFonts,
): Promise<Uint8Array> {
  const prepared = prepareContract(input);
  checkFonts(fonts);
  const { data, labels } = prepared;
  const doc = await PDFDocument.create({ updateMetadata: false });
  const embedded = await embedFonts(doc, fonts);
  const logoBytes = data.branding.logoPng ?? null;
  const logo =
    logoBytes === null
      ? null
      : isJpeg(logoBytes)
        ? await doc.embedJpg(logoBytes)
        : await doc.embedPng(logoBytes);
  const context: Context = {
    prepared,
    brand: brandColor(data.branding.brandColor),
    logo,
    fonts: embedded,
  };
  const frame = { top: BODY_TOP, bottom: footerHeight(context) + 16 };

  // A dry run of the contents gives their page count, which places the clauses.
  const measuring = new Flow({ doc: null, fonts: embedded, frame });
  measuring.newPage();
  contents(
    measuring,
    context,
    prepared.clauses.map(() => null),
  );
  const contentsPages = measuring.pageCount;

  // The cover's blank space shrinks until it fits one page (a very long title may still need two).
  const gap =
    [1, 0.6, 0.3, 0].find((scale) => {
      const dry = new Flow({ doc: null, fonts: embedded, frame });
      cover(dry, context, scale);
      return dry.pageCount === 1;
    }) ?? 0;
  const coverFlow = new Flow({ doc, fonts: embedded, frame });
  cover(coverFlow, context, gap);
  const kept = Array.from({ length: contentsPages }, () => doc.addPage(A4));
  const bodyFlow = new Flow({ doc, fonts: embedded, frame });
  const starts = clauses(bodyFlow, context);
  signatureBlocks(bodyFlow, context);

  // Now the contents with page numbers, onto the pages kept for them.
  const firstBodyPage = coverFlow.pageCount + contentsPages + 1;
  const toc = new Flow({ doc, fonts: embedded, frame, reuse: kept });
  toc.newPage();
  contents(
    toc,
    context,
    starts.map((start) => firstBodyPage + start),
  );

  const pages = doc.getPages();
  pages.forEach((page, index) => {
    if (index === 0) {
      drawFooter(page, context, null);
      return;
    }
    drawHeader(page, context);
    drawFooter(page, context, `${labels.page} ${index + 1} ${labels.of} ${pages.length}`);
  });

  doc.setTitle(data.title);
  doc.setSubject(prepared.typeLabel);
  doc.setAuthor(legalName(data.parties.company));
  doc.setCreator('Quotient');
  doc.setProducer('Quotient');
  doc.setLanguage(data.language === 'de' ? 'de-DE' : 'en-GB');
  return doc.save();
}
