import type { Analysis, Competitor } from '../domain/analyses';
import type { BillingKind } from '../domain/catalog';
import type { Language } from '../domain/common';
import type { Slide } from '../domain/presentations';
import { analysisLabels } from '../analyses/charts/labels';
import { analysisSlide } from '../analyses/charts/slide';
import { participantName } from '../analyses/charts/configs';
import { parseBlockMarkup } from '../documents/markup';
import type { MarkupRun } from '../documents/markup';
import { Decimal, formatDecimal, formatMoney } from '../money';
import { byPosition } from '../ordering';
import { presentationLabels } from './labels';
import type { PresentationLabels } from './labels';
import { isPriceLabel, looksLikeMoney, redactPrices, visibleStrings } from './price-texts';
import { deckTheme } from './theme';
import type { Deck, PresentableDeck, SlideContent, SlideMedia, SlideSources } from './types';

export type SlideContentOptions = { hidePrices: boolean; language: Language };

type Part = Partial<Omit<SlideContent, 'id' | 'kind' | 'index' | 'count' | 'notes'>>;

type Context = {
  slide: Slide;
  sources: SlideSources;
  language: Language;
  labels: PresentationLabels;
  /** The slide shows prices: its own switch, unless the deck hides them. */
  prices: boolean;
  hidePrices: boolean;
};

const text = (value: string) => value.trim();
const pick = (...values: string[]) => values.map(text).find((value) => value !== '') ?? '';

function media(slide: Slide, kinds: readonly SlideMedia['kind'][]): SlideMedia | null {
  if (slide.mediaSha256 === '') return null;
  const kind = slide.mediaType.startsWith('video/') ? 'video' : 'image';
  if (!kinds.includes(kind)) return null;
  return { sha256: slide.mediaSha256, mimeType: slide.mediaType, kind, name: slide.mediaName };
}

function missing({ slide, labels }: Context): Part {
  return {
    title: pick(slide.title, labels.missing),
    subtitle: text(slide.subtitle),
    missing: true,
  };
}

function money(amount: string | Decimal, currency: string, language: Language): string {
  return formatMoney(amount, currency, language);
}

function number(value: string, language: Language): string {
  try {
    return formatDecimal(value, language);
  } catch {
    return value;
  }
}

function titleSlide({ slide, sources }: Context): Part {
  const title = pick(slide.title, sources.company.name);
  const companyName = text(sources.company.name);
  return { title, subtitle: pick(slide.subtitle, title === companyName ? '' : companyName) };
}

function textSlide({ slide }: Context): Part {
  return {
    title: text(slide.title),
    subtitle: text(slide.subtitle),
    body: text(slide.body),
    media: media(slide, ['image']),
  };
}

function catalogItemSlide(context: Context): Part {
  const { slide, sources, labels, language, prices } = context;
  const item = sources.catalogItems.get(slide.catalogItemId);
  if (!item || item.deleted) return missing(context);
  const facts = [{ label: labels.unit, value: labels.units[item.unit] }];
  if (item.billing !== 'one-time') {
    facts.push({ label: labels.billing, value: labels.billings[item.billing] });
  }
  if (prices) {
    facts.push({ label: labels.listPrice, value: money(item.listPrice, item.currency, language) });
  }
  return {
    title: pick(slide.title, item.name),
    subtitle: pick(slide.subtitle, item.sku),
    body: pick(slide.body, item.description),
    facts,
  };
}

function bundleSlide(context: Context): Part {
  const { slide, sources, labels, language, prices } = context;
  const bundle = sources.bundles.get(slide.bundleId);
  if (!bundle || bundle.deleted) return missing(context);
  const bullets: string[] = [];
  const totals = new Map<BillingKind, Decimal>();
  const currencies = new Set<string>();
  let complete = true;
  for (const entry of bundle.items) {
    const item = sources.catalogItems.get(entry.catalogItemId);
    if (!item || item.deleted) {
      complete = false;
      continue;
    }
    bullets.push(`${number(entry.quantity, language)} × ${item.name}`);
    currencies.add(item.currency);
    const line = new Decimal(entry.quantity).times(item.listPrice);
    totals.set(item.billing, (totals.get(item.billing) ?? new Decimal(0)).plus(line));
  }
  // A price without every item, or summed across currencies, would be wrong: none is shown.
  const currency = [...currencies][0];
  const facts =
    prices && complete && currency !== undefined && currencies.size === 1
      ? (['one-time', 'monthly', 'yearly'] as const).flatMap((billing) => {
          const total = totals.get(billing);
          return total === undefined
            ? []
            : [{ label: labels.packagePrice[billing], value: money(total, currency, language) }];
        })
      : [];
  return {
    title: pick(slide.title, bundle.name),
    subtitle: text(slide.subtitle),
    body: pick(slide.body, bundle.description),
    bullets,
    facts,
  };
}

