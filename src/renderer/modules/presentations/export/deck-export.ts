import i18next from 'i18next';
import type { Repositories } from '#data';
import type { Language } from '#shared/domain/common';
import { logoFromDataUrl } from '#shared/documents/from-app';
import { deckFileName, imageKind } from '#shared/documents/presentations/deck-input';
import type { DeckExportInput, ExportImage } from '#shared/documents/presentations/deck-input';
import { LEAD_TABLE_DATE_COLUMNS, leadTable, leadsCsv } from '#shared/presentations';
import type { PresentableDeck } from '#shared/presentations';
import { toLanguage } from '../../../components/useUiLanguage';
import { platform } from '../../../platform';
import { buildDeckFile, buildLeadsWorkbookFile } from '../../../workers/presentation-export.client';
import type { DocumentStep } from '../../../workers/documents.protocol';

export type DeckExportKind = 'pdf' | 'pptx';
export type LeadExportKind = 'csv' | 'xlsx';
export type LeadExportFilter = Parameters<Repositories['leads']['list']>[0];

export const DECK_FILE_FILTERS: Record<
  DeckExportKind | LeadExportKind,
  { name: string; extensions: string[] }
> = {
  pdf: { name: 'PDF', extensions: ['pdf'] },
  pptx: { name: 'PowerPoint', extensions: ['pptx'] },
  csv: { name: 'CSV', extensions: ['csv'] },
  xlsx: { name: 'Excel', extensions: ['xlsx'] },
};

/**
 * A picture PDF and PowerPoint cannot hold (WebP, SVG …) redrawn as PNG where the platform can
 * decode it (createImageBitmap, OffscreenCanvas); otherwise kept, and the export frames its name.
 */
async function placeable(image: ExportImage): Promise<ExportImage> {
  if (imageKind(image.data) !== null) return image;
  if (typeof createImageBitmap === 'undefined' || typeof OffscreenCanvas === 'undefined')
    return image;
  try {
    const bitmap = await createImageBitmap(
      new Blob([new Uint8Array(image.data)], { type: image.mimeType }),
    );
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0);
    bitmap.close();
    const png = await canvas.convertToBlob({ type: 'image/png' });
    return { data: new Uint8Array(await png.arrayBuffer()), mimeType: 'image/png' };
  } catch {
    return image;
  }
}

async function logoOf(repos: Repositories, deck: PresentableDeck): Promise<ExportImage | null> {
  const logo = deck.theme.logo;
  if (logo === null) return null;
  if (logo.dataUrl !== undefined) {
    const decoded = logoFromDataUrl(logo.dataUrl);
    if (decoded) return { data: decoded.data, mimeType: logo.mimeType };
    // An SVG logo: its bytes, for placeable() to draw as PNG.
    const svg = /^data:image\/svg\+xml;base64,([A-Za-z0-9+/=]+)$/.exec(logo.dataUrl);
    if (!svg) return null;
    const binary = atob(svg[1]!);
    return {
      data: Uint8Array.from(binary, (char) => char.charCodeAt(0)),
      mimeType: 'image/svg+xml',
    };
  }
  if (logo.sha256 === '') return null;
  const blob = await repos.blobs.get(logo.sha256);
  return blob ? { data: blob.data, mimeType: blob.type } : null;
}

/**
 * What the deck's PDF and PowerPoint are built from: the presentable deck (repos.decks.presentable,
 * the one place that decides what a slide shows, hidden prices included), the slides' image bytes
 * from the blob store (a video is drawn as a frame with its name, its bytes stay home) and the logo.
 * Charts are drawn when the file is built.
 */
export async function deckExportInput(
  repos: Repositories,
  deckId: string,
): Promise<DeckExportInput> {
  const deck = await repos.decks.presentable(deckId);
  const media: DeckExportInput['media'] = {};
  for (const slide of deck.slides) {
    const sha = slide.media?.kind === 'image' ? slide.media.sha256 : '';
    if (sha === '' || sha in media) continue;
    const blob = await repos.blobs.get(sha);
    if (blob) media[sha] = await placeable({ data: blob.data, mimeType: blob.type });
  }
  const logo = await logoOf(repos, deck);
  return { deck, media, logo: logo ? await placeable(logo) : null, charts: {} };
}

/** The deck as PDF bytes (one 16:9 page per slide, never the notes), built in the document worker. */
export async function deckPdfBytes(repos: Repositories, deckId: string): Promise<Uint8Array> {
  return buildDeckFile('pdf', await deckExportInput(repos, deckId));
}

/** The deck as PowerPoint bytes; the speaker notes only with `withNotes`. */
export async function deckPptxBytes(
  repos: Repositories,
  deckId: string,
  options: { withNotes?: boolean } = {},
): Promise<Uint8Array> {
  return buildDeckFile('pptx', await deckExportInput(repos, deckId), options);
}

/** Builds the deck file with progress; the name is the deck's title. */
export async function buildDeckExport(
  repos: Repositories,
  deckId: string,
  kind: DeckExportKind,
  { withNotes = false, onStep }: { withNotes?: boolean; onStep?: (step: DocumentStep) => void },
): Promise<{ data: Uint8Array; name: string }> {
  const input = await deckExportInput(repos, deckId);
  const data = await buildDeckFile(kind, input, { withNotes }, onStep);
  return { data, name: deckFileName(input.deck.deck.title, kind) };
}

const today = () => new Date().toISOString().slice(0, 10);

/** The leads file's name before the date, in the export's language. */
const LEADS_FILE_NAME: Record<Language, string> = { de: 'Messe-Leads', en: 'Fair leads' };

/**
 * The leads (as the review list filters them) as CSV (`;`, UTF-8 with BOM, formulas defused) or
 * Excel (header with filters, frozen, dates as dates), with their consent evidence, in the UI's
 * language, saved through the platform's save dialog. True when saved, false when cancelled.
 */
export async function exportLeads(
  repos: Repositories,
  kind: LeadExportKind,
  filter?: LeadExportFilter,
  language: Language = toLanguage(i18next.language),
): Promise<boolean> {
  const leads = await repos.leads.list(filter);
  const [consents, items] = await Promise.all([
    Promise.all(leads.map((lead) => repos.leads.consentFor(lead.id))),
    repos.catalog.list(),
  ]);
  const table = leadTable(
    leads,
    consents.filter((consent) => consent !== undefined),
    language,
    new Map(items.map((item) => [item.id, item.name])),
  );
  const data =
    kind === 'csv'
      ? new TextEncoder().encode(leadsCsv(table))
      : await buildLeadsWorkbookFile({ ...table, dateColumns: LEAD_TABLE_DATE_COLUMNS, language });
  const saved = await platform.saveFile({
    suggestedName: `${LEADS_FILE_NAME[language]} ${today()}.${kind}`,
    data,
    filters: [DECK_FILE_FILTERS[kind]],
  });
  return saved.saved;
}
