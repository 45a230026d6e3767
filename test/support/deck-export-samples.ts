import { createCanvas } from '@napi-rs/canvas';
import { analysisSlide } from '../../src/shared/analyses/charts/slide';
import { emptyDeck } from '../../src/shared/domain/presentations';
import type { DeckExportInput } from '../../src/shared/documents/presentations/deck-input';
import type { PresentableDeck, SlideContent } from '../../src/shared/presentations/types';
import { sampleMatrix, sampleNames } from './analysis-samples';

// A fair deck as the core builds it (one slide of every kind), for the PDF and PowerPoint export
// tests: with prices shown the catalog and bundle slides carry them, with prices hidden they do
// not, and every slide has speaker notes that must never reach an export unless asked for.

export const NOTE_MARK = 'SPRECHERNOTIZ';

/** A small PNG picture (a blue square with a white bar). */
export function samplePng(width = 320, height = 200): Uint8Array {
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#2a6fb0';
  context.fillRect(0, 0, width, height);
  context.fillStyle = '#ffffff';
  context.fillRect(width * 0.1, height * 0.4, width * 0.8, height * 0.2);
  return new Uint8Array(canvas.toBuffer('image/png'));
}

export const IMAGE_SHA = 'a'.repeat(64);
export const VIDEO_SHA = 'b'.repeat(64);

const slide = (
  index: number,
  patch: Partial<SlideContent> & Pick<SlideContent, 'kind' | 'title'>,
): SlideContent => ({
  id: `slide-${index + 1}`,
  index,
  count: 9,
  subtitle: '',
  body: '',
  bullets: [],
  facts: [],
  table: null,
  chart: null,
  media: null,
  quote: null,
  leadCapture: null,
  notes: `${NOTE_MARK} ${index + 1}: Rabatt bis 15 % möglich, Marge 32 %`,
  durationSeconds: 10,
  missing: false,
  ...patch,
});

/** The deck as presentableDeck would give it, prices shown or hidden. */
export function sampleExportDeck({ hidePrices }: { hidePrices: boolean }): PresentableDeck {
  const analysis = analysisSlide(sampleMatrix(), {
    names: sampleNames,
    language: 'de',
    companyName: 'Brandt IT GmbH',
  });
  const price = (value: string) => (hidePrices ? [] : [{ label: 'Listenpreis (netto)', value }]);
  const slides: SlideContent[] = [
    slide(0, {
      kind: 'title',
      title: 'Sicher durch NIS2',
      subtitle: 'Brandt IT GmbH auf der it-sa 2026, Halle 7, Stand 7-412',
    }),
    slide(1, {
      kind: 'text',
      title: 'Warum Brandt IT',
      subtitle: 'Betrieb aus Bielefeld, für den Mittelstand',
      body: '## Unser Versprechen\nIhr Rechenzentrum läuft, **rund um die Uhr**, mit *eigenen* Technikern.\n\n- Zertifiziert nach **ISO 27001** seit 2019\n- Reaktionszeit 2 Stunden\n- Über 120 Kunden in OWL',
      media: { sha256: IMAGE_SHA, mimeType: 'image/png', kind: 'image', name: 'team.png' },
    }),
    slide(2, {
      kind: 'catalog-item',
      title: 'Managed Firewall Pro',
      subtitle: 'Sophos XGS mit 24/7-Überwachung',
      body: 'Firewall-Betrieb mit Updates, Monitoring und monatlichem Bericht.',
      facts: [{ label: 'Einheit', value: 'Monat' }, ...price('1.290,00 €')],
    }),
    slide(3, {
      kind: 'bundle',
      title: 'NIS2-Startpaket',
      bullets: ['NIS2-Check vor Ort (2 Tage)', 'Managed Firewall Pro', 'Backup as a Service 1 TB'],
      facts: price('4.850,00 €'),
    }),
    slide(4, {
      kind: 'reference',
      title: 'Stadtwerke Lemgo',
      subtitle: 'Stadtwerke Lemgo GmbH',
      body: 'Umzug von 40 Servern in unser Rechenzentrum in sechs Wochen, ohne Ausfall.',
      quote: { text: 'Der Umzug lief reibungslos.', author: 'Jana Vogt, IT-Leitung' },
    }),
    slide(5, {
      kind: 'analysis',
      title: analysis.title,
      subtitle: analysis.subtitle ?? '',
      bullets: analysis.bullets,
      table: analysis.table ?? null,
      chart: analysis.chart,
    }),
    slide(6, {
      kind: 'competitor-comparison',
      title: 'Wir im Vergleich',
      table: [
        ['Anbieter', 'Segment', 'Stärken', 'Schwächen', ...(hidePrices ? [] : ['Preisniveau'])],
        [
          'Brandt IT GmbH',
          'Mittelstand',
          'Vor Ort',
          'Kleines Team',
          ...(hidePrices ? [] : ['mittel (Rabatt 8 %)']),
        ],
        ['Nordlicht IT', 'Konzern', 'Große Flotte', 'Fern', ...(hidePrices ? [] : ['hoch'])],
      ],
    }),
    slide(7, {
      kind: 'media',
      title: 'So arbeiten wir',
      media: {
        sha256: VIDEO_SHA,
        mimeType: 'video/mp4',
        kind: 'video',
        name: 'rechenzentrum-rundgang.mp4',
      },
    }),
    slide(8, {
      kind: 'lead-capture',
      title: 'Sprechen Sie uns an',
      leadCapture: {
        headline: 'Lassen Sie uns sprechen',
        text: 'Hinterlassen Sie Ihre Kontaktdaten: Wir melden uns nach der Messe.',
      },
      durationSeconds: 20,
    }),
  ];
  return {
    deck: {
      ...emptyDeck('de'),
      title: 'it-sa 2026: NIS2',
      fairName: 'it-sa 2026, Nürnberg',
      hidePrices,
      id: 'deck-1',
      createdAt: '2026-10-01T08:00:00.000Z',
      updatedAt: '2026-10-01T08:00:00.000Z',
      createdBy: 'user-1',
      updatedBy: 'user-1',
      deleted: false,
    },
    theme: {
      primary: '#1c5d99',
      onPrimary: '#ffffff',
      background: '#ffffff',
      text: '#1a1a1f',
      mutedText: '#5f6b7a',
      companyName: 'Brandt IT GmbH',
      logo: null,
    },
    slides,
    hidePrices,
    language: 'de',
  };
}

/** The export input with the image's bytes and a logo; the chart still as configuration. */
export function sampleExportInput({ hidePrices }: { hidePrices: boolean }): DeckExportInput {
  return {
    deck: sampleExportDeck({ hidePrices }),
    media: { [IMAGE_SHA]: { data: samplePng(), mimeType: 'image/png' } },
    logo: { data: samplePng(240, 80), mimeType: 'image/png' },
    charts: {},
  };
}