function referenceSlide(context: Context): Part {
  const { slide, sources, labels } = context;
  const client = slide.clientId === '' ? null : sources.clients.get(slide.clientId);
  if (client === undefined || client?.deleted === true) return missing(context);
  const clientName = client ? text(client.name) : '';
  const quote = text(slide.quote);
  return {
    title: pick(slide.title, labels.reference),
    subtitle: pick(slide.subtitle, clientName),
    body: text(slide.body),
    quote: quote === '' ? null : { text: quote, author: text(slide.quoteAuthor) },
    media: media(slide, ['image']),
  };
}

function competitorNames(sources: SlideSources): Record<string, string> {
  const names: Record<string, string> = {};
  for (const [id, competitor] of sources.competitors) {
    if (!competitor.deleted) names[id] = competitor.name;
  }
  return names;
}

/** With prices hidden, a table loses the columns (or, label/value tables, the rows) of money. */
function tableWithoutPrices(table: string[][]): string[][] {
  const [header = [], ...rows] = table;
  if (header.length <= 2) {
    return [header, ...rows.filter((row) => !row.some(looksLikeMoney))];
  }
  const keep = header.map(
    (title, column) =>
      column === 0 ||
      (!isPriceLabel(title) && !rows.some((row) => looksLikeMoney(row[column] ?? ''))),
  );
  return table.map((row) => row.filter((_, column) => keep[column]));
}

/** A positioning without its price axis: performance and market share per participant. */
function positioningWithoutPrices(analysis: Analysis, context: Context, companyName: string): Part {
  const labels = analysisLabels(context.language);
  const options = {
    names: competitorNames(context.sources),
    companyName,
    language: context.language,
  };
  const points = analysis.positions ?? [];
  const num = (value: string) => number(value, context.language);
  return {
    subtitle: labels.kind.positioning,
    chart: null,
    bullets: points.map(
      (point) =>
        `${participantName(point.competitorId, options)}: ${labels.performanceShort} ${num(point.performanceScore)}`,
    ),
    table: [
      [labels.participant, labels.performance, labels.marketShare],
      ...points.map((point) => [
        participantName(point.competitorId, options),
        num(point.performanceScore),
        num(point.marketSharePct),
      ]),
    ],
  };
}

function analysisContent(context: Context): Part {
  const { slide, sources, language, hidePrices } = context;
  const analysis = sources.analyses.get(slide.analysisId);
  if (!analysis || analysis.deleted) return missing(context);
  const companyName = text(sources.company.name);
  const built = analysisSlide(analysis, {
    names: competitorNames(sources),
    language,
    companyName,
    bare: true,
  });
  let part: Part = {
    subtitle: built.subtitle ?? '',
    bullets: built.bullets,
    table: built.table ?? null,
    chart: built.chart,
  };
  if (hidePrices) {
    if (analysis.kind === 'positioning') {
      part = positioningWithoutPrices(analysis, context, companyName);
    } else {
      const chartShowsMoney = part.chart
        ? visibleStrings({ ...EMPTY, chart: part.chart }).some(looksLikeMoney)
        : false;
      part = {
        ...part,
        bullets: (part.bullets ?? []).filter((bullet) => !looksLikeMoney(bullet)),
        table: part.table ? tableWithoutPrices(part.table) : null,
        chart: chartShowsMoney ? null : (part.chart ?? null),
      };
    }
  }
  return {
    ...part,
    title: pick(slide.title, built.title),
    subtitle: pick(slide.subtitle, part.subtitle ?? ''),
    body: text(slide.body),
  };
}

/** A Markdown-like text as one line for a table cell: paragraphs and bullets joined by "; ". */
function plainLine(markup: string): string {
  const runs = (items: MarkupRun[]) => items.map((run) => run.text).join('');
  return parseBlockMarkup(markup)
    .flatMap((block) =>
      block.type === 'bullets' || block.type === 'numbered'
        ? block.items.map(runs)
        : [runs(block.runs)],
    )
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('; ');
}

