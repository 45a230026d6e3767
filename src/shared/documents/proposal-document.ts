import { Document, Header, Paragraph, TextRun } from 'docx';
import type { FileChild } from 'docx';
import { formatMoney } from '../money';
import { chapterParagraphs, listCounter } from './proposal/chapters';
import { contentsTable, heading } from './proposal/contents';
import type { ContentsEntry } from './proposal/contents';
import { coverPage } from './proposal/cover';
import { docxColor, offerLabel, tint } from './proposal/format';
import { formatDocumentDate } from '../text-blocks/placeholders';
import { pageFooter, pageHeader } from './proposal/frame';
import { PAGE } from './proposal/kit';
import type { ProposalContext } from './proposal/kit';
import { proposalLabels } from './proposal/labels';
import { proposalModel } from './proposal/model';
import { packDocument } from './proposal/pack';
import { sectionTables } from './proposal/pricing';
import { signatureBlock } from './proposal/signature';
import { proposalNumbering, proposalStyles, proposalTableStyles } from './proposal/styles';
import { chartParagraphs, summaryTable, termsParagraphs } from './proposal/summary';
import { whyUsChapter } from './proposal/why-us';
import { planChapter } from './planning/chapter';
import { xmlSafeData } from '../text/xml-text';
import type { DocumentData } from './types';

export { bareProposalDocument } from './proposal/bare';

export type ProposalOptions = {
  /** The chart as PNG (see documents/chart), or null for a proposal without it. */
  chartPng: Uint8Array | null;
  /** The Why-us chapter's competitor-matrix chart as PNG (see analyses/charts/png). */
  whyUsChartPng?: Uint8Array | null;
  /** The project plan chapter's Gantt chart as PNG (see documents/planning/gantt-png). */
  ganttPng?: Uint8Array | null;
};

/** Above this many lines the page layout costs seconds: Word then numbers the contents on open. */
export const ESTIMATE_PAGES_MAX_LINES = 300;

/**
 * Page numbers for the contents, worked out by laying the pages out as Word does, so they ship
 * with the file (LibreOffice shows the contents as written); null above the line limit. Loaded
 * on demand: it is big.
 */
async function pageNumberEstimator(data: DocumentData) {
  const lines = data.sections.reduce((count, section) => count + section.lines.length, 0);
  if (lines > ESTIMATE_PAGES_MAX_LINES) return null;
  const { estimatePageNumbers } = await import('docx/layout');
  return estimatePageNumbers;
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
    date: (iso) => formatDocumentDate(iso, data.language),
    contents: [],
  };
}

/** The contents page; its entries are `entries`, or found by docx when null (see contentsTable). */
function tableOfContents(context: ProposalContext, entries: ContentsEntry[] | null): FileChild[] {
  return [
    new Paragraph({
      style: 'QuotientTitle',
      pageBreakBefore: true,
      children: [new TextRun({ text: context.labels.toc, size: 36 })],
    }),
    contentsTable(context.labels.toc, entries),
  ];
}

function pricingChapter(context: ProposalContext, chartPng: Uint8Array | null): FileChild[] {
  return [
    heading(context.contents, { level: 1, title: context.labels.pricing, pageBreakBefore: true }),
    ...sectionTables(context),
    ...summaryTable(context),
    ...(chartPng === null ? [] : chartParagraphs(chartPng, context)),
    ...termsParagraphs(context),
  ];
}

/**
 * The Word proposal: cover, table of contents, the text-block chapters, the "Warum wir" chapter
 * when the offer names a competitor matrix, the "Projektplan" chapter when it has a project
 * plan, pricing tables with
 * totals from the offer engine, chart, terms and signatures; header and footer from page 2.
 * Characters XML forbids are left out of every text (they would make the file unreadable).
 */
export async function buildProposalDocument(
  input: DocumentData,
  options: ProposalOptions,
): Promise<Uint8Array> {
  const data = xmlSafeData(input);
  const context = proposalContext(data);
  const target = { lists: listCounter(), contents: context.contents };
  // The parts after the contents first: they note their headings for it.
  const body = [
    ...data.chapters.flatMap((chapter, index) =>
      chapterParagraphs(chapter, target, { pageBreakBefore: index === 0 }),
    ),
    ...(data.whyUs ? whyUsChapter(context, data.whyUs, options.whyUsChartPng ?? null) : []),
    ...(data.plan ? planChapter(context, data.plan, options.ganttPng ?? null) : []),
    ...pricingChapter(context, options.chartPng),
    ...signatureBlock(context),
  ];
  const pageNumbers = await pageNumberEstimator(data);
  const document = new Document({
    creator: data.author.name || data.company.name,
    title: `${context.labels.proposal} ${offerLabel(data.offer.number, data.offer.revision)}`,
    subject: data.offer.title,
    description: data.client.name,
    features: { updateFields: true },
    ...(pageNumbers === null ? {} : { pageNumbers }),
    styles: proposalStyles(context.brand),
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
          ...coverPage(context),
          ...tableOfContents(context, pageNumbers === null ? context.contents : null),
          ...body,
        ],
      },
    ],
  });
  return packDocument(document);
}
