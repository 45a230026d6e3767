import type { FileFilter } from '#shared/ipc/contract';
import { DEFAULT_OPEN_MAX_BYTES, MAX_FILE_BYTES } from '#shared/ipc/limits';
import { toSafeFileName } from '#shared/ipc/file-name';
import { PlatformError } from './errors';

// Shared by both platforms: how `accept` and `maxBytes` of openFile are understood.

const EXTENSION = /^[a-z0-9][a-z0-9_-]{0,15}$/;
const MIME_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/(\*|[a-z0-9][a-z0-9!#$&^_.+-]*)$/;

// Native dialogs filter by extension only; these MIME types get their extensions.
const extensionsByMimeType: Record<string, string[]> = {
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/svg+xml': ['svg'],
  'image/gif': ['gif'],
  'image/webp': ['webp'],
  'image/*': ['png', 'jpg', 'jpeg', 'gif', 'webp', 'svg'],
  'application/json': ['json'],
  'application/pdf': ['pdf'],
  'text/csv': ['csv'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
};

export type NormalizedAccept = { extensions: string[]; mimeTypes: string[] };

/** Sorts `accept` entries into extensions (without dot, lower case) and MIME types; drops junk. */
export function normalizeAccept(accept: readonly string[] | undefined): NormalizedAccept {
  const extensions = new Set<string>();
  const mimeTypes = new Set<string>();
  for (const raw of accept ?? []) {
    const entry = raw.trim().toLowerCase();
    if (entry.includes('/')) {
      if (MIME_TYPE.test(entry)) mimeTypes.add(entry);
      continue;
    }
    const extension = entry.startsWith('.') ? entry.slice(1) : entry;
    if (EXTENSION.test(extension)) extensions.add(extension);
  }
  return { extensions: [...extensions], mimeTypes: [...mimeTypes] };
}

/** The `accept` attribute of a file input: `.png,.jpg,image/webp`. */
export function acceptAttribute(accept: readonly string[] | undefined): string {
  const { extensions, mimeTypes } = normalizeAccept(accept);
  return [...extensions.map((extension) => `.${extension}`), ...mimeTypes].join(',');
}

/** Native open-dialog filters for `accept`, or undefined to show all files. */
export function acceptToFilters(accept: readonly string[] | undefined): FileFilter[] | undefined {
  const { extensions, mimeTypes } = normalizeAccept(accept);
  const all = new Set(extensions);
  mimeTypes.forEach((type) => extensionsByMimeType[type]?.forEach((ext) => all.add(ext)));
  // A MIME type we cannot translate would be filtered out wrongly: then show everything.
  if (all.size === 0 || mimeTypes.some((type) => !extensionsByMimeType[type])) return undefined;
  const list = [...all].slice(0, 20);
  return [{ name: list.map((extension) => extension.toUpperCase()).join(', '), extensions: list }];
}

/** The effective size limit of openFile; a bad value is a programming error, reported clearly. */
export function resolveMaxBytes(maxBytes: number | undefined): number {
  if (maxBytes === undefined) return DEFAULT_OPEN_MAX_BYTES;
  if (!Number.isInteger(maxBytes) || maxBytes <= 0 || maxBytes > MAX_FILE_BYTES) {
    throw new PlatformError({
      code: 'invalid-payload',
      message: `openFile: maxBytes must be a whole number from 1 to ${MAX_FILE_BYTES}, got ${maxBytes}`,
    });
  }
  return maxBytes;
}

/** A safe file name for an e-mail draft that ends in `.eml` (the desktop opens nothing else). */
export function draftFileName(suggestedName: string): string {
  const stem = toSafeFileName(suggestedName.replace(/\.eml$/i, '').replace(/^[.\s]+/, ''), '')
    .slice(0, 180)
    .replace(/[. ]+$/, '');
  return `${stem || 'Entwurf'}.eml`;
}
