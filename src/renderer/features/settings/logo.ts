const mimeByExtension: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  svg: 'image/svg+xml',
};

/** A logo file as a data URL; throws an i18n key for an unsupported type. */
export function logoDataUrl(name: string, data: Uint8Array): string {
  const mime = mimeByExtension[name.split('.').pop()?.toLowerCase() ?? ''];
  if (!mime) throw new Error('settings.logoType');
  let binary = '';
  for (let i = 0; i < data.length; i += 0x8000) {
    binary += String.fromCharCode(...data.subarray(i, i + 0x8000));
  }
  return `data:${mime};base64,${btoa(binary)}`;
}
