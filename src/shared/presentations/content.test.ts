import { describe, expect, it } from 'vitest';
import type { Analysis, AnalysisInput } from '../domain/analyses';
import { slideKinds } from '../domain/presentations';
import type { Slide } from '../domain/presentations';
import {
  fixtureMeta,
  SAMPLE_IDS,
  sampleDeck,
  sampleSlides,
  sampleSources,
} from '#test/presentation-fixtures';
import { sampleMarketSize, samplePortfolio, samplePositioning } from '#test/analysis-samples';
import { presentableDeck, slideContent } from './content';
import { priceTexts } from './price-texts';
import type { SlideContent, SlideSources } from './types';

const de = (hidePrices: boolean) => ({ hidePrices, language: 'de' as const });

function slideOf(kind: Slide['kind'], patch: Partial<Slide> = {}): Slide {
  const slide = sampleSlides().find((candidate) => candidate.kind === kind);
  if (!slide) throw new Error(kind);
  return { ...slide, ...patch };
}

const build = (slide: Slide, hidePrices: boolean, sources: SlideSources = sampleSources()) =>
  slideContent(slide, 2, 9, sources, de(hidePrices));

const base = (slide: Slide): SlideContent => ({
  id: slide.id,
  kind: slide.kind,
  index: 2,
  count: 9,
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
  notes: slide.notes,
  durationSeconds: slide.durationSeconds,
  missing: false,
});

function withAnalysis(input: AnalysisInput): { sources: SlideSources; slide: Slide } {
  const sources = sampleSources();
  const analysis: Analysis = { ...input, ...fixtureMeta('analysis-extra') };
  const analyses = new Map(sources.analyses);
  analyses.set(analysis.id, analysis);
  return {
    sources: { ...sources, analyses },
    slide: slideOf('analysis', { analysisId: analysis.id }),
  };
}

