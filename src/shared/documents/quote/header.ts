import type { Image, Workbook } from 'exceljs';
import { put } from './cells';
import type { SheetContext } from './context';
import { fitInto, imageSize } from './image-size';

const COUNTRIES: Record<string, { de: string; en: string }> = {
  DE: { de: 'Deutschland', en: 'Germany' },
  AT: { de: 'Österreich', en: 'Austria' },
  CH: { de: 'Schweiz', en: 'Switzerland' },
  LI: { de: 'Liechtenstein', en: 'Liechtenstein' },
  FR: { de: 'Frankreich', en: 'France' },
  NL: { de: 'Niederlande', en: 'Netherlands' },
  BE: { de: 'Belgien', en: 'Belgium' },
  LU: { de: 'Luxemburg', en: 'Luxembourg' },
  IT: { de: 'Italien', en: 'Italy' },
  ES: { de: 'Spanien', en: 'Spain' },
  PL: { de: 'Polen', en: 'Poland' },
  CZ: { de: 'Tschechien', en: 'Czechia' },
  DK: { de: 'Dänemark', en: 'Denmark' },
  SE: { de: 'Schweden', en: 'Sweden' },
  GB: { de: 'Vereinigtes Königreich', en: 'United Kingdom' },
  US: { de: 'USA', en: 'United States' },
};

/** The country's name in the document language, or its code when unknown. */
export function countryName(code: string, language: 'de' | 'en'): string {
  return COUNTRIES[code]?.[language] ?? code;
}

const join = (parts: readonly string[], separator: string) =>
  parts.filter((part) => part.trim() !== '').join(separator);

/** "40212 Düsseldorf" */
export function cityLine(postalCode: string, city: string): string {
  return join([postalCode, city], ' ');
}

/** The offer number as sent: revision 2 and later carry "-rN". */
export function offerLabel(number: string, revision: number): string {
  return revision > 1 ? `${number}-r${revision}` : number;
}

function addLogo(workbook: Workbook, ctx: SheetContext): void {
  const logo = ctx.model.data.company.logo;
  if (logo === null) return;
  const size = imageSize(logo.data) ?? { width: 180, height: 60 };
  // ExcelJS types ask for a Node Buffer; it only hands the bytes to the zip writer.
  const image = { buffer: logo.data, extension: logo.type === 'jpg' ? 'jpeg' : 'png' };
  const id = workbook.addImage(image as unknown as Image);
  // Top right over columns F–H (≈ 230 px wide), three rows high.
  ctx.sheet.addImage(id, {
    tl: { col: 5.2, row: 0.2 },
    ext: fitInto(size, { width: 220, height: 56 }),
    editAs: 'oneCell',
  });
}

/** Company, logo, sender line, client address, offer number, date, validity and title. */
export function writeHeader(workbook: Workbook, ctx: SheetContext): void {
  const { sheet, styles, labels, model } = ctx;
  const { company, client, offer, author, language } = model.data;
  put(sheet, 1, 1, company.name, styles.company);
  sheet.getRow(1).height = 22;
  put(
    sheet,
    2,
    1,
    join([company.street, cityLine(company.postalCode, company.city)], ' · '),
    styles.text,
  );
  put(sheet, 3, 1, join([company.phone, company.email, company.website], ' · '), styles.small);
  addLogo(workbook, ctx);

  const sender = join(
    [company.name, company.street, cityLine(company.postalCode, company.city)],
    ' · ',
  );
  put(sheet, 5, 1, sender, styles.small);
  const address = [
    client.name,
    client.contactName,
    client.street,
    cityLine(client.postalCode, client.city),
    client.country !== company.country ? countryName(client.country, language) : '',
  ].filter((line) => line.trim() !== '');
  address.forEach((line, i) => put(sheet, 6 + i, 1, line, i === 0 ? styles.bold : styles.text));

  const info: [string, string][] = [
    [labels.offerNumber, offerLabel(offer.number, offer.revision)],
    [labels.date, labels.formatDate(offer.date)],
    [labels.validUntil, labels.formatDate(offer.validUntil)],
  ];
  if (client.vatId !== '') info.push([labels.clientVatId, client.vatId]);
  if (author.name !== '') info.push([labels.contact, author.name]);
  info.forEach(([name, value], i) => {
    const r = 6 + i;
    put(sheet, r, 4, name, styles.infoLabel);
    put(sheet, r, 5, null, styles.infoLabel);
    put(sheet, r, 6, null, styles.infoLabel);
    sheet.mergeCells(r, 4, r, 6);
    put(sheet, r, 7, value, styles.infoValue);
    put(sheet, r, 8, null, styles.infoValue);
    sheet.mergeCells(r, 7, r, 8);
  });

  ctx.row = 6 + Math.max(address.length, info.length) + 1;
  put(sheet, ctx.row, 1, offer.title, styles.title);
  sheet.getRow(ctx.row).height = 20;
  ctx.row += 2;
}

/** The table header; it repeats on every printed page. */
export function writeTableHeader(ctx: SheetContext): number {
  const r = ctx.row++;
  ctx.labels.columns.forEach((text, i) => {
    const style =
      i === 3 ? ctx.styles.headerIndent : i >= 2 ? ctx.styles.headerRight : ctx.styles.header;
    put(ctx.sheet, r, i + 1, text, style);
  });
  ctx.sheet.getRow(r).height = 20;
  return r;
}
