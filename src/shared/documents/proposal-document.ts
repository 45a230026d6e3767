import { Document, Header, HeadingLevel, Paragraph, TableOfContents, TextRun } from 'docx';
import type { FileChild } from 'docx';
import { formatMoney } from '../money';
import { chapterParagraphs, listCounter } from './proposal/chapters';
import { coverPage } from './proposal/cover';
import { docxColor, formatDocumentDate, offerLabel, tint } from './proposal/format';
import { pageFooter, pageHeader } from './proposal/frame';
import { PAGE } from './proposal/kit';
import type { ProposalContext } from './proposal/kit';
import { proposalLabels } from './proposal/labels';
import { proposalModel } from './proposal/model';
import { packDocument } from './proposal/pack';
import { extrasTable, recurringTable, sectionTables } from './proposal/pricing';
import { signatureBlock } from './proposal/signature';
import { proposalNumbering, proposalStyles } from './proposal/styles';
import { chartParagraphs, summaryTable, termsParagraphs } from './proposal/summary';
import type { DocumentData } from './types';

export { bareProposalDocument } from './proposal/bare';

export type ProposalOptions = {
  /** The chart as PNG (see documents/chart), or null for a proposal without it. */
  chartPng: Uint8Array | null;
};

/** Above this many lines the page layout costs seconds: Word then numbers the contents on open. */
export const ESTIMATE_PAGES_MAX_LINES = 300;

/**
 * Page numbers for the contents, worked out by laying the pages out as Word does, so they ship
 * with the file (LibreOffice shows the contents as written). Loaded on demand: it is big.
 */
async function pageNumberOptions(data: DocumentData) {
  const lines = data.sections.reduce((count, section) => count + section.lines.length, 0);
  if (lines > ESTIMATE_PAGES_MAX_LINES) return {};
  const { estimatePageNumbers } = await import('docx/layout');
  return { pageNumbers: estimatePageNumbers };
}

function proposalContext(data: DocumentData): ProposalContext {
  const labels = proposalLabels(data.language);
  const brand = docxColor(data.company.brandColor);
  return {
    data,
    labels,
    model: proposalModel(data),
    brand,
    brandLight: tint(brand, 0.12),
    money: (amount) => formatMoney(amount, data.offer.currency, data.language),
    date: (iso) => formatDocumentDate(iso, data.language, labels),
  };
}

function tableOfContents(context: ProposalContext): FileChild[] {
  return [
    new Paragraph({
      style: 'QuotientTitle',
      pageBreakBefore: true,
      children: [new TextRun({ text: context.labels.toc, size: 36 })],
    }),
    new TableOfContents(context.labels.toc, {
      hyperlink: true,
      headingStyleRange: '1-2',
    }),
  ];
}

function pricingChapter(context: ProposalContext, chartPng: Uint8Array | null): FileChild[] {
  return [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      pageBreakBefore: true,
      children: [new TextRun(context.labels.pricing)],
    }),
    ...sectionTables(context),
    ...extrasTable(context),
    ...recurringTable(context),
    ...summaryTable(context),
    ...(chartPng === null ? [] : chartParagraphs(chartPng, context)),
    ...termsParagraphs(context),
  ];
}

/**
 * The Word proposal: cover, table of contents, the text-block chapters, pricing tables with
 * totals from the offer engine, chart, terms and signatures; header and footer from page 2.
 */
export async function buildProposalDocument(
  data: DocumentData,
  options: ProposalOptions,
): Promise<Uint8Array> {
  const context = proposalContext(data);
  const lists = listCounter();
  const chapters = data.chapters.flatMap((chapter, index) =>
    chapterParagraphs(chapter, lists, { pageBreakBefore: index === 0 }),
  );
  const document = new Document({
    creator: data.author.name || data.company.name,
    title: `${context.labels.proposal} ${offerLabel(data.offer.number, data.offer.revision)}`,
    subject: data.offer.title,
    description: data.client.name,
    features: { updateFields: true },
    ...(await pageNumberOptions(data)),
    styles: proposalStyles(context.brand),
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
          ...coverPage(context),
          ...tableOfContents(context),
          ...chapters,
          ...pricingChapter(context, options.chartPng),
          ...signatureBlock(context),
        ],
      },
    ],
  });
  return packDocument(document);
}
