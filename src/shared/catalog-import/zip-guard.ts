// An .xlsx is a zip: a 99 KB file can inflate to gigabytes. Before ExcelJS inflates anything,
// the central directory's declared sizes are checked against limits, and every entry is inflated
// once as a stream, counting, and stopped as soon as it grows past what it declared.
import { ImportFileError, importErrors } from './errors';

export type ZipLimits = {
  /** Largest declared (and actual) uncompressed size of one entry, in bytes. */
  maxEntryBytes: number;
  /** Largest sum of all entries' uncompressed sizes, in bytes. */
  maxTotalBytes: number;
  maxEntries: number;
};

/** Limits for a catalog workbook: 40,000 items with a dozen columns stay far below them. */
export const XLSX_LIMITS: ZipLimits = {
  maxEntryBytes: 64 * 1024 * 1024,
  maxTotalBytes: 96 * 1024 * 1024,
  maxEntries: 2_000,
};

type ZipEntry = {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
};

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const unreadable = (reason: string) =>
  new ImportFileError(importErrors.xlsx, `not a readable XLSX file: ${reason}`);

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function tooLarge(detail: string, limits: ZipLimits): ImportFileError {
  return new ImportFileError(importErrors.tooLarge, `the XLSX file is too large: ${detail}`, null, {
    max: megabytes(limits.maxTotalBytes),
  });
}

/** The entries of the zip's central directory, without reading any compressed data. */
export function zipEntries(bytes: Uint8Array, limits: ZipLimits = XLSX_LIMITS): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  // The end record is 22 bytes plus a comment of up to 65,535 bytes, at the very end.
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (u32(at) === EOCD) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw unreadable('no zip directory found');
  const count = u16(eocd + 10);
  const directoryOffset = u32(eocd + 16);
  // ZIP64 marks its sizes with all-ones; a catalog workbook never needs it.
  if (count === 0xffff || directoryOffset === 0xffffffff) throw tooLarge('ZIP64 archive', limits);
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  for (let index = 0; index < count; index++) {
    if (at + 46 > bytes.length || u32(at) !== CENTRAL) throw unreadable('broken zip directory');
    const nameLength = u16(at + 28);
    const entry: ZipEntry = {
      method: u16(at + 10),
      compressedSize: u32(at + 20),
      uncompressedSize: u32(at + 24),
      localHeaderOffset: u32(at + 42),
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    };
    if (entry.uncompressedSize === 0xffffffff || entry.compressedSize === 0xffffffff) {
      throw tooLarge(`${entry.name} uses ZIP64 sizes`, limits);
    }
    entries.push(entry);
    at += 46 + nameLength + u16(at + 30) + u16(at + 32);
  }
  return entries;
}

/** The compressed bytes of an entry, found through its local header. */
function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) {
    throw unreadable(`broken entry ${entry.name}`);
  }
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw unreadable(`entry ${entry.name} is cut off`);
  return bytes.subarray(start, end);
}

/**
 * Inflates one entry as a stream, keeping nothing but a count, and stops as soon as it grows
 * past its declared size (a zip that lies about its sizes).
 */
async function checkInflatedSize(
  data: Uint8Array,
  entry: ZipEntry,
  limits: ZipLimits,
): Promise<void> {
  // Copied into a Blob: streams want their own ArrayBuffer, not a view into the file.
  const stream = new Blob([data.slice()])
    .stream()
    .pipeThrough(new DecompressionStream('deflate-raw'));
  const reader = stream.getReader();
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > entry.uncompressedSize) {
        void reader.cancel().catch(() => undefined);
        throw tooLarge(
          `${entry.name} inflates beyond the ${entry.uncompressedSize} bytes its directory declares`,
          limits,
        );
      }
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw unreadable(`entry ${entry.name} cannot be inflated`);
  }
}

/**
 * Refuses a zip whose entries would inflate beyond `limits`: first by the declared sizes (no
 * inflating at all), then by inflating each entry as a counted stream that stops at its declared
 * size. Throws ImportFileError (`tooLarge` or `xlsx`); nothing is kept in memory.
 */
export async function checkZipSize(
  bytes: Uint8Array,
  limits: ZipLimits = XLSX_LIMITS,
): Promise<void> {
  const entries = zipEntries(bytes, limits);
  if (entries.length > limits.maxEntries) {
    throw tooLarge(`${entries.length} entries (at most ${limits.maxEntries})`, limits);
  }
  let total = 0;
  for (const entry of entries) {
    if (entry.uncompressedSize > limits.maxEntryBytes) {
      throw tooLarge(
        `${entry.name} inflates to ${megabytes(entry.uncompressedSize)} (at most ${megabytes(limits.maxEntryBytes)})`,
        limits,
      );
    }
    total += entry.uncompressedSize;
  }
  if (total > limits.maxTotalBytes) {
    throw tooLarge(
      `its contents inflate to ${megabytes(total)} (at most ${megabytes(limits.maxTotalBytes)})`,
      limits,
    );
  }
  for (const entry of entries) {
    const data = entryData(bytes, entry);
    if (entry.method === 0) {
      if (data.length !== entry.uncompressedSize) throw unreadable(`broken entry ${entry.name}`);
    } else if (entry.method === 8) {
      await checkInflatedSize(data, entry, limits);
    } else {
      throw unreadable(`entry ${entry.name} uses compression method ${entry.method}`);
    }
  }
}
