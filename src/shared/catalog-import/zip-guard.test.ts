// Crafted XLSX files: a small file holding a huge cell, a zip that lies about its sizes, and a
// cell over the length limit. Each is refused with a clear error, without inflating it whole.
import { constants, crc32, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { valueExcerpt } from './cells';
import { ImportFileError } from './errors';
import { readImportFile } from './read-file';
import { readXlsxRows } from './xlsx';
import { XLSX_LIMITS, checkZipSize } from './zip-guard';

const MB = 1024 * 1024;

/** A deflated entry: compressed bytes with the size and CRC of what they inflate to. */
type Deflated = { data: Uint8Array; size: number; crc: number };

/** Deflates `content` as one whole entry. */
function deflated(content: Uint8Array): Deflated {
  return { data: deflateRawSync(content), size: content.length, crc: crc32(content) };
}

/**
 * `prefix`, then `repeat` MB of "A", then `suffix`, deflated without ever holding the inflated
 * text: each part is a self-contained run of deflate blocks (full flush, no back-references
 * before its start), so the runs can be laid end to end.
 */
function deflatedBomb(prefix: string, repeat: number, suffix: string): Deflated {
  const flush = { finishFlush: constants.Z_FULL_FLUSH };
  const chunk = Buffer.alloc(MB, 'A');
  const head = Buffer.from(prefix);
  const tail = Buffer.from(suffix);
  const chunkDeflated = deflateRawSync(chunk, flush);
  let crc = crc32(head);
  for (let index = 0; index < repeat; index++) crc = crc32(chunk, crc);
  crc = crc32(tail, crc);
  const data = Buffer.concat([
    deflateRawSync(head, flush),
    ...Array.from({ length: repeat }, () => chunkDeflated),
    deflateRawSync(tail),
  ]);
  return { data, size: head.length + repeat * MB + tail.length, crc };
}

/** A zip of deflated entries; `declare` may state other uncompressed sizes than the real ones. */
function zip(entries: Record<string, Deflated>, declare: Record<string, number> = {}): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, entry] of Object.entries(entries)) {
    const fileName = Buffer.from(name);
    const size = declare[name] ?? entry.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(entry.crc >>> 0, 14);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(entry.crc >>> 0, 16);
    central.writeUInt32LE(entry.data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, Buffer.from(entry.data));
    centrals.push(central, fileName);
    offset += 30 + fileName.length + entry.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length / 2, 8);
  end.writeUInt16LE(centrals.length / 2, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

/** The entries of a real workbook (sheet "Katalog", rows as given), re-deflated for `zip`. */
async function workbookEntries(rows: string[][]): Promise<Record<string, Deflated>> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Katalog');
  for (const row of rows) sheet.addRow(row);
  const archive = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  const entries: Record<string, Deflated> = {};
  for (const [name, file] of Object.entries(archive.files)) {
    if (!file.dir) entries[name] = deflated(await file.async('uint8array'));
  }
  return entries;
}

const SHEET = 'xl/worksheets/sheet1.xml';
const sheetXml = (cell: string) => [
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
    '<row r="1"><c r="A1" t="inlineStr"><is><t>Bezeichnung</t></is></c>' +
    '<c r="B1" t="inlineStr"><is><t>Beschreibung</t></is></c></row>' +
    `<row r="2"><c r="A2" t="inlineStr"><is><t>Switch</t></is></c><c r="B2" t="inlineStr"><is><t>${cell}`,
  '</t></is></c></row></sheetData></worksheet>',
];

/** A real workbook whose cell B2 holds `megabytes` MB of text; sizes declared as given. */
async function hugeCellWorkbook(megabytes: number, declare: Record<string, number> = {}) {
  const entries = await workbookEntries([['Bezeichnung', 'Beschreibung']]);
  const [head, tail] = sheetXml('');
  entries[SHEET] = deflatedBomb(head as string, megabytes, tail as string);
  return zip(entries, declare);
}

const rejection = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ImportFileError);
  const { key, message, row, params } = error as ImportFileError;
  return { key, message, row, params };
};