describe('slideContent', () => {
  it('title: the slide title and subtitle; without a title the company name', () => {
    const slide = slideOf('title');
    expect(build(slide, false)).toEqual({
      ...base(slide),
      title: 'Sicher durch NIS2',
      subtitle: 'it-sa 2027, Halle 7',
    });
    const bare = slideOf('title', { title: '', subtitle: '' });
    expect(build(bare, true)).toMatchObject({ title: 'Muster IT-Beratung GmbH', subtitle: '' });
    const titled = slideOf('title', { subtitle: '' });
    expect(build(titled, false).subtitle).toBe('Muster IT-Beratung GmbH');
  });

  it('text: title, body and an optional image (a video is not a text slide’s picture)', () => {
    const picture = {
      mediaSha256: 'd'.repeat(64),
      mediaType: 'image/jpeg',
      mediaName: 'team.jpg',
    };
    const slide = slideOf('text', picture);
    expect(build(slide, false)).toEqual({
      ...base(slide),
      title: 'Was wir tun',
      body: '- Betrieb\n- Beratung\n- **Notfallhilfe** rund um die Uhr',
      media: { sha256: 'd'.repeat(64), mimeType: 'image/jpeg', kind: 'image', name: 'team.jpg' },
    });
    expect(build(slideOf('text', { ...picture, mediaType: 'video/mp4' }), false).media).toBeNull();
  });

  it('catalog item: name, description, unit and billing; the net list price only when shown', () => {
    const slide = slideOf('catalog-item');
    const facts = [
      { label: 'Einheit', value: 'Nutzer' },
      { label: 'Abrechnung', value: 'monatlich' },
    ];
    const shown = build(slide, false);
    expect(shown).toEqual({
      ...base(slide),
      title: 'Managed Backup',
      subtitle: 'MS-BACKUP',
      body: 'Tägliche Sicherung mit monatlichem Wiederherstellungstest.',
      facts: [...facts, { label: 'Listenpreis (netto)', value: '14,90 €' }],
    });
    expect(priceTexts(shown)).toEqual(['14,90 €']);
    // The purchase price (6.10) and the margin never appear.
    expect(JSON.stringify(shown)).not.toMatch(/6,10|6\.10/);
    const hidden = build(slide, true);
    expect(hidden.facts).toEqual(facts);
    expect(priceTexts(hidden)).toEqual([]);
    const switchedOff = build(slideOf('catalog-item', { showPrices: false }), false);
    expect(switchedOff.facts).toEqual(facts);
    expect(priceTexts(switchedOff)).toEqual([]);
  });

  it('catalog item in English: price in English notation, English labels', () => {
    const content = slideContent(slideOf('catalog-item'), 0, 1, sampleSources(), {
      hidePrices: false,
      language: 'en',
    });
    expect(content.facts).toEqual([
      { label: 'Unit', value: 'user' },
      { label: 'Billing', value: 'monthly' },
      { label: 'List price (net)', value: '€14.90' },
    ]);
  });

  it('bundle: items as bullets; the package price under the same rule', () => {
    const slide = slideOf('bundle');
    const shown = build(slide, false);
    expect(shown).toEqual({
      ...base(slide),
      title: 'Sicherheitspaket Mittelstand',
      body: 'Firewall und NIS2-Beratung aus einer Hand.',
      bullets: ['2 × Firewall Appliance FW-600', '3 × NIS2-Beratung'],
      // 2 × 3490 + 3 × 1290
      facts: [{ label: 'Paketpreis (netto)', value: '10.850,00 €' }],
    });
    expect(priceTexts(shown)).toEqual(['10.850,00 €']);
    const hidden = build(slide, true);
    expect(hidden.facts).toEqual([]);
    expect(hidden.bullets).toEqual(shown.bullets);
    expect(priceTexts(hidden)).toEqual([]);
  });

  it('bundle: one-time and monthly items priced apart; no price when an item is gone', () => {
    const sources = sampleSources();
    const bundle = sources.bundles.get(SAMPLE_IDS.bundle);
    if (!bundle) throw new Error('bundle');
    const mixed = {
      ...bundle,
      items: [...bundle.items, { catalogItemId: SAMPLE_IDS.backup, quantity: '10' }],
    };
    const withMixed = { ...sources, bundles: new Map([[mixed.id, mixed]]) };
    expect(build(slideOf('bundle'), false, withMixed).facts).toEqual([
      { label: 'Paketpreis (netto)', value: '10.850,00 €' },
      { label: 'Paketpreis monatlich (netto)', value: '149,00 €' },
    ]);
    const catalogItems = new Map(sources.catalogItems);
    catalogItems.delete(SAMPLE_IDS.consulting);
    const content = build(slideOf('bundle'), false, { ...sources, catalogItems });
    expect(content.bullets).toEqual(['2 × Firewall Appliance FW-600']);
    expect(content.facts).toEqual([]);
  });

  it('reference: the client as subtitle, the quote and an image', () => {
    const slide = slideOf('reference', {
      mediaSha256: 'e'.repeat(64),
      mediaType: 'image/png',
      mediaName: 'halle.png',
    });
    expect(build(slide, true)).toEqual({
      ...base(slide),
      title: 'Referenz',
      subtitle: 'Spedition Weber GmbH',
      body: 'Backup von 40 Servern in sechs Wochen umgestellt.',
      quote: { text: 'Seitdem schlafen wir ruhiger.', author: 'Jonas Weber, IT-Leiter' },
      media: { sha256: 'e'.repeat(64), mimeType: 'image/png', kind: 'image', name: 'halle.png' },
    });
    const anonymous = build(slideOf('reference', { clientId: '', title: 'Ein Logistiker' }), false);
    expect(anonymous).toMatchObject({ title: 'Ein Logistiker', subtitle: '', missing: false });
  });

  it('analysis: what analysisSlide gives (title, summary, bullets, table, chart)', () => {
    const slide = slideOf('analysis');
    const content = build(slide, false);
    expect(content.title).toBe('Wettbewerbsmatrix Firewall-Projekt');
    expect(content.subtitle).toBe('Muster IT-Beratung GmbH: Rang 1 von 4 mit 3,95 Punkten');
    expect(content.bullets[0]).toBe('1. Muster IT-Beratung GmbH: 3,95');
    expect(content.table?.[0]).toEqual([
      'Kriterium',
      'Gewicht (%)',
      'Muster IT-Beratung GmbH',
      'Kontor Consulting',
      'Nordlicht IT',
      'Datawerk Systems',
    ]);
    expect(content.chart?.type).toBe('bar');
    // The analysis's internal notes ("Preisnachlass bis 12 %") stay out.
    expect(JSON.stringify(content)).not.toContain('Preisnachlass');
    // Scores are no prices: the same with prices hidden.
    const hidden = build(slide, true);
    expect(hidden.chart?.type).toBe('bar');
    expect({ ...hidden, chart: null }).toEqual({ ...content, chart: null });
    expect(priceTexts(content)).toEqual([]);
  });

  it('analysis SWOT: strategies as bullets, the slide title wins', () => {
    const slide = slideOf('analysis', { analysisId: SAMPLE_IDS.swot, title: 'Unsere Lage' });
    const content = build(slide, false);
    expect(content.title).toBe('Unsere Lage');
    expect(content.bullets).toContain('SO: NIS2-Check als Einstiegsangebot mit eigenen Technikern');
    expect(content.chart).not.toBeNull();
  });

  it('analysis market size: money shown with prices, gone with the deck hiding them', () => {
    const { sources, slide } = withAnalysis(sampleMarketSize());
    const shown = build(slide, false, sources);
    expect(priceTexts(shown).length).toBeGreaterThan(0);
    expect(shown.chart).not.toBeNull();
    const hidden = build(slide, true, sources);
    expect(priceTexts(hidden)).toEqual([]);
    expect(hidden.chart).toBeNull();
    expect(hidden.table?.map((row) => row[0])).toEqual([
      'Größe',
      'Anzahl Kunden',
      'Anteil SAM (%)',
      'Anteil SOM (%)',
    ]);
  });

  it('analysis positioning: without prices no price index, no chart', () => {
    const { sources, slide } = withAnalysis(samplePositioning());
    const shown = build(slide, false, sources);
    expect(shown.table?.[0]).toContain('Preisindex (100 = Marktdurchschnitt)');
    expect(priceTexts(shown).length).toBeGreaterThan(0);
    const hidden = build(slide, true, sources);
    expect(hidden.chart).toBeNull();
    expect(hidden.table?.[0]).toEqual(['Anbieter', 'Leistung (0–100)', 'Marktanteil (%)']);
    expect(hidden.bullets.every((bullet) => !bullet.includes('Preisindex'))).toBe(true);
    expect(priceTexts(hidden)).toEqual([]);
  });

  it('analysis portfolio: the revenue column goes with prices hidden', () => {
    const { sources, slide } = withAnalysis(samplePortfolio());
    const shown = build(slide, false, sources);
    expect(shown.table?.[0]).toContain('Umsatz');
    const hidden = build(slide, true, sources);
    expect(hidden.table?.[0]).not.toContain('Umsatz');
    expect(hidden.table?.[0]?.length).toBe((shown.table?.[0]?.length ?? 0) - 1);
    expect(priceTexts(hidden)).toEqual([]);
  });

  it('competitor comparison: our company first; price level and discount only when shown', () => {
    const slide = slideOf('competitor-comparison');
    const shown = build(slide, false);
    expect(shown).toEqual({
      ...base(slide),
      title: 'Im Vergleich',
      table: [
        ['Anbieter', 'Segment', 'Stärken', 'Schwächen', 'Preisniveau', 'Typischer Rabatt'],
        ['Muster IT-Beratung GmbH', '', '', '', '', ''],
        [
          'Nordlicht IT',
          'Regionales Systemhaus',
          'Nähe zum Kunden, schnelle Vor-Ort-Einsätze',
          'Kaum Cloud-Kompetenz',
          'niedrig',
          '12,5 %',
        ],
        [
          'Datawerk Systems',
          'Cloud-Anbieter',
          'Nähe zum Kunden, schnelle Vor-Ort-Einsätze',
          'Kaum Cloud-Kompetenz',
          'mittel',
          '8 %',
        ],
        [
          'Kontor Consulting',
          'IT-Beratung',
          'Nähe zum Kunden, schnelle Vor-Ort-Einsätze',
          'Kaum Cloud-Kompetenz',
          'Premium',
          '',
        ],
      ],
    });
    expect(priceTexts(shown)).toEqual(['niedrig', 'mittel', 'Premium', '12,5 %', '8 %']);
    const hidden = build(slide, true);
    expect(hidden.table?.map((row) => row.length)).toEqual([4, 4, 4, 4, 4]);
    expect(priceTexts(hidden)).toEqual([]);
  });

  it('competitor comparison: Markdown-like strengths as one line', () => {
    const sources = sampleSources();
    const id = SAMPLE_IDS.competitors[0] ?? '';
    const competitor = sources.competitors.get(id);
    if (!competitor) throw new Error(id);
    const competitors = new Map(sources.competitors);
    competitors.set(id, { ...competitor, strengths: '- **Schnell** vor Ort\n- Günstig' });
    const content = build(slideOf('competitor-comparison'), true, { ...sources, competitors });
    expect(content.table?.[2]?.[2]).toBe('Schnell vor Ort; Günstig');
  });

  it('media: an image or a video', () => {
    const slide = slideOf('media');
    expect(build(slide, false)).toEqual({
      ...base(slide),
      title: 'Unser Rechenzentrum',
      media: {
        sha256: 'c'.repeat(64),
        mimeType: 'image/png',
        kind: 'image',
        name: 'rechenzentrum.png',
      },
    });
    const video = build(slideOf('media', { mediaType: 'video/mp4', mediaName: 'tour.mp4' }), false);
    expect(video.media).toEqual({
      sha256: 'c'.repeat(64),
      mimeType: 'video/mp4',
      kind: 'video',
      name: 'tour.mp4',
    });
  });

  it('lead capture: the default call to action in the deck language, or the slide’s own', () => {
    const slide = slideOf('lead-capture');
    expect(build(slide, false)).toEqual({
      ...base(slide),
      title: 'Sprechen Sie uns an!',
      leadCapture: {
        headline: 'Sprechen Sie uns an!',
        text: 'Wir nehmen Ihre Fragen gleich hier am Stand auf und melden uns nach der Messe mit einem passenden Vorschlag.',
      },
    });
    const english = slideContent(slide, 0, 1, sampleSources(), {
      hidePrices: false,
      language: 'en',
    });
    expect(english.leadCapture?.headline).toBe('Talk to us!');
    const own = build(slideOf('lead-capture', { title: 'Hallo!', body: 'Scannen Sie los.' }), true);
    expect(own.leadCapture).toEqual({ headline: 'Hallo!', text: 'Scannen Sie los.' });
  });

  it('a referenced row that is gone: a neutral title and missing, never a throw', () => {
    const empty: SlideSources = {
      ...sampleSources(),
      catalogItems: new Map(),
      bundles: new Map(),
      clients: new Map(),
      analyses: new Map(),
      competitors: new Map(),
    };
    for (const kind of [
      'catalog-item',
      'bundle',
      'reference',
      'analysis',
      'competitor-comparison',
    ] as const) {
      const content = build(slideOf(kind, { title: '' }), false, empty);
      expect(content, kind).toMatchObject({ missing: true, title: 'Inhalt nicht mehr verfügbar' });
      expect(content.facts, kind).toEqual([]);
    }
    const sources = sampleSources();
    const item = sources.catalogItems.get(SAMPLE_IDS.backup);
    if (!item) throw new Error('item');
    const deleted = new Map(sources.catalogItems);
    deleted.set(item.id, { ...item, deleted: true });
    expect(
      build(slideOf('catalog-item'), false, { ...sources, catalogItems: deleted }),
    ).toMatchObject({
      missing: true,
      facts: [],
    });
    // A comparison with one competitor left still compares.
    const competitors = new Map([...sources.competitors].slice(0, 1));
    const partial = build(slideOf('competitor-comparison'), false, { ...sources, competitors });
    expect(partial.missing).toBe(false);
    expect(partial.table).toHaveLength(3);
  });

  it('hidden prices: prices people typed into texts are redacted, the notes are left alone', () => {
    const slide = slideOf('text', {
      title: 'Nur 990 € im Monat',
      body: 'Jetzt 15 % Rabatt auf alle Firewalls, statt 1.290,00 nur EUR 990.',
      notes: 'Max. Rabatt 10 %',
    });
    const shown = build(slide, false);
    expect(priceTexts(shown)).toEqual([
      'Nur 990 € im Monat',
      'Jetzt 15 % Rabatt auf alle Firewalls, statt 1.290,00 nur EUR 990.',
    ]);
    const hidden = build(slide, true);
    expect(hidden.title).toBe('Nur … im Monat');
    expect(hidden.body).toBe('Jetzt … auf alle Firewalls, statt … nur ….');
    expect(hidden.notes).toBe('Max. Rabatt 10 %');
    expect(priceTexts(hidden)).toEqual([]);
  });

  it('every kind: no price text at all with the deck hiding prices', () => {
    const sources = sampleSources();
    const slides = sampleSlides();
    expect(slides.map((slide) => slide.kind)).toEqual([...slideKinds]);
    for (const slide of slides) {
      expect(priceTexts(build(slide, true, sources)), slide.kind).toEqual([]);
    }
  });
});

