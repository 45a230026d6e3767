import type { Alignment, Borders, Fill, Font, Style } from 'exceljs';
import type { Currency, Language } from '../../domain';
import { inPackageText } from '../package';

// Arial: LibreOffice substitutes the metric-compatible Liberation Sans, so widths hold everywhere.
const FONT: Partial<Font> = { name: 'Arial', size: 10 };
const SYMBOLS: Partial<Record<Currency, string>> = { EUR: '€', USD: '$', GBP: '£' };

/**
 * Excel number format of amounts in the offer currency: de `#,##0.00 "€"`, en `"€"#,##0.00`;
 * `digits` '0.00#' lets unit prices show a third decimal (0.835) that amounts never have.
 */
export function moneyFormat(currency: Currency, language: Language, digits = '0.00'): string {
  const symbol = SYMBOLS[currency];
  if (language === 'de') return `#,##${digits} "${symbol ?? currency}"`;
  return symbol === undefined ? `"${currency} "#,##${digits}` : `"${symbol}"#,##${digits}`;
}

/** Quantities keep their own decimals ("6.5", "4"); percentages hide a zero. */
const QTY_FORMAT = 'General';
const PCT_FORMAT = 'General" %";-General" %";""';
const RATE_FORMAT = 'General" %"';

/** A number format that shows the same text for every value (positive, negative, zero). */
function textFormat(text: string): string {
  const quoted = `"${text.replace(/"/g, '')}"`;
  return `${quoted};${quoted};${quoted}`;
}

function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

/** Mixes the colour with white: the section rows' light tint of the brand colour. */
function tint(hex: string, share: number): string {
  const value = Number.parseInt(hex.replace('#', ''), 16);
  const channel = (shift: number) => {
    const c = (value >> shift) & 0xff;
    return Math.round(c + (255 - c) * share)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(16)}${channel(8)}${channel(0)}`;
}

/** White text on dark brand colours, black on light ones (relative luminance). */
function textOn(hex: string): string {
  const value = Number.parseInt(hex.replace('#', ''), 16);
  const r = (value >> 16) & 0xff;
  const g = (value >> 8) & 0xff;
  const b = value & 0xff;
  return 0.299 * r + 0.587 * g + 0.114 * b > 160 ? 'FF000000' : 'FFFFFFFF';
}

const solid = (hex: string): Fill => ({
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: argb(hex) },
});
const top: Partial<Alignment> = { vertical: 'top' };
const thin = { style: 'thin' as const, color: { argb: 'FF808080' } };

/** Every cell look of the workbook, built once per workbook and never mutated. */
export type QuoteStyles = ReturnType<typeof quoteStyles>;

/** Builds the styles for one workbook from the brand colour and the offer currency. */
export function quoteStyles({
  brandColor,
  currency,
  language,
}: {
  brandColor: string;
  currency: Currency;
  language: Language;
}) {
  const brand = /^#[0-9a-fA-F]{6}$/.test(brandColor) ? brandColor : '#1c5d99';
  const money = moneyFormat(currency, language);
  const unlocked = { locked: false };
  const hiddenCell = { locked: true, hidden: true };
  const style = (parts: Partial<Style>): Partial<Style> => ({ font: FONT, ...parts });
  const rightTop: Partial<Alignment> = { horizontal: 'right', vertical: 'top' };
  const topBorder: Partial<Borders> = { top: thin };
  return {
    text: style({}),
    small: style({ font: { ...FONT, size: 8, color: { argb: 'FF606060' } } }),
    bold: style({ font: { ...FONT, bold: true } }),
    company: style({ font: { ...FONT, size: 14, bold: true, color: { argb: argb(brand) } } }),
    title: style({ font: { ...FONT, size: 13, bold: true } }),
    infoLabel: style({
      font: { ...FONT, color: { argb: 'FF606060' } },
      alignment: { horizontal: 'right' },
    }),
    infoValue: style({ font: { ...FONT, bold: true }, alignment: { horizontal: 'right' } }),
    note: style({ alignment: { wrapText: true, vertical: 'top' } }),
    header: style({
      font: { ...FONT, bold: true, color: { argb: textOn(brand) } },
      fill: solid(brand),
      alignment: { vertical: 'middle', wrapText: true },
    }),
    headerIndent: style({
      font: { ...FONT, bold: true, color: { argb: textOn(brand) } },
      fill: solid(brand),
      alignment: { vertical: 'middle', wrapText: true, indent: 1 },
    }),
    headerRight: style({
      font: { ...FONT, bold: true, color: { argb: textOn(brand) } },
      fill: solid(brand),
      alignment: { vertical: 'middle', horizontal: 'right', wrapText: true },
    }),
    block: style({ font: { ...FONT, size: 11, bold: true, color: { argb: argb(brand) } } }),
    section: style({ font: { ...FONT, bold: true }, fill: solid(tint(brand, 0.85)) }),
    pos: style({ alignment: top }),
    name: style({ alignment: { wrapText: true, vertical: 'top' } }),
    extraName: style({
      font: { ...FONT, italic: true },
      alignment: { wrapText: true, vertical: 'top' },
    }),
    qty: style({ numFmt: QTY_FORMAT, alignment: rightTop, protection: unlocked }),
    unit: style({ alignment: { vertical: 'top', indent: 1 } }),
    price: style({ numFmt: moneyFormat(currency, language, '0.00##'), alignment: rightTop }),
    discount: style({ numFmt: PCT_FORMAT, alignment: rightTop, protection: unlocked }),
    vat: style({ numFmt: RATE_FORMAT, alignment: rightTop }),
    net: style({ numFmt: money, alignment: rightTop }),
    // A package's lines keep their live values, shown as nothing and "im Paket"; hidden from
    // the formula bar too (the sheet is protected) and locked.
    packagePrice: style({ numFmt: ';;;', alignment: rightTop, protection: hiddenCell }),
    packageNet: style({
      font: { ...FONT, italic: true },
      numFmt: textFormat(inPackageText(language)),
      alignment: rightTop,
      protection: hiddenCell,
    }),
    subtotalLabel: style({
      font: { ...FONT, italic: true },
      alignment: { horizontal: 'right' },
      border: topBorder,
    }),
    subtotal: style({ font: { ...FONT, italic: true }, numFmt: money, border: topBorder }),
    totalLabel: style({ alignment: { horizontal: 'right' } }),
    total: style({ numFmt: money }),
    grandLabel: style({ font: { ...FONT, bold: true }, alignment: { horizontal: 'right' } }),
    strong: style({ font: { ...FONT, bold: true }, numFmt: money, border: topBorder }),
    grand: style({
      font: { ...FONT, bold: true },
      numFmt: money,
      border: { top: thin, bottom: { style: 'double', color: { argb: 'FF000000' } } },
    }),
    count: style({ numFmt: QTY_FORMAT, alignment: rightTop }),
    pct: style({ numFmt: '0.00" %"', alignment: rightTop }),
  };
}
