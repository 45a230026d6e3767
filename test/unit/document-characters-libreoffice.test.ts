// Texts holding characters XML 1.0 forbids (control characters, U+FFFE/U+FFFF, lone surrogates)
// must still give an Excel quote and a Word proposal that every reader opens, with the text
// minus those characters.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProposalDocument } from '../../src/shared/documents/proposal-document';
import { paragraphs, readDocx } from '../support/read-docx';
import { buildQuoteWorkbook } from '../../src/shared/documents/quote-workbook';
import type { DocumentData } from '../../src/shared/documents/types';
import { makeDocumentData, makeLine } from '../fixtures/documents/document-data';
import { loadWorkbook } from '../fixtures/documents/read-workbook';

const BAD = ['\u0000', '\u0001', '\u0008', '\u000B', '\u000C', '\u001F', '\uFFFE', '\uFFFF'];
// A trailing then a leading surrogate: next to each other they still make no pair.
const LONE = ['\uDC00', '\uD800'];

/** `text` with forbidden characters between its words and at its ends. */
function dirty(text: string, salt = 0): string {
  const bad = [...BAD, ...LONE];
  const pick = (index: number) => bad[(index + salt) % bad.length] as string;
  return `${pick(0)}${text.split(' ').join(` ${pick(1)}`)}${pick(2)}${pick(3)}`;
}

/** The readable texts, each with its dirty copy in the document data. */
const TEXTS = {
  company: 'Nordlicht Systemhaus GmbH',
  companyStreet: 'Hafenstraße 12',
  directors: 'Geschäftsführer Jens Kahl',
  client: 'Brandt Söhne Logistik KG',
  clientCity: 'Bremen Hemelingen',
  contact: 'Frau Anna Schmidt',
  author: 'Max Mustermann',
  title: 'Lagerverwaltung und Netzwerk',
  section: 'Leistungen vor Ort',
  line: 'Switch Kernnetz 48 Port',
  description: 'Montage im Serverraum inklusive Patchung',
  optional: 'Wartungsvertrag Premium',
  chapter: 'Ausgangslage',
  chapterBody: 'Die Kundin erneuert das Lager',
  unit: 'Karton',
} as const;

function dirtyData(): DocumentData {
  let salt = 0;
  const d = (text: string) => dirty(text, salt++);
  const base = makeDocumentData();
  return makeDocumentData({
    company: {
      ...base.company,
      name: d(TEXTS.company),
      street: d(TEXTS.companyStreet),
      managingDirectors: d(TEXTS.directors),
    },
    client: {
      ...base.client,
      name: d(TEXTS.client),
      city: d(TEXTS.clientCity),
      contactName: d(TEXTS.contact),
    },
    author: { ...base.author, name: d(TEXTS.author) },
    offer: { title: d(TEXTS.title) },
    sections: [
      {
        title: d(TEXTS.section),
        lines: [
          makeLine({ name: d(TEXTS.line), description: d(TEXTS.description), unit: TEXTS.unit }),
          makeLine({ name: d(TEXTS.optional), kind: 'optional', unitCost: '50.00' }),
        ],
      },
    ],
    chapters: [{ title: d(TEXTS.chapter), body: d(TEXTS.chapterBody) }],
    internal: true,
  });
}

/** A forbidden character anywhere in an XML part, raw or as a character reference. */
function forbiddenIn(xml: string): string[] {
  const found: string[] = [];
  // eslint-disable-next-line no-control-regex
  for (const match of xml.matchAll(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g)) {
    found.push(`U+${(match[0].codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`);
  }
  for (const match of xml.matchAll(/&#(x[0-9a-fA-F]+|\d+);/g)) {
    const code = match[1]?.startsWith('x')
      ? parseInt(match[1].slice(1), 16)
      : Number(match[1] ?? '0');
    const allowed =
      code === 0x9 ||
      code === 0xa ||
      code === 0xd ||
      (code >= 0x20 && code <= 0xd7ff) ||
      (code >= 0xe000 && code <= 0xfffd) ||
      code >= 0x10000;
    if (!allowed) found.push(match[0]);
  }
  // Lone surrogates survive UTF-8 encoding only as U+FFFD replacement characters.
  if (xml.includes('\uFFFD')) found.push('U+FFFD (a lone surrogate)');
  return found;
}

async function xmlProblems(bytes: Uint8Array): Promise<Record<string, string[]>> {
  const zip = await JSZip.loadAsync(bytes);
  const problems: Record<string, string[]> = {};
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir || !/\.(xml|rels)$/.test(name)) continue;
    const found = forbiddenIn(await entry.async('string'));
    if (found.length > 0) problems[name] = found;
  }
  return problems;
}

