// The core's presentable deck (one slide of every kind, built by presentableDeck from the fixture
// world) through both exports: with hidePrices the PDF's text (pdftotext) and the PowerPoint's
// slide XML hold nothing priceTexts would find, with prices shown they do; notes never unless asked.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { looksLikeMoney, presentableDeck, priceTexts } from '#shared/presentations';
import { sampleDeck, sampleSlides, sampleSources } from '#test/presentation-fixtures';
import { deckChartPngs } from './deck-charts';
import type { DeckExportInput } from './deck-input';
import { buildDeckPdf } from './deck-pdf';
import { buildDeckPptx } from './deck-pptx';

const fonts = {
  regular: new Uint8Array(readFileSync('resources/fonts/DejaVuSans.ttf')),
  bold: new Uint8Array(readFileSync('resources/fonts/DejaVuSans-Bold.ttf')),
};
const folder = mkdtempSync(join(tmpdir(), 'deck-core-'));

async function exportInput(hidePrices: boolean): Promise<DeckExportInput> {
  const deck = presentableDeck(sampleDeck({ hidePrices }), sampleSlides(), sampleSources());
  return {
    deck,
    media: {},
    logo: null,
    charts: await deckChartPngs(deck.slides, createCanvas),
  };
}

function pdfText(bytes: Uint8Array, name: string): { pages: string[]; text: string } {
  const file = join(folder, name);
  writeFileSync(file, bytes);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  return { pages: text.split('\f').slice(0, -1), text };
}

async function pptxText(bytes: Uint8Array): Promise<{ slides: string[]; notes: string }> {
  const zip = await JSZip.loadAsync(bytes);
  const texts = async (pattern: RegExp) =>
    Promise.all(
      Object.keys(zip.files)
        .filter((name) => pattern.test(name))
        .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)![1]) - Number(/(\d+)\.xml$/.exec(b)![1]))
        .map(async (name) =>
          [...(await zip.file(name)!.async('string')).matchAll(/<a:t>([^<]*)<\/a:t>/g)]
            .map((match) => match[1]!.replace(/&amp;/g, '&'))
            .join(' '),
        ),
    );
  return {
    slides: await texts(/^ppt\/slides\/slide\d+\.xml$/),
    notes: (await texts(/^ppt\/notesSlides\/notesSlide\d+\.xml$/)).join(' '),
  };
}

describe('the core deck in the exports', () => {
  it('shows the prices the slides allow when the deck does not hide them', async () => {
    const input = await exportInput(false);
    const shown = priceTexts(input.deck);
    expect(shown.length).toBeGreaterThan(0);
    const { pages, text } = pdfText(await buildDeckPdf(input, fonts), 'shown.pdf');
    expect(pages).toHaveLength(input.deck.slides.length);
    expect(looksLikeMoney(text)).toBe(true);
    // Table cells keep their words whole: the matrix beside its chart, the comparison.
    expect(pages[5]).toMatch(/\bGewicht\b/);
    expect(pages[5]).not.toMatch(/\b(Gewi|Datawe|System|Consulti)\b/);
    expect(pages[6]).toMatch(/\bPreisniveau\b/);
    const pptx = await pptxText(await buildDeckPptx(input));
    expect(pptx.slides).toHaveLength(input.deck.slides.length);
    expect(looksLikeMoney(pptx.slides.join(' '))).toBe(true);
  });

  it('has no price, discount or margin in the PDF or the PowerPoint when the deck hides prices', async () => {
    const input = await exportInput(true);
    expect(priceTexts(input.deck)).toEqual([]);
    const { pages, text } = pdfText(await buildDeckPdf(input, fonts), 'hidden.pdf');
    expect(pages).toHaveLength(input.deck.slides.length);
    input.deck.slides.forEach((slide, index) => {
      if (slide.kind !== 'lead-capture')
        expect(pages[index]!.replace(/\s+/g, ' ')).toContain(slide.title.slice(0, 20));
    });
    expect(looksLikeMoney(text)).toBe(false);
    expect(text).not.toContain('Notiz');
    const pptx = await pptxText(await buildDeckPptx(input, { withNotes: true }));
    expect(looksLikeMoney(pptx.slides.join(' '))).toBe(false);
    // Asked for, the notes are in the notes pages (and only there).
    expect(pptx.notes).toContain('Notiz 1:');
    expect(pptx.slides.join(' ')).not.toContain('Notiz');
  });
});
