import { decode, toRGBA8 } from '@cantoo/pdf-lib/upng';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** Larger than any signature pad (a 4K tablet at device pixel ratio 3 is ~3000 × 1000). */
export const MAX_PNG_BYTES = 8 * 1024 * 1024;
export const MAX_PNG_PIXELS = 12_000_000;
/** A pixel is ink when, laid on white paper, its darkest channel is at least this much below white. */
const INK_DARKNESS = 48;

export type PngInk = { width: number; height: number; inkPixels: number };

/** Width and height from the IHDR chunk, or null when the bytes do not start like a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes.length < 33 || PNG_SIGNATURE.some((byte, i) => bytes[i] !== byte)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(8) !== 13 || String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR')
    return null;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/**
 * Decodes a PNG and counts the pixels that show on white paper (alpha and colour together:
 * a transparent or white canvas has none). Throws on bytes that do not decode.
 */
export function pngInk(bytes: Uint8Array): PngInk {
  const size = pngSize(bytes);
  if (size === null) throw new Error('not a PNG file');
  const { width, height } = size;
  if (width < 1 || height < 1 || width * height > MAX_PNG_PIXELS)
    throw new Error(`image size ${width} × ${height} is out of range`);
  const copy = bytes.slice().buffer;
  const image = decode(copy);
  const frame = toRGBA8(image)[0];
  if (frame === undefined || frame.byteLength < width * height * 4)
    throw new Error('image data is incomplete');
  const rgba = new Uint8Array(frame);
  let inkPixels = 0;
  for (let i = 0; i < width * height * 4; i += 4) {
    const alpha = rgba[i + 3]!;
    if (alpha === 0) continue;
    const darkest = Math.min(rgba[i]!, rgba[i + 1]!, rgba[i + 2]!);
    // Composited on white: 255 − alpha × (255 − channel).
    if (((255 - darkest) * alpha) / 255 >= INK_DARKNESS) inkPixels += 1;
  }
  return { width, height, inkPixels };
}
