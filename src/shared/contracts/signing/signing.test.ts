import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { encode } from '@cantoo/pdf-lib/upng';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSignature, signContractPdf, SigningInputError, verifySignedPdf } from './index';
import type { SignatureInput, SignContractPdfArgs, SigningMeta } from './index';

const dir = mkdtempSync(join(tmpdir(), 'quotient-signing-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const fontDir = join(__dirname, '../../../../resources/fonts');

type Rgba = [number, number, number, number];

/** A PNG of `width` × `height` on `ground`, with a wavy pen stroke in `ink` when given. */
function png(
  width: number,
  height: number,
  { ground = [0, 0, 0, 0], ink }: { ground?: Rgba; ink?: Rgba } = {},
): Uint8Array {
  const data = new Uint8Array(width * height * 4);
  for (let i = 0; i < data.length; i += 4) data.set(ground, i);
  if (ink !== undefined) {
    for (let x = 10; x < width - 10; x += 1) {
      const y = Math.round(height / 2 + Math.sin(x / 12) * (height / 4));
      for (let dy = -2; dy <= 2; dy += 1) data.set(ink, ((y + dy) * width + x) * 4);
    }
  }
  return new Uint8Array(encode([data.buffer], width, height, 0));
}

const BLUE_INK: Rgba = [20, 40, 140, 255];
const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

async function contractPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const text of ['§ 1 Gegenstand des Vertrags', '§ 2 Vergütung']) {
    doc.addPage([595.28, 841.89]).drawText(text, { x: 56, y: 780, size: 12, font });
  }
  doc.setTitle('Wartungsvertrag');
  return doc.save();
}

function signature(overrides: Partial<SignatureInput> = {}): SignatureInput {
  return {
    role: 'company',
    name: 'Jürgen Groß',
    function: 'Geschäftsführer',
    place: 'München',
    date: '2027-03-04',
    signedAt: '2027-03-04T10:15:00.000Z',
    png: png(400, 140, { ink: BLUE_INK }),
    strokePoints: 180,
    ...overrides,
  };
}

async function args(overrides: Partial<SignContractPdfArgs> = {}): Promise<SignContractPdfArgs> {
  const pdf = overrides.pdf ?? (await contractPdf());
  const meta: SigningMeta = {
    contractTitle: 'Wartungsvertrag „Rechenzentrum“ – Muster GmbH',
    revision: 2,
    documentSha256: sha256(pdf),
    device: 'Windows 11 · Surface Pro 9',
    appVersion: '0.1.0',
    language: 'de',
  };
  return {
    pdf,
    signatures: [
      signature(),
      signature({
        role: 'client',
        name: 'Łukasz Wiśniewski',
        function: 'IT-Leiter',
        party: 'Muster GmbH',
        signedAt: '2027-03-04T11:20:30+01:00',
        png: png(600, 200, { ground: [255, 255, 255, 255], ink: [0, 0, 0, 255] }),
      }),
    ],
    meta,
    ...overrides,
  };
}

function run(command: string, ...params: string[]): string {
  return execFileSync(command, params, { encoding: 'utf8', timeout: 60_000 });
}

