import type { ChartConfiguration } from 'chart.js';
import type { Analysis, Competitor } from '../domain/analyses';
import type { Bundle, CatalogItem } from '../domain/catalog';
import type { Client } from '../domain/client';
import type { Language } from '../domain/common';
import type { Deck, Slide, SlideKind } from '../domain/presentations';
import type { CompanyProfile } from '../domain/settings';

/**
 * What a slide shows, built from the slide and the app's data by `slideContent` (./content.ts),
 * the one place that decides what may be shown. Everything that draws a slide (the editor's
 * preview, the presenter and audience windows, the PDF and PowerPoint exports) draws this and
 * nothing else, so "hide prices" holds everywhere: with prices hidden, no price, discount or
 * margin is in it. Texts are ready to show (formatted in the deck's language).
 */
export type SlideContent = {
  /** The slide row's id. */
  id: string;
  kind: SlideKind;
  /** 0-based place in the deck, and the deck's slide count (for "n of N"). */
  index: number;
  count: number;
  title: string;
  subtitle: string;
  /** Markdown-like text as in text blocks (parseBlockMarkup in src/shared/documents/markup.ts). */
  body: string;
  /** Short lines (an analysis's findings, a bundle's items). */
  bullets: string[];
  /** Label/value pairs (a catalog item's unit, price when allowed, duration …). */
  facts: { label: string; value: string }[];
  /** Rows of cells, the first row the header (competitor comparison, analysis tables). */
  table: string[][] | null;
  /** An analysis chart (chart.js configuration from analysisSlide), drawn by each renderer. */
  chart: ChartConfiguration | null;
  /** An image or video from the blob store. */
  media: SlideMedia | null;
  quote: { text: string; author: string } | null;
  /** The lead-capture slide's call to action. */
  leadCapture: { headline: string; text: string } | null;
  /** Presenter view only: never drawn for the audience, never exported. */
  notes: string;
  durationSeconds: number;
  /** A referenced record is gone (deleted catalog item, analysis …): the slide says so. */
  missing: boolean;
};

export type SlideMedia = {
  sha256: string;
  mimeType: string;
  kind: 'image' | 'video';
  name: string;
};

/** The deck's look: brand colour (deck override or company), colours derived for contrast, logo. */
export type DeckTheme = {
  primary: string;
  /** Text colour on `primary` (white or near-black, whichever has the higher contrast). */
  onPrimary: string;
  background: string;
  text: string;
  mutedText: string;
  companyName: string;
  /**
   * The company logo, or null. The company profile keeps its logo as a data URL (not in the
   * blob store): `dataUrl` is that URL, ready for `<img src>` or to decode for an export, and
   * `sha256` is '' for it. A logo from the blob store has its hash and no `dataUrl`.
   */
  logo: { sha256: string; mimeType: string; dataUrl?: string } | null;
};

/** A deck ready to present or export. */
export type PresentableDeck = {
  deck: Deck;
  theme: DeckTheme;
  slides: SlideContent[];
  hidePrices: boolean;
  language: Language;
};

/** The records slides refer to, gathered by the data layer (plain rows, deleted ones left out). */
export type SlideSources = {
  company: CompanyProfile;
  catalogItems: ReadonlyMap<string, CatalogItem>;
  bundles: ReadonlyMap<string, Bundle>;
  clients: ReadonlyMap<string, Client>;
  analyses: ReadonlyMap<string, Analysis>;
  competitors: ReadonlyMap<string, Competitor>;
};

export type { Deck, Slide };
