import type { Language } from '../../domain/common';
import type { PresentableDeck } from '../../presentations/types';

/** Bytes of a picture the exports can place (PNG, JPEG or GIF; anything else becomes a frame). */
export type ExportImage = { data: Uint8Array; mimeType: string };

/**
 * What the deck's PDF and PowerPoint are built from: the presentable deck (its slides' content is all
 * they draw), the bytes of the slides' media and the logo, and each analysis chart drawn to PNG (the
 * chart.js configuration holds functions, so it is drawn before the deck goes to the worker; `chart`
 * may then be null in the slides).
 */
export type DeckExportInput = {
  deck: PresentableDeck;
  /** Media bytes by SHA-256; a missing entry draws a framed placeholder with the file's name. */
  media: Record<string, ExportImage>;
  logo: ExportImage | null;
  /** Chart PNG per slide id (analysis slides). */
  charts: Record<string, ExportImage>;
};

export class DeckExportInputError extends Error {
  constructor(
    readonly field: string,
    detail: string,
  ) {
    super(`deck export: ${field} ${detail}`);
    this.name = 'DeckExportInputError';
  }
}

/** Checks the input's shape before anything is built, naming the first wrong field. */
export function checkDeckExportInput(input: DeckExportInput): void {
  const deck = (input as Partial<DeckExportInput> | undefined)?.deck;
  if (!deck || !Array.isArray(deck.slides)) throw new DeckExportInputError('deck', 'is missing');
  if (deck.slides.length === 0)
    throw new DeckExportInputError('deck.slides', 'is empty: a deck without slides has no pages');
  for (const [name, image] of [
    ...Object.entries(input.media ?? {}).map(([key, value]) => [`media.${key}`, value] as const),
    ...Object.entries(input.charts ?? {}).map(([key, value]) => [`charts.${key}`, value] as const),
    ...(input.logo ? ([['logo', input.logo]] as const) : []),
  ])
    if (!(image.data instanceof Uint8Array)) throw new DeckExportInputError(name, 'has no bytes');
}

const LABELS = {
  de: { missing: 'Inhalt nicht mehr verfügbar', video: 'Video', image: 'Bild' },
  en: { missing: 'Content no longer available', video: 'Video', image: 'Image' },
} as const;

export const deckLabels = (language: Language) => LABELS[language === 'en' ? 'en' : 'de'];

/** "Messe-Deck it-sa.pdf": the deck title with characters file systems refuse replaced. */
export function deckFileName(title: string, extension: 'pdf' | 'pptx'): string {
  const clean = [...title]
    .map((char) => (char.charCodeAt(0) < 32 ? ' ' : char))
    .join('')
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 120)
    .trim();
  return `${clean === '' ? 'Deck' : clean}.${extension}`;
}

export type ImageKind = 'png' | 'jpg' | 'gif';

/** The picture's format by its first bytes (not its claimed type); null when neither PDF nor PowerPoint takes it. */
export function imageKind(bytes: Uint8Array): ImageKind | null {
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47)
    return 'png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return 'jpg';
  if (bytes[0] === 0x47 && bytes[1] === 0x49 && bytes[2] === 0x46) return 'gif';
  return null;
}

/** Pixel size of a PNG, JPEG or GIF from its header; null when it cannot be read. */
export function imageSize(bytes: Uint8Array): { width: number; height: number } | null {
  const kind = imageKind(bytes);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    if (kind === 'png') return { width: view.getUint32(16), height: view.getUint32(20) };
    if (kind === 'gif') return { width: view.getUint16(6, true), height: view.getUint16(8, true) };
    if (kind === 'jpg') {
      let at = 2;
      while (at + 9 < bytes.length) {
        if (bytes[at] !== 0xff) return null;
        const marker = bytes[at + 1]!;
        const length = view.getUint16(at + 2);
        // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
        if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker))
          return { height: view.getUint16(at + 5), width: view.getUint16(at + 7) };
        at += 2 + length;
      }
    }
  } catch {
    return null;
  }
  return null;
}

/** The largest box of the picture's aspect ratio inside the frame, centred. */
export function containBox(
  size: { width: number; height: number },
  frame: { x: number; y: number; w: number; h: number },
): { x: number; y: number; w: number; h: number } {
  const scale = Math.min(frame.w / size.width, frame.h / size.height);
  const w = size.width * scale;
  const h = size.height * scale;
  return { x: frame.x + (frame.w - w) / 2, y: frame.y + (frame.h - h) / 2, w, h };
}

/** A usable picture: bytes whose format both exports can place, with its size. */
export function usableImage(
  image: ExportImage | undefined | null,
): { data: Uint8Array; kind: ImageKind; width: number; height: number } | null {
  if (!image) return null;
  const kind = imageKind(image.data);
  const size = imageSize(image.data);
  if (kind === null || size === null || size.width <= 0 || size.height <= 0) return null;
  return { data: image.data, kind, ...size };
}
