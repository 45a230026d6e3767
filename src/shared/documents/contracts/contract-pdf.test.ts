import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import { PDFArray, PDFDocument, PDFRawStream, decodePDFRawStream } from '@cantoo/pdf-lib';
import { encode } from '@cantoo/pdf-lib/upng';
import { afterAll, describe, expect, it } from 'vitest';
import { ContractInputError } from '../../contracts/errors';
import { signContractPdf, verifySignedPdf } from '../../contracts/signing';
import type { SignatureInput } from '../../contracts/signing';
import {
  sampleContractClauses,
  sampleMaintenanceContract,
  sampleWerkvertrag,
} from '#test/contract-samples';
import { drawTestLogo } from '#test/proposal-fixture';
import { ContractExportError, buildContractDocument } from './contract-docx';
import type { ContractDocxInput } from './contract-input';
import { buildContractPdf } from './contract-pdf';
import type { ContractPdfFonts } from './contract-pdf';

const dir = mkdtempSync(join(tmpdir(), 'quotient-contract-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const fontDir = join(__dirname, '../../../../resources/fonts');
const fonts: ContractPdfFonts = {
  regular: new Uint8Array(readFileSync(join(fontDir, 'DejaVuSans.ttf'))),
  bold: new Uint8Array(readFileSync(join(fontDir, 'DejaVuSans-Bold.ttf'))),
};

let files = 0;
function save(bytes: Uint8Array): string {
  const path = join(dir, `contract-${(files += 1)}.pdf`);
  writeFileSync(path, bytes);
  return path;
}

/** The text of each page as pdftotext (poppler) lays it out. */
function pageTexts(bytes: Uint8Array): string[] {
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', save(bytes), '-'], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  return text.split('\f').slice(0, -1);
}

/** Lines of a page; text side by side is separated by " | ". */
const lines = (page: string) =>
  page
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.trim().replace(/\s{2,}/g, ' | '))
    .filter((line) => line !== '');

async function buildError(input: ContractDocxInput): Promise<unknown> {
  return buildContractPdf(input, fonts).then(
    () => null,
    (caught: unknown) => caught,
  );
}

/** The decoded content streams of a page, as text. */
async function pageContent(bytes: Uint8Array, index: number): Promise<string> {
  const doc = await PDFDocument.load(bytes);
  const contents = doc.getPage(index).node.Contents();
  const streams =
    contents instanceof PDFArray
      ? contents.asArray().map((ref) => doc.context.lookup(ref))
      : [contents];
  return streams
    .map((stream) =>
      stream instanceof PDFRawStream ? Buffer.from(decodePDFRawStream(stream).decode()) : '',
    )
    .join('\n');
}

describe('buildContractPdf (German Werkvertrag)', () => {
  const input = sampleWerkvertrag('de');
  const built = buildContractPdf(input, fonts);

  it('numbers the clauses § 1 … in the draft order, each heading on its own line', async () => {
    const text = pageTexts(await built).join('\n');
    const headings = input.clauses.map((clause, index) => `§ ${index + 1} ${clause.title}`);
    const found = lines(text).filter((line) => headings.includes(line));
    expect(found).toEqual(headings);
  });

  it('lists every clause in the contents with the page it starts on', async () => {
    const pages = pageTexts(await built);
    const contents = lines(pages[1]!);
    expect(contents[1]).toBe('Inhalt');
    const entries = input.clauses.map((clause, index) => {
      const heading = `§ ${index + 1} ${clause.title}`;
      const entry = contents.find((line) => line.startsWith(`${heading} .`))!;
      const printed = Number(/ \.+ \| (\d+)$/.exec(entry)![1]);
      const actual = pages.findIndex((page, at) => at > 1 && lines(page).includes(heading)) + 1;
      return [heading, printed, actual];
    });
    expect(entries.map(([heading, printed]) => [heading, printed])).toEqual(
      entries.map(([heading, , actual]) => [heading, actual]),
    );
    expect(entries[0]![2]).toBe(3);
  });

  it('resolves placeholders and references and prints German letters, quotes, § and €', async () => {
    const text = pageTexts(await built)
      .join('\n')
      .replace(/\s+/g, ' ')
      .replace(/\u00a0/g, ' ');
    const number = (id: string) => input.clauses.findIndex((clause) => clause.id === id) + 1;
    expect(text).not.toContain('{{');
    expect(text).not.toContain('?');
    expect(text).toContain(`im Rahmen von § ${number('warranty')} beseitigt`);
    expect(text).toContain(
      'Vergütung von 86.275,00 € einschließlich der gesetzlichen Umsatzsteuer',
    );
    expect(text).toContain('das Werk „Relaunch des Kundenportals“ mit den Leistungen nach § 1.');
  });

  it('has a cover with both parties and their roles, without header or page number', async () => {
    const cover = lines(pageTexts(await built)[0]!);
    expect(cover.slice(0, 3)).toEqual([
      'Nordlicht IT-Beratung GmbH',
      'WERKVERTRAG',
      'Relaunch des Kundenportals',
    ]);
    expect(cover.slice(3, 17)).toEqual([
      'zwischen',
      'Brandt & Söhne Maschinenbau GmbH',
      'Industriestraße 7',
      '33602 Bielefeld',
      'vertreten durch Dr. Anna Schmidt',
      '– nachfolgend „Auftraggeber“ –',
      'und',
      'Nordlicht IT-Beratung GmbH',
      'Speicherstadt 12',
      '20457 Hamburg',
      'vertreten durch Dr. Jana Petersen',
      '– nachfolgend „Auftragnehmer“ –',
      'Revision | 2',
      'Status | In Prüfung',
    ]);
    expect(cover.join('\n')).not.toMatch(/Seite \d/);
    expect(cover.join('\n')).toContain('Registergericht: Amtsgericht Hamburg HRB');
  });

  it('numbers the pages after the cover "Seite n von N" under a header naming the draft', async () => {
    const pages = pageTexts(await built);
    pages.slice(1).forEach((page, index) => {
      const all = lines(page);
      expect(all[0]).toBe(
        'Werkvertrag · Brandt & Söhne Maschinenbau GmbH · Revision 2 · In Prüfung | Nordlicht IT-Beratung GmbH',
      );
      expect(all).toContain(`Seite ${index + 2} von ${pages.length}`);
    });
  });

  it('ends with the signature blocks of both parties on one page', async () => {
    const pages = pageTexts(await built);
    const last = lines(pages[pages.length - 1]!);
    const from = last.indexOf('Unterschriften');
    // Side by side, each line level with its partner.
    expect(last.slice(from, from + 8)).toEqual([
      'Unterschriften',
      'Für den Auftraggeber | Für den Auftragnehmer',
      'Brandt & Söhne Maschinenbau GmbH | Nordlicht IT-Beratung GmbH',
      'Ort, Datum | Ort, Datum',
      'Unterschrift | Unterschrift',
      'Dr. Anna Schmidt | Dr. Jana Petersen',
      'Geschäftsführerin | Geschäftsführerin',
      'Name, Funktion | Name, Funktion',
    ]);
  });

  it('embeds the DejaVu fonts, only the letters used, and sets the document properties', async () => {
    const bytes = await built;
    const list = execFileSync('pdffonts', [save(bytes)], { encoding: 'utf8', timeout: 60_000 });
    expect(list).toMatch(/DejaVuSans-\d+ +CID TrueType +Identity-H +yes/);
    expect(list).toMatch(/DejaVuSans-Bold-\d+ +CID TrueType +Identity-H +yes/);
    // The whole regular font alone is 740 kB.
    expect(bytes.length).toBeLessThan(200_000);
    const doc = await PDFDocument.load(bytes);
    expect([doc.getTitle(), doc.getSubject(), doc.getAuthor()]).toEqual([
      'Relaunch des Kundenportals',
      'Werkvertrag',
      'Nordlicht IT-Beratung GmbH',
    ]);
  });

  it('gives the same bytes for the same input', async () => {
    const again = await buildContractPdf(sampleWerkvertrag('de'), fonts);
    expect(Buffer.from(again).equals(Buffer.from(await built))).toBe(true);
  });

  it('can be signed by both parties, and the signed file verifies', async () => {
    const pdf = await built;
    const sha256 = createHash('sha256').update(pdf).digest('hex');
    const ink = new Uint8Array(300 * 100 * 4);
    for (let x = 10; x < 290; x += 1) {
      const y = Math.round(50 + Math.sin(x / 12) * 25);
      for (let dy = -2; dy <= 2; dy += 1) ink.set([20, 40, 140, 255], ((y + dy) * 300 + x) * 4);
    }
    const png = new Uint8Array(encode([ink.buffer], 300, 100, 0));
    const signer = (role: SignatureInput['role'], name: string): SignatureInput => ({
      role,
      name,
      function: 'Geschäftsführerin',
      place: 'Hamburg',
      date: '2027-03-04',
      signedAt: '2027-03-04T10:15:00.000Z',
      png,
      strokePoints: 200,
    });
    const signed = await signContractPdf({
      pdf,
      signatures: [signer('client', 'Dr. Anna Schmidt'), signer('company', 'Dr. Jana Petersen')],
      meta: {
        contractTitle: input.title,
        revision: 2,
        documentSha256: sha256,
        device: 'Test',
        appVersion: '0.1.0',
        language: 'de',
      },
      fonts,
    });
    expect(await verifySignedPdf(signed.pdf, signed.sha256)).toEqual({
      ok: true,
      actual: signed.sha256,
    });
    const before = pageTexts(pdf);
    const after = pageTexts(signed.pdf);
    expect(after).toHaveLength(before.length + 2);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after[after.length - 1]).toContain(sha256);
  });
});