function which(command: string): string | null {
  try {
    return execFileSync('which', [command], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

const soffice = which('soffice');
const pdftotext = which('pdftotext');
const TIMEOUT = 180_000;

describe('documents built from texts with characters XML forbids', () => {
  let xlsx: Uint8Array;
  let docx: Uint8Array;

  beforeAll(async () => {
    const data = dirtyData();
    [xlsx, docx] = await Promise.all([
      buildQuoteWorkbook(data),
      buildProposalDocument(data, { chartPng: null }),
    ]);
  }, TIMEOUT);

  it('leave those characters out of every XML part', async () => {
    expect([await xmlProblems(xlsx), await xmlProblems(docx)]).toEqual([{}, {}]);
  });

  it('read back with ExcelJS, texts present without those characters', async () => {
    const workbook = await loadWorkbook(xlsx);
    const cells: string[] = [];
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          cells.push(cell.text);
        }),
      ),
    );
    const all = cells.join('\n');
    const expected = [
      TEXTS.company,
      TEXTS.client,
      TEXTS.line,
      TEXTS.description,
      TEXTS.section,
      TEXTS.optional,
    ];
    expect(expected.filter((text) => !all.includes(text))).toEqual([]);
    expect(workbook.creator).toBe(TEXTS.company);
    expect(workbook.title).toBe(TEXTS.title);
  });

  it('read back as docx, texts present without those characters', async () => {
    const parts = await readDocx(docx);
    const text = [
      ...paragraphs(parts.document),
      ...parts.headers.flatMap(paragraphs),
      ...parts.footers.flatMap(paragraphs),
    ].join('\n');
    const expected = Object.values(TEXTS).filter((value) => value !== TEXTS.unit);
    expect(expected.filter((value) => !text.includes(value))).toEqual([]);
  });

  describe.skipIf(soffice === null || pdftotext === null)('in LibreOffice', () => {
    let work: string;
    const pdfText: Record<'xlsx' | 'docx', string> = { xlsx: '', docx: '' };

    beforeAll(() => {
      work = mkdtempSync(join(tmpdir(), 'quotient-characters-'));
      const files = { xlsx: join(work, 'quote.xlsx'), docx: join(work, 'proposal.docx') };
      writeFileSync(files.xlsx, xlsx);
      writeFileSync(files.docx, docx);
      execFileSync(
        soffice as string,
        [
          '--headless',
          '--norestore',
          `-env:UserInstallation=file://${join(work, 'profile')}`,
          '--convert-to',
          'pdf',
          '--outdir',
          work,
          files.xlsx,
          files.docx,
        ],
        { timeout: TIMEOUT - 10_000, stdio: 'pipe' },
      );
      for (const kind of ['xlsx', 'docx'] as const) {
        const pdf = join(work, kind === 'xlsx' ? 'quote.pdf' : 'proposal.pdf');
        pdfText[kind] = existsSync(pdf)
          ? execFileSync(pdftotext as string, [pdf, '-'], { encoding: 'utf8' })
          : '';
      }
    }, TIMEOUT);

    afterAll(() => {
      if (work !== undefined) rmSync(work, { recursive: true, force: true });
    });

    it('converts both to PDF showing the cleaned texts', () => {
      const squash = (text: string) => text.replace(/\s+/g, ' ');
      const missing = (kind: 'xlsx' | 'docx', texts: string[]) =>
        texts.filter((text) => !squash(pdfText[kind]).includes(text));
      expect({
        xlsx: missing('xlsx', [TEXTS.company, TEXTS.client, TEXTS.line, TEXTS.section]),
        docx: missing('docx', [TEXTS.company, TEXTS.client, TEXTS.line, TEXTS.chapterBody]),
      }).toEqual({ xlsx: [], docx: [] });
    });
  });
});