describe('presentableDeck', () => {
  it('orders the live slides, numbers them and themes the deck', () => {
    const slides = sampleSlides();
    const shuffled = [
      slides[3],
      slides[0],
      { ...slides[1], deleted: true },
      ...slides.slice(2),
    ].filter((slide): slide is Slide => slide !== undefined);
    const unique = [...new Map(shuffled.map((slide) => [slide.id, slide])).values()];
    const deck = presentableDeck(sampleDeck(), unique, sampleSources());
    expect(deck.slides.map((slide) => [slide.id, slide.index, slide.count])).toEqual(
      slides
        .filter((slide) => slide.id !== 'slide-2')
        .map((slide, index) => [slide.id, index, slides.length - 1]),
    );
    expect(deck.theme).toMatchObject({ primary: '#1c5d99', onPrimary: '#ffffff' });
    expect(deck.hidePrices).toBe(false);
    expect(deck.language).toBe('de');
    expect(priceTexts(deck)).toEqual(
      expect.arrayContaining(['14,90 €', '10.850,00 €', 'niedrig', '12,5 %']),
    );
  });

  it('with hidePrices no slide has a price text; the deck language formats', () => {
    const hidden = presentableDeck(
      sampleDeck({ hidePrices: true }),
      sampleSlides(),
      sampleSources(),
    );
    expect(hidden.hidePrices).toBe(true);
    expect(priceTexts(hidden)).toEqual([]);
    const english = presentableDeck(
      sampleDeck({ language: 'en' }),
      sampleSlides(),
      sampleSources(),
    );
    expect(english.slides[2]?.facts.at(-1)).toEqual({ label: 'List price (net)', value: '€14.90' });
  });
});