function comparisonSlide(context: Context): Part {
  const { slide, sources, labels, language, prices } = context;
  const competitors = slide.competitorIds
    .map((id) => sources.competitors.get(id))
    .filter(
      (competitor): competitor is Competitor => competitor !== undefined && !competitor.deleted,
    );
  if (slide.competitorIds.length > 0 && competitors.length === 0) return missing(context);
  const header = [labels.provider, labels.segment, labels.strengths, labels.weaknesses];
  if (prices) header.push(labels.priceLevel, labels.typicalDiscount);
  const row = (competitor: Competitor) => [
    competitor.name,
    text(competitor.segment),
    plainLine(competitor.strengths),
    plainLine(competitor.weaknesses),
    ...(prices
      ? [
          competitor.priceLevel === '' ? '' : labels.priceLevels[competitor.priceLevel],
          competitor.typicalDiscountPct === ''
            ? ''
            : `${number(competitor.typicalDiscountPct, language)} %`,
        ]
      : []),
  ];
  const own = [
    pick(sources.company.name, analysisLabels(language).us),
    ...header.slice(1).map(() => ''),
  ];
  return {
    title: pick(slide.title, labels.comparison),
    subtitle: text(slide.subtitle),
    body: text(slide.body),
    table: [header, own, ...competitors.map(row)],
  };
}

function mediaSlide({ slide }: Context): Part {
  return {
    title: text(slide.title),
    subtitle: text(slide.subtitle),
    media: media(slide, ['image', 'video']),
  };
}

function leadCaptureSlide({ slide, labels }: Context): Part {
  const headline = pick(slide.title, labels.leadHeadline);
  return {
    title: headline,
    subtitle: text(slide.subtitle),
    leadCapture: { headline, text: pick(slide.body, labels.leadText) },
  };
}

const BUILDERS: Record<Slide['kind'], (context: Context) => Part> = {
  title: titleSlide,
  text: textSlide,
  'catalog-item': catalogItemSlide,
  bundle: bundleSlide,
  reference: referenceSlide,
  analysis: analysisContent,
  'competitor-comparison': comparisonSlide,
  media: mediaSlide,
  'lead-capture': leadCaptureSlide,
};

const EMPTY: SlideContent = {
  id: '',
  kind: 'text',
  index: 0,
  count: 0,
  title: '',
  subtitle: '',
  body: '',
  bullets: [],
  facts: [],
  table: null,
  chart: null,
  media: null,
  quote: null,
  leadCapture: null,
  notes: '',
  durationSeconds: 10,
  missing: false,
};

/** Every text the audience sees with money-looking parts replaced (the chart is dropped before). */
function redacted(content: SlideContent): SlideContent {
  return {
    ...content,
    title: redactPrices(content.title),
    subtitle: redactPrices(content.subtitle),
    body: redactPrices(content.body),
    bullets: content.bullets.map(redactPrices),
    facts: content.facts
      .filter((fact) => !isPriceLabel(fact.label))
      .map((fact) => ({ label: fact.label, value: redactPrices(fact.value) })),
    table: content.table?.map((row) => row.map(redactPrices)) ?? null,
    quote: content.quote
      ? { text: redactPrices(content.quote.text), author: redactPrices(content.quote.author) }
      : null,
    leadCapture: content.leadCapture
      ? {
          headline: redactPrices(content.leadCapture.headline),
          text: redactPrices(content.leadCapture.text),
        }
      : null,
  };
}

/**
 * What one slide shows, the one place that decides it: per kind from the slide and the rows
 * it refers to, texts formatted in the deck's language. Prices (a catalog item's net list
 * price, a bundle's package price, competitors' price level and discount) only when the slide
 * shows prices and the deck does not hide them; with the deck's hidePrices on, nothing that
 * looks like a price, discount or margin is left (analysis money dropped, typed prices
 * redacted). Purchase prices and margins never. A referenced row that is gone gives a neutral
 * title and `missing: true`; it never throws.
 */
export function slideContent(
  slide: Slide,
  index: number,
  count: number,
  sources: SlideSources,
  { hidePrices, language }: SlideContentOptions,
): SlideContent {
  const context: Context = {
    slide,
    sources,
    language,
    labels: presentationLabels(language),
    prices: slide.showPrices && !hidePrices,
    hidePrices,
  };
  const content: SlideContent = {
    ...EMPTY,
    ...BUILDERS[slide.kind](context),
    id: slide.id,
    kind: slide.kind,
    index,
    count,
    notes: slide.notes,
    durationSeconds: slide.durationSeconds,
  };
  return hidePrices ? redacted(content) : content;
}

/** The deck ready to present or export: its theme and every live slide's content, in order. */
export function presentableDeck(
  deck: Deck,
  orderedSlides: readonly Slide[],
  sources: SlideSources,
): PresentableDeck {
  const slides = [...orderedSlides].filter((slide) => !slide.deleted).sort(byPosition);
  const options = { hidePrices: deck.hidePrices, language: deck.language };
  return {
    deck,
    theme: deckTheme(deck, sources.company),
    slides: slides.map((slide, index) =>
      slideContent(slide, index, slides.length, sources, options),
    ),
    hidePrices: deck.hidePrices,
    language: deck.language,
  };
}
