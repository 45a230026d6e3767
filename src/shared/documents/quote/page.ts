import type { Worksheet } from 'exceljs';
import { legalEntryText, legalFooter } from '../legal-footer';
import type { DocumentData } from '../types';
import { cityLine } from './header';
import type { QuoteLabels } from './labels';

/** Header/footer codes start with "&": a literal ampersand is written "&&". */
const escape = (text: string) => text.replace(/&/g, '&&');

/** The footer: company and address left, "page X of Y" centred, VAT ID and register right. */
export function footer(data: DocumentData, labels: QuoteLabels): string {
  const { company, language } = data;
  const legal = legalFooter(company, language);
  const left = [
    legal[0]?.value ?? company.name,
    [company.street, cityLine(company.postalCode, company.city)].filter(Boolean).join(', '),
  ]
    .filter(Boolean)
    .map(escape)
    .join('\n');
  // Register, seat, directors and VAT ID; Excel allows 255 characters per footer.
  const right = legal.slice(1).map(legalEntryText).map(escape).join('\n').slice(0, 200);
  return `&L&8${left}&C&8${labels.footerPage}&R&8${right}`;
}

/** A4 portrait, fit to one page wide, the table header repeated, protected without password. */
export async function finishSheet({
  sheet,
  data,
  labels,
  lastColumn,
  headerRow,
}: {
  sheet: Worksheet;
  data: DocumentData;
  labels: QuoteLabels;
  lastColumn: string;
  headerRow: number | null;
}): Promise<void> {
  sheet.pageSetup = {
    paperSize: 9,
    orientation: 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.6, right: 0.5, top: 0.6, bottom: 0.8, header: 0.3, footer: 0.3 },
    printArea: `A1:${lastColumn}${Math.max(1, sheet.rowCount)}`,
    ...(headerRow === null ? {} : { printTitlesRow: `${headerRow}:${headerRow}` }),
  };
  sheet.headerFooter = { oddFooter: footer(data, labels) };
  await sheet.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
  });
}
