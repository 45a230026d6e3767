type LogoType = 'png' | 'jpeg' | 'svg';

const typeByExtension: Record<string, LogoType> = {
  png: 'png',
  jpg: 'jpeg',
  jpeg: 'jpeg',
  svg: 'svg',
};

const mimeOf: Record<LogoType, string> = {
  png: 'image/png',
  jpeg: 'image/jpeg',
  svg: 'image/svg+xml',
};

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_SIGNATURE = [0xff, 0xd8, 0xff];

const startsWith = (data: Uint8Array, signature: readonly number[]): boolean =>
  data.length >= signature.length && signature.every((byte, index) => data[index] === byte);

/** Whether the bytes are what the extension says: the file's signature, or an <svg> root. */
function contentIs(type: LogoType, data: Uint8Array): boolean {
  if (type === 'png') return startsWith(data, PNG_SIGNATURE);
  if (type === 'jpeg') return startsWith(data, JPEG_SIGNATURE);
  const head = new TextDecoder('utf-8', { fatal: false }).decode(data.subarray(0, 4096));
  // An optional BOM, XML declaration, comments or doctype, then the <svg> element.
  return /^\uFEFF?\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<svg[\s>/]/i.test(
    head,
  );
}

/**
 * A logo file as a data URL; throws an i18n key for an unsupported type (by extension) or for a
 * file whose content is not the image its name says (a renamed document, a broken download).
 */
export function logoDataUrl(name: string, data: Uint8Array): string {
  const type = typeByExtension[name.split('.').pop()?.toLowerCase() ?? ''];
  if (!type) throw new Error('settings.logoType');
  if (!contentIs(type, data)) throw new Error('settings.logoNotImage');
  let binary = '';
  for (let i = 0; i < data.length; i += 0x8000) {
    binary += String.fromCharCode(...data.subarray(i, i + 0x8000));
  }
  return `data:${mimeOf[type]};base64,${btoa(binary)}`;
}