function save(name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/** The text of page `page` (1-based) as poppler reads it, whitespace collapsed. */
function pageText(path: string, page: number): string {
  return run('pdftotext', '-f', String(page), '-l', String(page), '-layout', path, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

async function refusal(promise: Promise<unknown>): Promise<{ field: string; reason: string }> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SigningInputError);
  const { field, reason } = error as SigningInputError;
  return { field, reason };
}

describe('signContractPdf', () => {
  it('adds a signatures page and an audit page that poppler reads, with the images embedded', async () => {
    const input = await args();
    const signed = await signContractPdf(input);
    expect(signed.sha256).toBe(sha256(signed.pdf));
    const path = save('signed-de.pdf', signed.pdf);
    expect(run('pdfinfo', path)).toMatch(/Pages:\s+4\n/);

    const signatures = pageText(path, 3);
    expect(signatures).toContain('Unterschriften');
    expect(signatures).toContain('Wartungsvertrag „Rechenzentrum“ – Muster GmbH · Revision 2');
    expect(signatures).toContain('Für den Anbieter');
    expect(signatures).toContain('Jürgen Groß');
    expect(signatures).toContain('Geschäftsführer');
    expect(signatures).toContain('München, 04.03.2027');
    expect(signatures).toContain('Für Muster GmbH');
    // Helvetica has no Ł or ś: written without accents rather than dropped.
    expect(signatures).toContain('Lukasz Wisniewski');

    const audit = pageText(path, 4);
    expect(audit).toContain('Prüfprotokoll der Unterzeichnung');
    expect(audit).toContain(input.meta.documentSha256);
    expect(audit).toContain('Seiten des Vertragsdokuments 2');
    expect(audit).toContain('1. Für den Anbieter: Jürgen Groß, Geschäftsführer');
    expect(audit).toContain('Unterschrieben: 2027-03-04 10:15:00 UTC');
    expect(audit).toContain('2. Für Muster GmbH: Lukasz Wisniewski, IT-Leiter');
    expect(audit).toContain('Unterschrieben: 2027-03-04 10:20:30 UTC');
    expect(audit).toContain(sha256(input.signatures[1]!.png));
    expect(audit).toContain('Gerät Windows 11 · Surface Pro 9');
    expect(audit).toContain('App-Version 0.1.0');
    expect(audit).toContain(
      'Sie erfüllt die Textform (§ 126b BGB), nicht aber die Schriftform (§ 126 BGB)',
    );
    expect(audit).toContain('qualifizierte elektronische Signatur');
    expect(audit).toContain(
      'It satisfies text form (§ 126b BGB, German Civil Code) but not written form (§ 126 BGB)',
    );

    // Both drawings are images on the signatures page (each with its alpha channel as a mask).
    const images = run('pdfimages', '-list', path)
      .split('\n')
      .slice(2)
      .filter((line) => line.trim() !== '')
      .map((line) => line.trim().split(/\s+/))
      .map(([page, , type, width, height]) => ({ page, type, width, height }));
    expect(images.filter((image) => image.type === 'image')).toEqual([
      { page: '3', type: 'image', width: '400', height: '140' },
      { page: '3', type: 'image', width: '600', height: '200' },
    ]);
    // The contract pages are kept as they were.
    expect(pageText(path, 1)).toBe('§ 1 Gegenstand des Vertrags');
  });

  it('gives the same bytes for the same signing (no clock inside the file)', async () => {
    const input = await args();
    const first = await signContractPdf(input);
    const second = await signContractPdf(input);
    expect(second.sha256).toBe(first.sha256);
    const info = run('pdfinfo', '-isodates', save('meta.pdf', first.pdf));
    expect(info).toMatch(/ModDate:\s+2027-03-04T10:20:30Z/);
    expect(info).toMatch(/Producer:\s+Quotient 0\.1\.0/);
  });

  it('embeds the shipped DejaVu font so that every name shows, in English', async () => {
    const base = await args();
    const signed = await signContractPdf({
      ...base,
      meta: { ...base.meta, language: 'en' },
      fonts: {
        regular: readFileSync(join(fontDir, 'DejaVuSans.ttf')),
        bold: readFileSync(join(fontDir, 'DejaVuSans-Bold.ttf')),
      },
    });
    const path = save('signed-en.pdf', signed.pdf);
    expect(pageText(path, 3)).toContain('Łukasz Wiśniewski');
    expect(pageText(path, 3)).toContain('München, 4 March 2027');
    const audit = pageText(path, 4);
    expect(audit).toContain('Signing audit record');
    expect(audit).toContain('2. For Muster GmbH: Łukasz Wiśniewski, IT-Leiter');
    // The primary language first, then the other.
    expect(audit.indexOf('It satisfies text form')).toBeLessThan(
      audit.indexOf('Sie erfüllt die Textform'),
    );
    const fonts = run('pdffonts', path);
    // Embedded (emb = yes) for the regular and the bold text.
    expect(fonts).toMatch(/DejaVuSans-\d+\s+CID TrueType\s+Identity-H\s+yes/);
    expect(fonts).toMatch(/DejaVuSans-Bold-\d+\s+CID TrueType\s+Identity-H\s+yes/);
    // Subset: far smaller than the two font files.
    expect(signed.pdf.length).toBeLessThan(300_000);
  });

  it('signs a contract as Chromium prints it (the app prints with Electron), keeping its pages', async () => {
    // fixtures/contract-chromium.pdf: `chromium --headless --print-to-pdf` of contract-chromium.html.
    const pdf = new Uint8Array(readFileSync(join(__dirname, 'fixtures/contract-chromium.pdf')));
    const signed = await signContractPdf(await args({ pdf }));
    const path = save('signed-chromium.pdf', signed.pdf);
    const info = run('pdfinfo', '-l', '3', path);
    expect(info).toMatch(/Pages:\s+3\n/);
    expect(info).toMatch(/Title:\s+Wartungsvertrag\n/);
    // The added pages take the contract's page size.
    expect(info).toMatch(/Page\s+3 size:\s+594\.96 x 841\.92 pts \(A4\)/);
    expect(pageText(path, 1)).toContain(
      '§ 2 Vergütung Die monatliche Pauschale beträgt 1.250,00 €',
    );
    expect(pageText(path, 2)).toContain('Jürgen Groß');
    expect(pageText(path, 3)).toContain(sha256(pdf));
  });

  it('flows many signers over the pages without losing one', async () => {
    const base = await args();
    const signatures = Array.from({ length: 12 }, (_, i) =>
      signature({
        role: i % 2 === 0 ? 'company' : 'client',
        name: `Signer ${String(i + 1).padStart(2, '0')}`,
        party:
          i === 1
            ? 'Stadtwerke Musterstadt Anstalt des öffentlichen Rechts, Eigenbetrieb Informationstechnik'
            : undefined,
      }),
    );
    const path = save('many.pdf', (await signContractPdf({ ...base, signatures })).pdf);
    const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', path))![1]);
    expect(pages).toBeGreaterThan(4);
    const text = run('pdftotext', '-f', '3', path, '-');
    for (let i = 1; i <= 12; i += 1) {
      const name = `Signer ${String(i).padStart(2, '0')}`;
      // Once under the drawing, once in the audit record.
      expect(text.split(name).length - 1).toBe(2);
    }
    // Signer 02's party label takes three lines; its name still sits level with Signer 01's.
    const top = (word: string): number =>
      Number(
        new RegExp(`yMin="([\\d.]+)"[^>]*>${word}</word>`).exec(
          run('pdftotext', '-bbox', '-f', '3', '-l', '3', path, '-'),
        )![1],
      );
    expect(top('02')).toBeCloseTo(top('01'), 1);
    const types = run('pdfimages', '-list', path)
      .split('\n')
      .map((line) => line.trim().split(/\s+/)[2]);
    expect(types.filter((type) => type === 'image')).toHaveLength(12);
  });

  it('refuses bad input naming the field, and produces nothing', async () => {
    const input = await args();
    const [company, client] = input.signatures as [SignatureInput, SignatureInput];
    const withClient = (patch: Partial<SignatureInput>): Promise<unknown> =>
      signContractPdf({ ...input, signatures: [company, { ...client, ...patch }] });
    expect(await refusal(withClient({ name: '   ' }))).toEqual({
      field: 'signatures[1].name',
      reason: 'required',
    });
    expect(await refusal(withClient({ place: '' }))).toEqual({
      field: 'signatures[1].place',
      reason: 'required',
    });
    expect(await refusal(withClient({ date: '2027-02-29' }))).toEqual({
      field: 'signatures[1].date',
      reason: 'date',
    });
    expect(await refusal(withClient({ date: '04.03.2027' }))).toEqual({
      field: 'signatures[1].date',
      reason: 'date',
    });
    expect(await refusal(withClient({ signedAt: '2027-03-04 10:00' }))).toEqual({
      field: 'signatures[1].signedAt',
      reason: 'dateTime',
    });
    expect(await refusal(withClient({ png: png(400, 140) }))).toEqual({
      field: 'signatures[1].png',
      reason: 'empty',
    });
    expect(await refusal(signContractPdf({ ...input, signatures: [] }))).toEqual({
      field: 'signatures',
      reason: 'required',
    });
    expect(
      await refusal(
        signContractPdf({ ...input, meta: { ...input.meta, documentSha256: 'a'.repeat(64) } }),
      ),
    ).toEqual({ field: 'meta.documentSha256', reason: 'mismatch' });
    expect(
      await refusal(signContractPdf({ ...input, meta: { ...input.meta, language: 'fr' as 'de' } })),
    ).toEqual({
      field: 'meta.language',
      reason: 'invalid',
    });
    const notPdf = new TextEncoder().encode('not a pdf at all');
    expect(
      await refusal(
        signContractPdf({
          ...input,
          pdf: notPdf,
          meta: { ...input.meta, documentSha256: sha256(notPdf) },
        }),
      ),
    ).toEqual({ field: 'pdf', reason: 'pdf' });
  });
});

describe('verifySignedPdf', () => {
  it('confirms the stored hash and detects one flipped byte', async () => {
    const signed = await signContractPdf(await args());
    expect(await verifySignedPdf(signed.pdf, signed.sha256)).toEqual({
      ok: true,
      actual: signed.sha256,
    });
    expect(await verifySignedPdf(signed.pdf, signed.sha256.toUpperCase())).toEqual({
      ok: true,
      actual: signed.sha256,
    });
    const altered = signed.pdf.slice();
    const middle = Math.floor(altered.length / 2);
    altered[middle] = altered[middle]! ^ 0x01;
    expect(await verifySignedPdf(altered, signed.sha256)).toEqual({
      ok: false,
      actual: sha256(altered),
    });
  });

  it('refuses a stored value that is no SHA-256', async () => {
    expect(await refusal(verifySignedPdf(new Uint8Array([1]), 'abc'))).toEqual({
      field: 'storedSha256',
      reason: 'invalid',
    });
  });
});

describe('checkSignature', () => {
  it('gives the signature back with its texts trimmed', () => {
    const sig = signature({ name: '  Jürgen   Groß ', function: '  ', place: ' München' });
    expect(checkSignature(sig)).toEqual({
      ...sig,
      name: 'Jürgen Groß',
      function: '',
      place: 'München',
    });
  });

  it.each([
    ['a transparent canvas', png(300, 100), 'empty'],
    ['a white canvas', png(300, 100, { ground: [255, 255, 255, 255] }), 'empty'],
    ['white ink on a transparent canvas', png(300, 100, { ink: [255, 255, 255, 255] }), 'empty'],
    ['a faint stroke', png(300, 100, { ink: [0, 0, 0, 10] }), 'empty'],
    ['a dot', png(6, 6, { ground: [0, 0, 0, 255] }).slice(0, 0), 'empty'],
    [
      'a filled canvas',
      png(300, 100, { ground: [0, 0, 0, 255], ink: [255, 255, 255, 255] }),
      'png',
    ],
    ['bytes that are no PNG', new TextEncoder().encode('GIF89a……'), 'png'],
    ['a truncated PNG', png(300, 100, { ink: BLUE_INK }).slice(0, 60), 'png'],
  ])('refuses %s', (_name, image, reason) => {
    expect(() => checkSignature(signature({ png: image, strokePoints: undefined }))).toThrow(
      expect.objectContaining({ field: 'png', reason }),
    );
  });

  it('refuses a pad that recorded too few points even when the image has ink', () => {
    expect(() => checkSignature(signature({ strokePoints: 3 }))).toThrow(
      expect.objectContaining({ field: 'png', reason: 'empty' }),
    );
  });

  it('accepts a light coloured pen with a soft edge', () => {
    const sig = signature({ png: png(300, 100, { ink: [59, 130, 246, 200] }) });
    expect(checkSignature(sig).png).toBe(sig.png);
  });

  it('names the field of a missing name or a date that is not in the calendar', () => {
    expect(() => checkSignature(signature({ name: '' }))).toThrow(
      expect.objectContaining({ field: 'name', reason: 'required' }),
    );
    expect(() => checkSignature(signature({ date: '2027-13-01' }))).toThrow(
      expect.objectContaining({ field: 'date', reason: 'date' }),
    );
    expect(() => checkSignature(signature({ role: 'witness' as 'client' }))).toThrow(
      expect.objectContaining({ field: 'role', reason: 'invalid' }),
    );
  });
});
