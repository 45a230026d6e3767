// The deck and leads exports end to end in Node: the repositories (fake IndexedDB) hold a deck with
// priced slides, an image from the blob store and a logo; the document worker (its module run
// in-process behind a fake Worker, the bundled fonts "fetched" from resources/fonts) builds the
// PDF, the PowerPoint and the leads sheet. The PDF's text is read back with poppler in
// src/shared/documents/presentations (deck-core.test.ts); here its pages and the PowerPoint's XML.
import { PDFDocument } from '@cantoo/pdf-lib';
import { createCanvas } from '@napi-rs/canvas';
import ExcelJS from 'exceljs';
import type { Worksheet } from 'exceljs';
import JSZip from 'jszip';
import boldData from '../../../../../resources/fonts/DejaVuSans-Bold.ttf?inline';
import regularData from '../../../../../resources/fonts/DejaVuSans.ttf?inline';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { slideKinds } from '#shared/domain/presentations';
import { looksLikeMoney, priceTexts } from '#shared/presentations';
import { openTestWorkspace } from '#test/test-workspace';
import { makeAnalysisInput } from '../../../../../test/factories/analyses';
import {
  makeBundleInput,
  makeCatalogItemInput,
  makeCompanyProfile,
} from '../../../../../test/factories/domain';
import {
  makeDeckInput,
  makeLeadForm,
  makeSlidePng,
} from '../../../../../test/factories/presentations';

const saved: { suggestedName: string; data: Uint8Array; filters?: unknown }[] = [];
let answer = true;
vi.mock('../../../platform', () => ({
  platform: {
    saveFile: async (request: { suggestedName: string; data: Uint8Array }) => {
      saved.push(request);
      return { saved: answer };
    },
  },
}));

type Listener = ((event: { data: unknown }) => void) | null;
const scope: { onmessage: Listener; postMessage: (message: unknown) => void } = {
  onmessage: null,
  postMessage: () => undefined,
};
const posted: unknown[] = [];

class FakeWorker {
  onmessage: Listener = null;
  onerror: ((event: { message: string }) => void) | null = null;
  constructor() {
    scope.postMessage = (message) => queueMicrotask(() => this.onmessage?.({ data: message }));
  }
  postMessage(message: unknown) {
    // structuredClone as postMessage does: a function left in the deck would throw here.
    const copy = structuredClone(message);
    posted.push(copy);
    queueMicrotask(() => scope.onmessage?.({ data: copy }));
  }
}

const fontData: Record<string, string> = {
  'DejaVuSans.ttf': regularData,
  'DejaVuSans-Bold.ttf': boldData,
};
const globals = globalThis as unknown as Record<string, unknown>;
const before = {
  self: globals.self,
  Worker: globals.Worker,
  fetch: globals.fetch,
  OffscreenCanvas: globals.OffscreenCanvas,
};

beforeAll(async () => {
  globals.self = scope;
  globals.Worker = FakeWorker;
  globals.OffscreenCanvas = function OffscreenCanvas(width: number, height: number) {
    return createCanvas(width, height);
  };
  const realFetch = globalThis.fetch;
  globals.fetch = async (url: string) => {
    const name = String(url).split('?')[0]!.split('/').pop()!;
    return realFetch(fontData[name] ?? 'data:,');
  };
  await import('../../../workers/documents.worker');
});

afterAll(() => {
  Object.assign(globals, before);
});

const exporter = () => import('./deck-export');

let ws: ReturnType<typeof openTestWorkspace>;
beforeEach(() => {
  ws = openTestWorkspace();
  saved.length = 0;
  posted.length = 0;
  answer = true;
});

const LOGO = `data:image/png;base64,${Buffer.from(makeSlidePng(32, [200, 30, 30])).toString('base64')}`;

/** A deck with a title, a priced catalog item and bundle, an analysis, an image and the call to action. */
async function pricedDeck(hidePrices: boolean) {
  await ws.repos.settings.saveCompany(makeCompanyProfile({ logo: LOGO }));
  const item = await ws.repos.catalog.create(makeCatalogItemInput());
  const bundle = await ws.repos.bundles.create(makeBundleInput([item.id]));
  const analysis = await ws.repos.analyses.create(makeAnalysisInput('swot'));
  const deck = await ws.repos.decks.createDeck(
    makeDeckInput({ title: 'Messe: Portfolio', hidePrices }),
  );
  const add = async (kind: (typeof slideKinds)[number], patch: object) => {
    const slide = await ws.repos.slides.add(deck.id, kind);
    await ws.repos.slides.update(slide.id, { notes: 'NOTIZ: 12 % Rabatt drin', ...patch });
    return slide;
  };
  await add('title', { title: 'Willkommen' });
  await add('catalog-item', { catalogItemId: item.id, showPrices: true });
  await add('bundle', { bundleId: bundle.id, showPrices: true });
  await add('analysis', { analysisId: analysis.id });
  const media = await add('media', { title: 'Unser Team' });
  await ws.repos.slides.setMedia(media.id, {
    name: 'team.png',
    mimeType: 'image/png',
    data: makeSlidePng(64),
  });
  await add('lead-capture', {});
  return deck;
}

async function pptxParts(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const text = async (pattern: RegExp) =>
    (
      await Promise.all(
        Object.keys(zip.files)
          .filter((name) => pattern.test(name))
          .map(async (name) => (await zip.file(name)!.async('string')).match(/<a:t>[^<]*/g) ?? []),
      )
    )
      .flat()
      .map((run) => run.slice(5))
      .join(' ');
  return {
    slideCount: Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))
      .length,
    slides: await text(/^ppt\/slides\/slide\d+\.xml$/),
    notes: await text(/^ppt\/notesSlides\/notesSlide\d+\.xml$/),
    pictures: await Promise.all(
      Array.from(
        { length: 6 },
        async (_, index) =>
          ((await zip.file(`ppt/slides/slide${index + 1}.xml`)?.async('string')) ?? '').split(
            '<p:pic>',
          ).length - 1,
      ),
    ),
  };
}

