/** Largest attachment accepted (20 MiB), as for catalog datasheets. */
export const ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024;

const TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
  ppt: 'application/vnd.ms-powerpoint',
  csv: 'text/csv',
  txt: 'text/plain',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
};

/** The MIME type of a file by its extension; unknown ones are plain bytes. */
export function mimeTypeOf(fileName: string): string {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  return TYPES[extension] ?? 'application/octet-stream';
}

/** A size in bytes for people: "512 B", "1,5 KB", "2,3 MB" (German decimal comma). */
export function formatSize(bytes: number, language: 'de' | 'en'): string {
  const format = (value: number) => {
    const text = value.toFixed(1).replace(/\.0$/, '');
    return language === 'de' ? text.replace('.', ',') : text;
  };
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${format(bytes / 1024)} KB`;
  return `${format(bytes / (1024 * 1024))} MB`;
}
