import {
  AlignmentType,
  BorderStyle,
  Footer,
  Header,
  PageNumber,
  Paragraph,
  TabStopType,
  TableRow,
  TextRun,
} from 'docx';
import type { ImageRun } from 'docx';
import type { CompanyProfile, Language } from '../../domain';
import { logoRun } from './cover';
import { offerLabel } from './format';
import { PAGE, RULE, cell, layoutTable } from './kit';
import { legalEntryText, legalFooter, legalName } from '../legal-footer';
import type { ProposalContext } from './kit';

/** The company fields the footer prints. */
export type FrameCompany = Omit<CompanyProfile, 'logo' | 'brandColor'>;

/**
 * The branded header line of the pages after the cover, shared by the proposal and the contract: `text`
 * left, the small logo (or the company's name in the brand colour) right, a rule in the brand colour.
 */
export function brandedHeader({
  text,
  logo,
  companyName,
  brand,
}: {
  text: string;
  logo: ImageRun | null;
  companyName: string;
  brand: string;
}): Header {
  return new Header({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: PAGE.textWidth }],
        border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: brand, space: 4 } },
        children: [
          new TextRun({ text, size: 16, color: '595959' }),
          new TextRun({ children: ['\t'] }),
          ...(logo === null
            ? [new TextRun({ text: companyName, size: 16, bold: true, color: brand })]
            : [logo]),
        ],
      }),
    ],
  });
}

function detailsColumn(lines: string[], width: number) {
  const present = lines.filter((line) => line.trim() !== '');
  return cell(
    present.map(
      (line) => new Paragraph({ style: 'QuotientSmall', children: [new TextRun({ text: line })] }),
    ),
    { width },
  );
}

/** The company's legally required details in three columns (address, register, bank). */
function companyDetails(company: FrameCompany, language: Language) {
  const width = Math.floor(PAGE.textWidth / 3);
  return layoutTable(
    [
      new TableRow({
        children: [
          detailsColumn(
            [
              legalName(company),
              company.street,
              `${company.postalCode} ${company.city}`.trim(),
              [company.phone, company.email].filter((part) => part !== '').join(' · '),
              company.website,
            ],
            width,
          ),
          detailsColumn(
            // The details § 35a GmbHG / § 80 AktG / § 37a HGB require, by legal form.
            legalFooter(company, language).slice(1).map(legalEntryText),
            width,
          ),
          detailsColumn(
            [
              company.bankName,
              company.iban === '' ? '' : `IBAN: ${company.iban}`,
              company.bic === '' ? '' : `BIC: ${company.bic}`,
            ],
            PAGE.textWidth - 2 * width,
          ),
        ],
      }),
    ],
    [width, width, PAGE.textWidth - 2 * width],
  );
}

/**
 * The branded footer, shared by the proposal and the contract: "Seite X von Y" as page fields (left out on
 * the cover) above a rule and the company's details.
 */
export function brandedFooter({
  company,
  language,
  labels,
  pageNumbers,
}: {
  company: FrameCompany;
  language: Language;
  labels: { page: string; of: string };
  pageNumbers: boolean;
}): Footer {
  const children = [];
  if (pageNumbers) {
    children.push(
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        spacing: { before: 0, after: 60 },
        children: [
          new TextRun({
            size: 16,
            color: '595959',
            children: [
              `${labels.page} `,
              PageNumber.CURRENT,
              ` ${labels.of} `,
              PageNumber.TOTAL_PAGES,
            ],
          }),
        ],
      }),
    );
  }
  children.push(
    new Paragraph({
      spacing: { before: 0, after: 40 },
      border: { top: { style: BorderStyle.SINGLE, size: 4, color: RULE, space: 1 } },
      children: [],
    }),
    companyDetails(company, language),
  );
  return new Footer({ children });
}

/** Header of the pages after the cover: offer and client on the left, the small logo right. */
export function pageHeader(context: ProposalContext): Header {
  const { data, labels } = context;
  return brandedHeader({
    text: `${labels.proposal} ${offerLabel(data.offer.number, data.offer.revision)} · ${data.client.name}`,
    logo: logoRun(context, { width: 130, height: 32 }),
    companyName: data.company.name,
    brand: context.brand,
  });
}

/** Footer with the company details and "Seite X von Y" as page fields; the cover has no number. */
export function pageFooter(context: ProposalContext, options: { pageNumbers: boolean }): Footer {
  return brandedFooter({
    company: context.data.company,
    language: context.data.language,
    labels: context.labels,
    pageNumbers: options.pageNumbers,
  });
}
