import type { Language } from '../../domain';
import { Decimal, formatDecimal } from '../../money';
import type { ProposalLabels } from './labels';

/** A percentage for print ("19", "2.5" → de "2,5"); '' when empty or zero. */
export function formatPct(value: string, language: Language): string {
  if (value.trim() === '') return '';
  try {
    if (new Decimal(value).isZero()) return '';
    return formatDecimal(value, language);
  } catch {
    return value;
  }
}

/** The unit's printed abbreviation; free-text units print as they are. */
export function unitLabel(unit: string, labels: ProposalLabels): string {
  return labels.units[unit] ?? unit;
}

/** The offer number as printed: revision 1 has no suffix, later ones "-r2". */
export function offerLabel(number: string, revision: number): string {
  return revision > 1 ? `${number}-r${revision}` : number;
}

/** "#1C5D99" → "1C5D99" as docx colours take it; a bad value falls back to Quotient blue. */
export function docxColor(hex: string): string {
  return /^#[0-9a-fA-F]{6}$/.test(hex) ? hex.slice(1).toUpperCase() : '1C5D99';
}

/** The colour mixed with white (share 0–1 of the colour), for light row shading. */
export function tint(color: string, share: number): string {
  const channel = (offset: number) => {
    const value = Number.parseInt(color.slice(offset, offset + 2), 16);
    return Math.round(255 - (255 - value) * share)
      .toString(16)
      .padStart(2, '0');
  };
  return `${channel(0)}${channel(2)}${channel(4)}`.toUpperCase();
}

/** Pixel size of a PNG or JPEG from its header; null when it is neither. */
export function imageSize(data: Uint8Array): { width: number; height: number } | null {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  if (data.length >= 24 && data[0] === 0x89 && data[1] === 0x50 && data[2] === 0x4e) {
    return { width: view.getUint32(16), height: view.getUint32(20) };
  }
  if (data.length < 4 || data[0] !== 0xff || data[1] !== 0xd8) return null;
  let offset = 2;
  while (offset + 9 < data.length) {
    if (data[offset] !== 0xff) return null;
    const marker = data[offset + 1] as number;
    const length = view.getUint16(offset + 2);
    // SOF0–SOF15 carry the frame size; C4 (Huffman), C8 and CC (arithmetic) do not.
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      return { width: view.getUint16(offset + 7), height: view.getUint16(offset + 5) };
    }
    offset += 2 + length;
  }
  return null;
}

/** Scales an image to fit a box (in pixels at 96 dpi), keeping its aspect ratio. */
export function fitImage(
  size: { width: number; height: number } | null,
  box: { width: number; height: number },
): { width: number; height: number } {
  if (size === null || size.width <= 0 || size.height <= 0) return box;
  const scale = Math.min(box.width / size.width, box.height / size.height);
  return { width: Math.round(size.width * scale), height: Math.round(size.height * scale) };
}
