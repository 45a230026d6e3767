import type { PresentableDeck, SlideContent } from './types';

const NUMBER = String.raw`\d(?:[\d.,'\u00a0\u202f ]*\d)?`;
const SCALE = String.raw`(?:\s?(?:Mio|Mrd|Tsd|Mill|Md)\.?|\s?(?:k|K|m|M|bn|Bn))?`;
const CURRENCY = String.raw`(?:€|\$|£|\bEUR\b|\bCHF\b|\bUSD\b|\bGBP\b|\bEuro\b|\bFranken\b)`;
const PERCENT = String.raw`\d+(?:[.,]\d+)?\s?%`;
const DISCOUNT_WORD = String.raw`\b(?:Rabatt\w*|Nachlass\w*|Skonto|Marge\w*|Deckungsbeitr\w*|discount\w*|margin\w*|off\b)`;

/**
 * What money looks like in a slide's text: an amount with a currency (before or after, with
 * "Mio."/"k" scales), a grouped amount with cents ("1.234,56", "1,234.56"), a negative
 * percentage ("-10 %") and a percentage next to a discount or margin word ("15 % Rabatt").
 * Bare decimals ("3,45" scores, "25" weights) and plain percentages ("40 % Marktanteil") are not.
 */
const MONEY_PATTERNS = [
  new RegExp(String.raw`${CURRENCY}\s?[-−]?\s?${NUMBER}${SCALE}`, 'g'),
  new RegExp(String.raw`[-−]?${NUMBER}${SCALE}\s?${CURRENCY}`, 'g'),
  /\d{1,3}(?:\.\d{3})+,\d{2}(?!\d)/g,
  /\d{1,3}(?:,\d{3})+\.\d{2}(?!\d)/g,
  new RegExp(String.raw`(?:^|(?<=[\s(:]))[-−]${PERCENT}`, 'g'),
  new RegExp(String.raw`${DISCOUNT_WORD}[^\n\d%]{0,30}${PERCENT}`, 'gi'),
  new RegExp(String.raw`${PERCENT}\s?${DISCOUNT_WORD}`, 'gi'),
];

/** A column header or fact label that names a price, discount or margin. */
const PRICE_LABEL = /preis|price|rabatt|discount|nachlass|marge|margin|deckungsbeitrag/i;

/** True when `text` has something that looks like money (see MONEY_PATTERNS). */
export function looksLikeMoney(text: string): boolean {
  return MONEY_PATTERNS.some((pattern) => {
    pattern.lastIndex = 0;
    return pattern.test(text);
  });
}

/** True when a label or column header names a price, discount or margin. */
export function isPriceLabel(label: string): boolean {
  return PRICE_LABEL.test(label);
}

/**
 * `text` with every money-looking part replaced by "…": the last line of defence of "hide
 * prices" for what users typed themselves (a price in a slide's body or an analysis item).
 */
export function redactPrices(text: string): string {
  let result = text;
  for (const pattern of MONEY_PATTERNS) {
    pattern.lastIndex = 0;
    result = result.replace(pattern, '…');
  }
  return result;
}

/** Every string value inside a chart.js configuration (labels, titles); functions skipped. */
function chartStrings(value: unknown, seen: Set<unknown>, out: string[]): void {
  if (typeof value === 'string') {
    out.push(value);
    return;
  }
  if (value === null || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  const entries = Array.isArray(value) ? value : Object.values(value);
  for (const entry of entries) chartStrings(entry, seen, out);
}

/** The strings of a slide the audience can see (the speaker notes are not among them). */
export function visibleStrings(content: SlideContent): string[] {
  const strings = [content.title, content.subtitle, content.body, ...content.bullets];
  for (const fact of content.facts) strings.push(fact.label, fact.value);
  for (const row of content.table ?? []) strings.push(...row);
  if (content.quote) strings.push(content.quote.text, content.quote.author);
  if (content.leadCapture) strings.push(content.leadCapture.headline, content.leadCapture.text);
  if (content.media) strings.push(content.media.name);
  if (content.chart) chartStrings(content.chart, new Set(), strings);
  return strings.filter((text) => text !== '');
}

function slidePriceTexts(content: SlideContent): string[] {
  const found = visibleStrings(content).filter(looksLikeMoney);
  for (const fact of content.facts) {
    if (isPriceLabel(fact.label) && fact.value.trim() !== '') found.push(fact.value);
  }
  const [header, ...rows] = content.table ?? [];
  header?.forEach((title, column) => {
    if (!isPriceLabel(title)) return;
    for (const row of rows) {
      const cell = row[column] ?? '';
      if (cell.trim() !== '') found.push(cell);
    }
  });
  return found;
}

/**
 * Every string in the content that looks like a price, a discount or a margin: money amounts,
 * discount percentages, and the values of facts and table columns labelled as prices,
 * discounts or margins. The speaker notes are left out (only the presenter sees them). With
 * the deck's hidePrices on, slideContent leaves nothing here: tests and the e2e prove it so.
 */
export function priceTexts(content: SlideContent | PresentableDeck): string[] {
  const slides = 'slides' in content ? content.slides : [content];
  return [...new Set(slides.flatMap(slidePriceTexts))];
}