describe('checkZipSize', () => {
  it('lets a normal workbook through, whose zip this test writes as Excel does', async () => {
    const bytes = zip(
      await workbookEntries([
        ['Bezeichnung', 'Preis'],
        ['Switch', '12,50'],
      ]),
    );
    await expect(checkZipSize(bytes)).resolves.toBeUndefined();
    expect(await readXlsxRows(bytes)).toEqual([
      ['Bezeichnung', 'Preis'],
      ['Switch', '12,50'],
    ]);
  });

  it('refuses a ~100 KB file with a 100 MB cell by its declared size, before inflating', async () => {
    const bytes = await hugeCellWorkbook(100);
    expect(bytes.length).toBeLessThan(200 * 1024);
    const before = process.memoryUsage();
    expect(await rejection(readXlsxRows(bytes))).toEqual({
      key: 'import.errors.tooLarge',
      message: `the XLSX file is too large: ${SHEET} inflates to 100.0 MB (at most 64.0 MB)`,
      row: null,
      params: { max: '96.0 MB' },
    });
    const after = process.memoryUsage();
    expect(after.arrayBuffers - before.arrayBuffers).toBeLessThan(50 * MB);
  });

  it('refuses contents that inflate beyond the total limit, each entry below its own', async () => {
    const entries = await workbookEntries([['Bezeichnung']]);
    const bytes = zip(entries, { [SHEET]: 60 * MB, 'xl/styles.xml': 60 * MB });
    expect((await rejection(checkZipSize(bytes))).message).toBe(
      'the XLSX file is too large: its contents inflate to 120.0 MB (at most 96.0 MB)',
    );
  });

  it('stops inflating an entry that lies about its size (1 GB declared as 2 KB)', async () => {
    const bytes = await hugeCellWorkbook(1024, { [SHEET]: 2048 });
    expect(bytes.length).toBeLessThan(2 * MB);
    const before = process.memoryUsage();
    expect(await rejection(readXlsxRows(bytes))).toMatchObject({
      key: 'import.errors.tooLarge',
      message: `the XLSX file is too large: ${SHEET} inflates beyond the 2048 bytes its directory declares`,
    });
    const after = process.memoryUsage();
    // Inflated whole, the cell would take a gigabyte (or fail as an unreadable file).
    expect(after.rss - before.rss).toBeLessThan(256 * MB);
    expect(after.arrayBuffers - before.arrayBuffers).toBeLessThan(64 * MB);
  });

  it('has limits far above a real catalog of 40,000 items', () => {
    expect(XLSX_LIMITS.maxTotalBytes).toBeGreaterThanOrEqual(64 * MB);
  });
});

describe('cell length', () => {
  it('refuses a cell over 10,000 characters, naming sheet, row and column', async () => {
    const long = 'x'.repeat(10_001);
    const bytes = zip(
      await workbookEntries([
        ['Bezeichnung', 'Beschreibung'],
        ['Ok', 'y'.repeat(10_000)],
        ['Lang', long],
      ]),
    );
    expect(await rejection(readXlsxRows(bytes))).toEqual({
      key: 'import.errors.cellTooLong',
      message: 'cell B3 of "Katalog" holds 10001 characters (at most 10000)',
      row: 3,
      params: { sheet: 'Katalog', column: 'B', length: 10_001, max: 10_000 },
    });
  });

  it('refuses a long cell in a CSV file too, naming the file', async () => {
    const csv = `Bezeichnung;Beschreibung\nSwitch;${'z'.repeat(20_000)}\n`;
    expect(
      await rejection(readImportFile({ name: 'artikel.csv', data: new TextEncoder().encode(csv) })),
    ).toMatchObject({
      key: 'import.errors.cellTooLong',
      row: 2,
      params: { sheet: 'artikel.csv', column: 'B', length: 20_000 },
    });
  });
});

describe('valueExcerpt', () => {
  it('shortens a long value to 60 characters and "…", keeping short ones', () => {
    expect([
      valueExcerpt('kurz'),
      valueExcerpt('a'.repeat(60)),
      valueExcerpt('b'.repeat(61)),
      valueExcerpt('c'.repeat(10_000_000)),
      valueExcerpt(`${'d'.repeat(59)}😀😀`),
    ]).toEqual([
      'kurz',
      'a'.repeat(60),
      `${'b'.repeat(60)}…`,
      `${'c'.repeat(60)}…`,
      `${'d'.repeat(59)}😀…`,
    ]);
  });
});