describe('deckPdfBytes', () => {
  it('builds one 16:9 page per slide from the presentable deck, the chart drawn before posting', async () => {
    const deck = await pricedDeck(false);
    const { deckPdfBytes } = await exporter();
    const pdf = await PDFDocument.load(await deckPdfBytes(ws.repos, deck.id));
    expect(pdf.getPageCount()).toBe(6);
    expect(pdf.getPage(0).getSize()).toEqual({ width: 960, height: 540 });
    expect(pdf.getTitle()).toBe('Messe: Portfolio');
    const request = posted[0] as {
      kind: string;
      deckExport: {
        deck: { slides: { chart: unknown }[] };
        charts: object;
        media: object;
        logo: unknown;
      };
    };
    expect(request.kind).toBe('deck-pdf');
    // The chart went as a PNG (its configuration holds functions), the image and logo as bytes.
    expect(request.deckExport.deck.slides.every((slide) => slide.chart === null)).toBe(true);
    expect(Object.keys(request.deckExport.charts)).toHaveLength(1);
    expect(Object.keys(request.deckExport.media)).toHaveLength(1);
    expect(request.deckExport.logo).not.toBeNull();
  });

  it('posts nothing a price check would find when the deck hides prices', async () => {
    const deck = await pricedDeck(true);
    const { deckExportInput, deckPdfBytes } = await exporter();
    expect(priceTexts((await deckExportInput(ws.repos, deck.id)).deck)).toEqual([]);
    await deckPdfBytes(ws.repos, deck.id);
    const request = posted[0] as { deckExport: { deck: Parameters<typeof priceTexts>[0] } };
    expect(priceTexts(request.deckExport.deck)).toEqual([]);
  });
});

describe('deckPptxBytes', () => {
  it('has the prices when shown, none when hidden, and the notes only when asked for', async () => {
    const { deckPptxBytes } = await exporter();
    const shown = await pptxParts(await deckPptxBytes(ws.repos, (await pricedDeck(false)).id));
    expect(shown.slideCount).toBe(6);
    expect(looksLikeMoney(shown.slides)).toBe(true);
    expect(shown.notes).not.toContain('NOTIZ');
    // The logo on every slide, the chart on the analysis slide, the image on the media slide.
    expect(shown.pictures).toEqual([1, 1, 1, 2, 2, 1]);

    ws = openTestWorkspace();
    const hiddenDeck = await pricedDeck(true);
    const hidden = await pptxParts(
      await deckPptxBytes(ws.repos, hiddenDeck.id, { withNotes: true }),
    );
    expect(hidden.slideCount).toBe(6);
    expect(looksLikeMoney(hidden.slides)).toBe(false);
    expect(hidden.notes).toContain('NOTIZ: 12 % Rabatt drin');
    expect(hidden.slides).not.toContain('NOTIZ');
  });

  it('refuses a deck without slides', async () => {
    const deck = await ws.repos.decks.createDeck(makeDeckInput({ title: 'Leer' }));
    const { deckPptxBytes } = await exporter();
    await expect(deckPptxBytes(ws.repos, deck.id)).rejects.toThrow('deck.slides is empty');
  });
});

describe('exportLeads', () => {
  async function twoLeads() {
    const deck = await ws.repos.decks.createDeck(makeDeckInput({ fairName: 'it-sa 2027' }));
    for (const lastName of ['Vogt', '=SUMME(A1)'])
      await ws.repos.leads.capture({
        deckId: deck.id,
        form: makeLeadForm({ lastName }),
        noticeText: 'Datenschutzhinweis',
        noticeShownAt: '2027-10-08T10:29:00.000Z',
        newsletterOptIn: false,
        newsletterText: '',
        language: 'de',
      });
  }

  it('saves the leads as an Excel sheet with dates as dates', async () => {
    await twoLeads();
    const { exportLeads } = await exporter();
    expect(await exportLeads(ws.repos, 'xlsx', {}, 'de')).toBe(true);
    const file = saved[0]!;
    expect(file.suggestedName).toMatch(/^Messe-Leads \d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.data as never);
    const sheet = workbook.worksheets[0] as Worksheet;
    expect(sheet.rowCount).toBe(3);
    expect(sheet.getRow(1).getCell(4).value).toBe('Nachname');
    const names = [sheet.getRow(2).getCell(4).value, sheet.getRow(3).getCell(4).value];
    expect(names.sort()).toEqual(['=SUMME(A1)', 'Vogt']);
    expect(sheet.getRow(2).getCell(11).value).toBeInstanceOf(Date);
    expect(sheet.getRow(2).getCell(14).value).toBeInstanceOf(Date);
  });

  it('saves the leads as CSV with the formula defused, and says when the user cancels', async () => {
    await twoLeads();
    const { exportLeads } = await exporter();
    expect(await exportLeads(ws.repos, 'csv', {}, 'en')).toBe(true);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(saved[0]!.data);
    expect(text.startsWith('\uFEFFCaptured at;Fair;First name;Last name')).toBe(true);
    expect(text).toContain(";'=SUMME(A1);");
    expect(saved[0]!.suggestedName).toMatch(/^Fair leads \d{4}-\d{2}-\d{2}\.csv$/);
    answer = false;
    expect(await exportLeads(ws.repos, 'csv', {}, 'en')).toBe(false);
  });
});
