/** The width in pixels of a text in the font it is drawn with (a canvas's measureText). */
export type Measure = (text: string) => number;

export const ELLIPSIS = '…';

// German and common foreign legal forms, the longer combinations first.
const LEGAL_FORMS = [
  'GmbH & Co\\. KGaA',
  'GmbH & Co\\. KG',
  'GmbH & Co\\. OHG',
  'AG & Co\\. KGaA',
  'AG & Co\\. KG',
  'SE & Co\\. KGaA',
  'SE & Co\\. KG',
  'UG \\(haftungsbeschränkt\\) & Co\\. KG',
  'UG \\(haftungsbeschränkt\\)',
  'PartG mbB',
  'PartG',
  'gGmbH',
  'GmbH',
  'mbH',
  'KGaA',
  'AG',
  'SE',
  'KG',
  'OHG',
  'GbR',
  'UG',
  'eG',
  'e\\. ?K\\.',
  'e\\. ?Kfm\\.',
  'e\\. ?V\\.',
  'Ltd\\.?',
  'Limited',
  'Inc\\.?',
  'LLC',
  'LLP',
  'plc',
  'PLC',
  'Corp\\.?',
  'S\\.A\\.',
  'SA',
  'SAS',
  'S\\.à r\\.l\\.',
  'Sàrl',
  'S\\.p\\.A\\.',
  'S\\.r\\.l\\.',
  'B\\.V\\.',
  'BV',
  'N\\.V\\.',
  'NV',
  'AB',
  'A/S',
  'ApS',
  'AS',
  'Oy',
  'sp\\. z o\\.o\\.',
];
const LEGAL_FORM = new RegExp(`[\\s,]+(?:${LEGAL_FORMS.join('|')})$`);

/**
 * A company name without its trailing legal form ("Südwerk IT-Systeme GmbH & Co. KG" →
 * "Südwerk IT-Systeme"); a name that is nothing but a legal form stays as it is.
 */
export function dropLegalForm(name: string): string {
  const trimmed = name.trim();
  const short = trimmed.replace(LEGAL_FORM, '').trim();
  return short === '' ? trimmed : short;
}

/** Breaks a text at its spaces into lines no wider than maxWidth; a longer word keeps its own line. */
export function wrapWords(text: string, maxWidth: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((part) => part !== '')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line === '' || measure(candidate) <= maxWidth) {
      line = candidate;
    } else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** A text split at the space that makes its wider line narrowest; one word stays one line. */
export function splitInTwo(text: string, measure: Measure): string[] {
  const words = text.trim().split(/\s+/);
  let best: string[] = [words.join(' ')];
  let bestWidth = Infinity;
  for (let at = 1; at < words.length; at += 1) {
    const lines = [words.slice(0, at).join(' '), words.slice(at).join(' ')];
    const width = Math.max(...lines.map(measure));
    if (width < bestWidth) {
      best = lines;
      bestWidth = width;
    }
  }
  return best;
}

/** The text cut at its end, with an ellipsis, to at most maxWidth (the ellipsis alone if need be). */
export function truncateText(text: string, maxWidth: number, measure: Measure): string {
  if (measure(text) <= maxWidth) return text;
  const chars = [...text];
  // The longest prefix that fits with its ellipsis (measured widths grow with the prefix).
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(`${chars.slice(0, mid).join('').trimEnd()}${ELLIPSIS}`) <= maxWidth) low = mid;
    else high = mid - 1;
  }
  return `${chars.slice(0, low).join('').trimEnd()}${ELLIPSIS}`;
}

const fits = (lines: string[], maxWidth: number, maxLines: number, measure: Measure) =>
  lines.length <= maxLines && lines.every((line) => measure(line) <= maxWidth);

/**
 * A label or title in at most maxLines lines no wider than maxWidth, so nothing is clipped or
 * squeezed: wrapped at spaces (two lines balanced); when that is not enough, without its trailing legal form; when
 * that is still not enough, the last line cut with an ellipsis.
 */
export function fitLines(text: string, maxWidth: number, measure: Measure, maxLines = 2): string[] {
  const trimmed = text.trim();
  if (trimmed === '') return [''];
  // Two lines of about equal width rather than a long one and a short rest.
  const wrap = (value: string) => {
    const lines = wrapWords(value, maxWidth, measure);
    return lines.length === 2 ? splitInTwo(value, measure) : lines;
  };
  const full = wrap(trimmed);
  if (fits(full, maxWidth, maxLines, measure)) return full;
  const short = dropLegalForm(trimmed);
  const lines = short === trimmed ? full : wrap(short);
  if (fits(lines, maxWidth, maxLines, measure)) return lines;
  // Few enough lines, but a word wider than a line.
  if (lines.length <= maxLines) return lines.map((line) => truncateText(line, maxWidth, measure));
  const kept = lines.slice(0, maxLines - 1).map((line) => truncateText(line, maxWidth, measure));
  // What follows does not fit on one line (else wrapping had put it there): it is cut.
  const last = truncateText(lines.slice(maxLines - 1).join(' '), maxWidth, measure);
  return [...kept, last];
}

/** fitLines as chart.js takes a label: one line as a string, more as an array. */
export function fitLabel(
  text: string,
  maxWidth: number,
  measure: Measure,
  maxLines = 2,
): string | string[] {
  const lines = fitLines(text, maxWidth, measure, maxLines);
  return lines.length === 1 ? (lines[0] as string) : lines;
}
