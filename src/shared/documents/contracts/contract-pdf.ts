import { PDFDocument, rgb } from '@cantoo/pdf-lib';
import type { Color } from '@cantoo/pdf-lib';
import fontkit from '@cantoo/fontkit';
import { ContractInputError } from '../../contracts/errors';
import { formatHours } from '../../contracts/sla-table';
import type { SlaPriorityRow } from '../../contracts/sla-table';
import { legalName } from '../legal-footer';
import { prepareContract } from './contract-input';
import type { ContractDocxInput } from './contract-input';
import {
  BODY,
  cover,
  drawFooter,
  drawHeader,
  footerHeight,
  signatureBlocks,
} from './contract-pdf-parts';
import type { Context } from './contract-pdf-parts';
import type { ContractBlock } from './contract-text';
import { A4, Flow, MARGIN_X, RULE, TEXT_WIDTH, brandColor } from './pdf-flow';
import type { PdfFonts, Style } from './pdf-flow';

/** The TrueType fonts the PDF is set in (resources/fonts/DejaVuSans.ttf and DejaVuSans-Bold.ttf). */
export type ContractPdfFonts = { regular: Uint8Array; bold: Uint8Array };

const BODY_TOP = 82;
const PARAGRAPH_GAP = 6;

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
