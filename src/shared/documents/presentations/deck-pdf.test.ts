// The deck PDF read back with poppler's pdftotext and pdfinfo: one 16:9 page per slide, the
// titles in it, prices only when shown, speaker notes never.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { looksLikeMoney } from '#shared/presentations';
import { NOTE_MARK, sampleExportInput } from '#test/deck-export-samples';
import { deckChartPngs } from './deck-charts';
import { DeckExportInputError } from './deck-input';
import type { DeckExportInput } from './deck-input';
import { buildDeckPdf } from './deck-pdf';

const fonts = {
  regular: new Uint8Array(readFileSync('resources/fonts/DejaVuSans.ttf')),
  bold: new Uint8Array(readFileSync('resources/fonts/DejaVuSans-Bold.ttf')),
};
const folder = mkdtempSync(join(tmpdir(), 'deck-pdf-'));
let counter = 0;

function readPdf(bytes: Uint8Array): { pages: string[]; info: string } {
  const file = join(folder, `deck-${++counter}.pdf`);
  writeFileSync(file, bytes);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return { pages: text.split('\f').slice(0, -1), info };
}

async function withCharts(input: DeckExportInput): Promise<DeckExportInput> {
  return { ...input, charts: await deckChartPngs(input.deck.slides, createCanvas) };
}

describe('buildDeckPdf', () => {
  it('has one 16:9 landscape page per slide with its title and "n / N"', async () => {
    const input = await withCharts(sampleExportInput({ hidePrices: false }));
    const { pages, info } = readPdf(await buildDeckPdf(input, fonts));
    expect(pages).toHaveLength(9);
    expect(info).toMatch(/Page size:\s+960 x 540 pts/);
    expect(info).toMatch(/Title:\s+it-sa 2026: NIS2/);
    input.deck.slides.forEach((slide, index) => {
      const text = pages[index]!.replace(/\s+/g, ' ');
      const heading = slide.kind === 'lead-capture' ? slide.leadCapture!.headline : slide.title;
      expect(text).toContain(heading);
      expect(text).toMatch(new RegExp(`${index + 1} ?/ ?9`));
    });
    const all = pages.join('\n').replace(/\s+/g, ' ');
    // Markup, bullets, facts, table, quote, video name, call to action.
    expect(all).toContain('Ihr Rechenzentrum läuft, rund um die Uhr, mit eigenen Technikern.');
    expect(all).toContain('Zertifiziert nach ISO 27001');
    expect(all).toContain('Backup as a Service 1 TB');
    expect(all).toContain('Einheit Monat');
    expect(all).toContain('Nordlicht IT');
    // The matrix's table beside its chart keeps its words whole.
    expect(pages[5]).toMatch(/\bGewicht\b/);
    // Pieces of words cut in two (as "Gewi cht", "Datawe rk System s") are not there.
    expect(pages[5]).not.toMatch(/\b(Gewi|Datawe|System|Consulti|Nordlich)\b/);
    expect(all).toContain('Der Umzug lief reibungslos.');
    expect(all).toContain('rechenzentrum-rundgang.mp4');
    expect(all).toContain('Hinterlassen Sie Ihre Kontaktdaten');
    expect(all).toContain('1.290,00 €');
    expect(looksLikeMoney(all)).toBe(true);
    expect(all).not.toContain(NOTE_MARK);
  });

  it('holds no price, discount or margin when the deck hides prices, and never the notes', async () => {
    const input = await withCharts(sampleExportInput({ hidePrices: true }));
    const { pages } = readPdf(await buildDeckPdf(input, fonts));
    expect(pages).toHaveLength(9);
    const all = pages.join('\n');
    expect(looksLikeMoney(all)).toBe(false);
    expect(all).not.toContain(NOTE_MARK);
    expect(all).toContain('Managed Firewall Pro');
  });

  it('draws the chart and the image as pictures', async () => {
    const input = await withCharts(sampleExportInput({ hidePrices: false }));
    expect(Object.keys(input.charts)).toEqual(['slide-6']);
    const file = join(folder, 'images.pdf');
    writeFileSync(file, await buildDeckPdf(input, fonts));
    const list = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' });
    const pagesWithImages = list
      .split('\n')
      .slice(2)
      .filter((line) => /\bimage\b/.test(line))
      .map((line) => Number(line.trim().split(/\s+/)[0]));
    // The logo on every page, the image on slide 2, the chart on slide 6.
    expect(new Set(pagesWithImages)).toEqual(new Set([1, 2, 3, 4, 5, 6, 7, 8, 9]));
    const count = (page: number) => pagesWithImages.filter((one) => one === page).length;
    expect([count(1), count(2), count(6), count(8)]).toEqual([1, 2, 2, 1]);
  });

  it('refuses a deck without slides and unusable fonts, naming the field', async () => {
    const input = sampleExportInput({ hidePrices: false });
    const empty = { ...input, deck: { ...input.deck, slides: [] } };
    await expect(buildDeckPdf(empty, fonts)).rejects.toThrow(DeckExportInputError);
    await expect(buildDeckPdf(empty, fonts)).rejects.toThrow('deck.slides');
    const broken = { regular: new Uint8Array([1, 2, 3]), bold: fonts.bold };
    await expect(buildDeckPdf(input, broken)).rejects.toThrow('deck export: fonts');
  });

  it('draws a missing reference, a damaged image and webp as frames, not failures', async () => {
    const input = sampleExportInput({ hidePrices: false });
    const slides = input.deck.slides.map((slide) =>
      slide.kind === 'catalog-item' ? { ...slide, missing: true, title: 'Katalogeintrag' } : slide,
    );
    const damaged: DeckExportInput = {
      ...input,
      deck: { ...input.deck, slides },
      media: {
        [Object.keys(input.media)[0]!]: {
          data: new Uint8Array([0x52, 0x49, 0x46, 0x46]),
          mimeType: 'image/webp',
        },
      },
    };
    const { pages } = readPdf(await buildDeckPdf(damaged, fonts));
    expect(pages[2]).toContain('Inhalt nicht mehr verfügbar');
    expect(pages[1]).toContain('team.png');
  });
});
