// The deck as PowerPoint, unzipped: one slide per slide content with real text, the chart and the
// image as pictures, speaker notes only when asked for, no price when the deck hides them.
import { createCanvas } from '@napi-rs/canvas';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { looksLikeMoney } from '#shared/presentations';
import { NOTE_MARK, sampleExportInput } from '#test/deck-export-samples';
import { deckChartPngs } from './deck-charts';
import type { DeckExportInput } from './deck-input';
import { buildDeckPptx } from './deck-pptx';

type Pptx = { slides: string[]; notes: string[]; media: string[]; presentation: string };

const texts = (xml: string) =>
  [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)]
    .map((match) => match[1]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'))
    .join(' ');

async function readPptx(bytes: Uint8Array): Promise<Pptx> {
  const zip = await JSZip.loadAsync(bytes);
  const numbered = (pattern: RegExp) =>
    Object.keys(zip.files)
      .filter((name) => pattern.test(name))
      .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)?.[1]) - Number(/(\d+)\.xml$/.exec(b)?.[1]));
  const read = (name: string) => zip.file(name)!.async('string');
  return {
    slides: await Promise.all(numbered(/^ppt\/slides\/slide\d+\.xml$/).map(read)),
    notes: await Promise.all(numbered(/^ppt\/notesSlides\/notesSlide\d+\.xml$/).map(read)),
    media: Object.keys(zip.files).filter((name) => name.startsWith('ppt/media/')),
    presentation: await read('ppt/presentation.xml'),
  };
}

async function withCharts(input: DeckExportInput): Promise<DeckExportInput> {
  return { ...input, charts: await deckChartPngs(input.deck.slides, createCanvas) };
}

describe('buildDeckPptx', () => {
  it('has one 16:9 slide per slide content with its texts as text boxes and tables', async () => {
    const input = await withCharts(sampleExportInput({ hidePrices: false }));
    const pptx = await readPptx(await buildDeckPptx(input));
    expect(pptx.slides).toHaveLength(9);
    // 13.333 × 7.5 in in EMU.
    expect(pptx.presentation).toMatch(/<p:sldSz cx="12192000" cy="6858000"/);
    input.deck.slides.forEach((slide, index) => {
      const text = texts(pptx.slides[index]!);
      const heading = slide.kind === 'lead-capture' ? slide.leadCapture!.headline : slide.title;
      expect(text).toContain(heading);
      expect(text).toContain(`${index + 1} / 9`);
    });
    const all = pptx.slides.map(texts).join(' ').replace(/\s+/g, ' ');
    expect(all).toContain('Zertifiziert nach ISO 27001');
    expect(all).toContain('rund um die Uhr');
    expect(all).toContain('1.290,00 €');
    expect(all).toContain('Nordlicht IT');
    expect(all).toContain('Der Umzug lief reibungslos.');
    expect(all).toContain('rechenzentrum-rundgang.mp4');
    expect(looksLikeMoney(all)).toBe(true);
    expect(pptx.slides[6]).toContain('<a:tbl>');
    // Bold markup stays bold: the run with "rund um die Uhr" is b="1".
    expect(pptx.slides[1]).toMatch(
      /<a:rPr[^>]*b="1"[^>]*>(?:(?!<\/a:r>).)*<a:t>rund um die Uhr<\/a:t>/,
    );
    // A bullet with bold markup stays one paragraph: "rund um die Uhr" and the words after it.
    const paragraphs = pptx.slides[1]!.split('<a:p>').map((xml) => texts(xml).replace(/\s+/g, ' '));
    expect(paragraphs).toContain(
      'Ihr Rechenzentrum läuft, rund um die Uhr , mit eigenen Technikern.',
    );
    expect(paragraphs).toContain('Zertifiziert nach ISO 27001 seit 2019');
    // Logo (one file, shared), the image and the chart.
    expect(pptx.media.length).toBeGreaterThanOrEqual(3);
    expect(pptx.slides[5]).toContain('<p:pic>');
  });

  it('has the speaker notes only when asked for', async () => {
    const input = sampleExportInput({ hidePrices: false });
    const without = await readPptx(await buildDeckPptx(input));
    expect(without.notes.map(texts).join(' ')).not.toContain(NOTE_MARK);
    const withNotes = await readPptx(await buildDeckPptx(input, { withNotes: true }));
    expect(withNotes.notes).toHaveLength(9);
    withNotes.notes.forEach((xml, index) =>
      expect(texts(xml)).toContain(`${NOTE_MARK} ${index + 1}:`),
    );
    expect(withNotes.slides.map(texts).join(' ')).not.toContain(NOTE_MARK);
  });

  it('holds no price, discount or margin when the deck hides prices', async () => {
    const input = await withCharts(sampleExportInput({ hidePrices: true }));
    const pptx = await readPptx(await buildDeckPptx(input));
    const all = [...pptx.slides, ...pptx.notes].map(texts).join(' ');
    expect(looksLikeMoney(all)).toBe(false);
    expect(all).not.toContain(NOTE_MARK);
    expect(all).toContain('Managed Firewall Pro');
  });

  it('refuses a deck without slides', async () => {
    const input = sampleExportInput({ hidePrices: false });
    await expect(buildDeckPptx({ ...input, deck: { ...input.deck, slides: [] } })).rejects.toThrow(
      'deck export: deck.slides is empty',
    );
  });
});