describe('buildContractPdf', () => {
  it('prints a reference as the number the clause has now', async () => {
    const input: ContractDocxInput = {
      ...sampleWerkvertrag('de'),
      clauses: [
        { id: 'a', title: 'Abnahme', body: 'Die Abnahme erfolgt gemäß {{ref:d}}.' },
        { id: 'b', title: 'Zwei', body: 'Zweiter Paragraph.' },
        { id: 'd', title: 'Testfälle', body: 'Abnahme nach Testfällen.' },
      ],
    };
    const text = pageTexts(await buildContractPdf(input, fonts)).join('\n');
    expect(text.replace(/\u00a0/g, ' ')).toContain('Die Abnahme erfolgt gemäß § 3.');
  });

  it('runs the contents over two pages when the clauses need it, each with its right page', async () => {
    const input: ContractDocxInput = {
      ...sampleWerkvertrag('de'),
      clauses: Array.from({ length: 70 }, (_, index) => ({
        id: `k${index}`,
        title: `Regelung Nummer ${index + 1} über „Änderungen“ und Vergütung in €`,
        body: `Absatz ${index + 1}. `.repeat(40 + (index % 5) * 30),
      })),
    };
    const pages = pageTexts(await buildContractPdf(input, fonts));
    const entries = pages.slice(1, 3).flatMap((page) =>
      lines(page)
        .map((line) => / \.+ \| (\d+)$/.exec(line) && line)
        .filter((line): line is string => line !== null),
    );
    expect(entries).toHaveLength(70);
    expect(lines(pages[2]!)[1]).not.toBe('Inhalt');
    const printed = entries.map((line) => Number(/(\d+)$/.exec(line)![1]));
    const actual = input.clauses.map(
      (clause, index) =>
        pages.findIndex(
          (page, at) => at > 2 && lines(page).includes(`§ ${index + 1} ${clause.title}`),
        ) + 1,
    );
    expect(printed).toEqual(actual);
    expect(actual[0]).toBe(4);
  });

  it('prints the SLA response table with its head in the English contract, "Section n" headings', async () => {
    const input = sampleMaintenanceContract('en');
    const pages = pageTexts(await buildContractPdf(input, fonts));
    const all = pages.flatMap(lines);
    expect(all).toContain('Section 1 Subject matter');
    const head = all.indexOf('Priority | Description | Response time | Resolution time');
    expect(all.slice(head + 1, head + 3)).toEqual([
      'P1 Critical | The service is unavailable or its core | 1 hour | 4 hours',
      'functions have failed for all users.',
    ]);
    expect(all.join('\n')).toContain('| best effort');
    expect(all.join('\n')).not.toContain('{{');
  });

  it('wraps long text within the margins, also a word longer than a line', async () => {
    const long = `${'Die Vergütung für Änderungen „nach Aufwand“ beträgt 1.250,00 € je Personentag. '.repeat(60)} ${'Donaudampfschifffahrtsgesellschaftskapitän'.repeat(4)}`;
    const input: ContractDocxInput = {
      ...sampleWerkvertrag('de'),
      clauses: [{ id: 'long', title: 'Vergütung', body: long }],
    };
    const path = save(await buildContractPdf(input, fonts));
    const html = execFileSync('pdftotext', ['-bbox', path, '-'], { encoding: 'utf8' });
    const right = [...html.matchAll(/xMax="([\d.]+)"/g)].map((match) => Number(match[1]));
    expect(Math.max(...right)).toBeLessThanOrEqual(595.28 - 56.7 + 0.5);
    const text = pageTexts(readFileSync(path)).join(' ').replace(/\s+/g, ' ');
    expect(text.split('1.250,00 € je Personentag').length - 1).toBe(60);
    expect(text.replace(/ /g, '')).toContain(
      'Donaudampfschifffahrtsgesellschaftskapitän'.repeat(4),
    );
  });

  it('draws the brand colour and the logo on the pages after the cover too', async () => {
    const input: ContractDocxInput = {
      ...sampleWerkvertrag('de'),
      branding: { brandColor: '#a0312b', logoPng: await drawTestLogo(createCanvas) },
    };
    const bytes = await buildContractPdf(input, fonts);
    const content = await pageContent(bytes, 2);
    // #a0312b = 160/255 49/255 43/255 as the stroke colour of the header rule.
    expect(content).toMatch(/0\.62745\d* 0\.19215\d* 0\.16862\d* RG/);
    const images = execFileSync('pdfimages', ['-list', save(bytes)], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter((line) => line.trim() !== '')
      .map((line) => Number(line.trim().split(/\s+/)[0]));
    expect(new Set(images)).toEqual(
      new Set(Array.from({ length: pageTexts(bytes).length }, (_, index) => index + 1)),
    );
  });

  it('keeps a long title and the drafting note on one cover page; an NDA names each a "Party"', async () => {
    const note =
      'Drafting aids, not legal advice: the clauses in this library are sample wording for typical IT contracts under German law. They do not replace a review of the individual case.';
    const input: ContractDocxInput = {
      ...sampleWerkvertrag('en'),
      contractType: 'nda',
      title:
        'Mutual non-disclosure agreement regarding the evaluation of a customer portal relaunch and the integration with SAP S/4HANA',
      clauses: sampleContractClauses('nda', 'en', {}),
      status: 'draft',
      disclaimer: note,
    };
    const pages = pageTexts(await buildContractPdf(input, fonts));
    const cover = lines(pages[0]!);
    expect(cover).toContain('(each a “Party”)');
    expect(cover.join(' ')).toContain(note);
    expect(lines(pages[1]!)[1]).toBe('Contents');
    const last = lines(pages[pages.length - 1]!);
    expect(last).toContain('Party | Party');
  });

  it('prints the drafting note on the cover only when given', async () => {
    const note = 'Formulierungshilfe, keine Rechtsberatung.';
    const without = pageTexts(await buildContractPdf(sampleWerkvertrag('de'), fonts)).join('\n');
    const withNote = pageTexts(
      await buildContractPdf({ ...sampleWerkvertrag('de'), disclaimer: note }, fonts),
    );
    expect(without).not.toContain(note);
    expect(lines(withNote[0]!)).toContain(note);
  });

  it('refuses what the Word file refuses, with the same issues', async () => {
    const input: ContractDocxInput = {
      ...sampleWerkvertrag('de'),
      variables: { ...sampleWerkvertrag('de').variables, 'offer.grossTotal': '' },
      clauses: [
        ...sampleWerkvertrag('de').clauses,
        { id: 'x', title: 'Extra', body: 'Siehe {{ref:nirgends}} und {{client.nmae}}.' },
      ],
      parties: {
        ...sampleWerkvertrag('de').parties,
        client: { ...sampleWerkvertrag('de').parties.client, address: ' ' },
      },
    };
    const pdfError = await buildError(input);
    const docxError: unknown = await buildContractDocument(input).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(pdfError).toBeInstanceOf(ContractExportError);
    expect((pdfError as ContractExportError).issues).toEqual(
      (docxError as ContractExportError).issues,
    );
    expect((pdfError as ContractExportError).issues.map((issue) => issue.kind).sort()).toEqual([
      'missingParty',
      'missingVariable',
      'unknownPlaceholder',
      'unknownReference',
    ]);
  });

  it('names the field of bad input: fonts, language, logo', async () => {
    const input = sampleWerkvertrag('de');
    const cases: [unknown, string][] = [
      [
        await buildContractPdf(input, { regular: fonts.regular } as ContractPdfFonts).catch(
          (error: unknown) => error,
        ),
        'fonts.bold',
      ],
      [
        await buildContractPdf(input, {
          regular: new Uint8Array([1, 2, 3]),
          bold: fonts.bold,
        }).catch((error: unknown) => error),
        'fonts',
      ],
      [await buildError({ ...input, language: 'fr' as 'de' }), 'language'],
      [
        await buildError({
          ...input,
          branding: { brandColor: '#000000', logoPng: new Uint8Array(8) },
        }),
        'branding.logoPng',
      ],
    ];
    expect(
      cases.map(([error, field]) => [error instanceof ContractInputError && error.field, field]),
    ).toEqual(cases.map(([, field]) => [field, field]));
  });
});
