import { PDFDocument, StandardFonts, rgb } from '@cantoo/pdf-lib';
import fontkit from '@cantoo/fontkit';
import { sha256Hex } from '#shared/hash';
import { SigningInputError } from './errors';
import { placeAndDate, SIGNING_TEXTS, SIMPLE_SIGNATURE_STATEMENT, utcTime } from './texts';
import type {
  SignatureInput,
  SignContractPdfArgs,
  SignedPdf,
  SigningFonts,
  SigningLanguage,
  SigningMeta,
  VerifyResult,
} from './types';
import { checkSignature, checkSigningMeta, readSha256 } from './validate';
import { MARGIN, PageWriter } from './writer';
import type { TextStyle, WriterFonts } from './writer';

const A4: [number, number] = [595.28, 841.89];
const COLUMN_GAP = 28;
const IMAGE_HEIGHT = 72;
const LABEL: TextStyle = { size: 10, font: 'bold', gap: 4 };
export const MAX_SIGNATURES = 12;

/**
 * Signs a contract PDF: adds a signatures page (each drawn signature with name, function, place and
 * date) and a final audit page (document SHA-256, signers and times, device, app version and the
 * statement that this is a simple electronic signature), and gives the signed bytes with their SHA-256.
 * Bad input throws a SigningInputError naming the field; nothing is produced then.
 */
export async function signContractPdf(args: SignContractPdfArgs): Promise<SignedPdf> {
  if (typeof args !== 'object' || args === null)
    throw new SigningInputError('args', 'required', 'must be an object');
  const meta = checkSigningMeta(args.meta);
  if (!Array.isArray(args.signatures) || args.signatures.length === 0)
    throw new SigningInputError('signatures', 'required', 'at least one signature is needed');
  if (args.signatures.length > MAX_SIGNATURES)
    throw new SigningInputError('signatures', 'invalid', `at most ${MAX_SIGNATURES} signatures`);
  const signatures = args.signatures.map((sig, i) => checkSignature(sig, `signatures[${i}].`));
  if (!(args.pdf instanceof Uint8Array) || args.pdf.length === 0)
    throw new SigningInputError('pdf', 'required', 'the contract PDF is missing');
  const actual = await sha256Hex(args.pdf);
  if (actual !== meta.documentSha256)
    throw new SigningInputError(
      'meta.documentSha256',
      'mismatch',
      `does not match the PDF (its SHA-256 is ${actual})`,
    );

  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(args.pdf, { updateMetadata: false });
  } catch (error) {
    throw new SigningInputError(
      'pdf',
      'pdf',
      `is not a readable PDF (${(error as Error).message})`,
    );
  }
  const pages = doc.getPages();
  const last = pages[pages.length - 1];
  if (last === undefined) throw new SigningInputError('pdf', 'pdf', 'has no pages');
  const { width, height } = last.getSize();
  const size: [number, number] = width > 200 && height > 200 ? [width, height] : A4;
  const fonts = await embedFonts(doc, args.fonts);

  const writer = new PageWriter(doc, fonts, size);
  await drawSignatures(doc, writer, signatures, meta);
  writer.newPage();
  await drawAudit(writer, signatures, meta, pages.length);

  // Fixed metadata: the same signing gives the same bytes (no "now" inside the file).
  const signedAt = signatures.map((sig) => Date.parse(sig.signedAt));
  doc.setModificationDate(new Date(Math.max(...signedAt)));
  doc.setProducer(`Quotient ${meta.appVersion}`);
  if (doc.getTitle() === undefined) doc.setTitle(meta.contractTitle);
  const bytes = await doc.save();
  return { pdf: bytes, sha256: await sha256Hex(bytes) };
}

/** Checks a stored signed PDF against the SHA-256 stored with it; `ok` false means it was altered. */
export async function verifySignedPdf(
  bytes: Uint8Array,
  storedSha256: string,
): Promise<VerifyResult> {
  const expected = readSha256(storedSha256, 'storedSha256');
  if (!(bytes instanceof Uint8Array))
    throw new SigningInputError('bytes', 'required', 'the signed PDF is missing');
  const actual = await sha256Hex(bytes);
  return { ok: actual === expected, actual };
}

async function embedFonts(doc: PDFDocument, fonts: SigningFonts | undefined): Promise<WriterFonts> {
  const mono = await doc.embedFont(StandardFonts.Courier);
  if (fonts === undefined) {
    return {
      regular: await doc.embedFont(StandardFonts.Helvetica),
      bold: await doc.embedFont(StandardFonts.HelveticaBold),
      mono,
    };
  }
  doc.registerFontkit(fontkit);
  try {
    const regular = await doc.embedFont(fonts.regular, { subset: true });
    const bold =
      fonts.bold === undefined ? regular : await doc.embedFont(fonts.bold, { subset: true });
    return { regular, bold, mono };
  } catch (error) {
    throw new SigningInputError(
      'fonts',
      'invalid',
      `is not a usable font (${(error as Error).message})`,
    );
  }
}

function partyLabel(sig: SignatureInput, language: SigningLanguage): string {
  const texts = SIGNING_TEXTS[language];
  return sig.party === undefined ? texts.roleParty[sig.role] : texts.forParty(sig.party);
}

/** The lines under a signature: name, function (if any), place and date. */
function signerLines(sig: SignatureInput, language: SigningLanguage): [string, TextStyle][] {
  const lines: [string, TextStyle][] = [[sig.name, { size: 10, font: 'bold' }]];
  if (sig.function) lines.push([sig.function, { size: 9 }]);
  lines.push([placeAndDate(sig.place, sig.date, language), { size: 9 }]);
  return lines;
}

async function drawSignatures(
  doc: PDFDocument,
  writer: PageWriter,
  signatures: SignatureInput[],
  meta: SigningMeta,
): Promise<void> {
  const texts = SIGNING_TEXTS[meta.language];
  writer.text(texts.signaturesHeading, { size: 16, font: 'bold', gap: 4 });
  writer.text(`${meta.contractTitle} · ${texts.revision(meta.revision)}`, { size: 10, gray: true });
  writer.rule(10);
  const columnWidth = (writer.contentWidth - COLUMN_GAP) / 2;
  for (let row = 0; row < signatures.length; row += 2) {
    const pair = signatures.slice(row, row + 2).map((sig, column) => ({
      sig,
      x: column * (columnWidth + COLUMN_GAP),
    }));
    // A row never breaks across pages.
    const tallest = (part: (sig: SignatureInput) => number): number =>
      Math.max(...pair.map(({ sig }) => part(sig)));
    writer.ensure(
      12 +
        tallest((sig) => writer.measure(partyLabel(sig, meta.language), LABEL, columnWidth)) +
        IMAGE_HEIGHT +
        6 +
        tallest((sig) =>
          signerLines(sig, meta.language).reduce(
            (sum, [text, style]) => sum + writer.measure(text, style, columnWidth),
            0,
          ),
        ),
    );
    const top = writer.y - 12;
    // Party labels first, so that both signature lines of a row sit at the same height.
    let labelBottom = top;
    for (const { sig, x } of pair) {
      writer.y = top;
      writer.text(partyLabel(sig, meta.language), LABEL, x, columnWidth);
      labelBottom = Math.min(labelBottom, writer.y);
    }
    const lineY = labelBottom - IMAGE_HEIGHT - 2;
    let bottom = lineY;
    for (const { sig, x } of pair) {
      const image = await doc.embedPng(sig.png);
      const scale = Math.min(IMAGE_HEIGHT / image.height, columnWidth / image.width);
      writer.page.drawImage(image, {
        x: MARGIN + x,
        y: lineY + 2,
        width: image.width * scale,
        height: image.height * scale,
      });
      writer.page.drawLine({
        start: { x: MARGIN + x, y: lineY },
        end: { x: MARGIN + x + columnWidth, y: lineY },
        thickness: 0.75,
        color: rgb(0.1, 0.1, 0.12),
      });
      writer.y = lineY - 4;
      for (const [text, style] of signerLines(sig, meta.language))
        writer.text(text, style, x, columnWidth);
      bottom = Math.min(bottom, writer.y);
    }
    writer.y = bottom - 12;
  }
  writer.rule(6);
  writer.text(texts.signaturesNote, { size: 8, gray: true });
}

async function drawAudit(
  writer: PageWriter,
  signatures: SignatureInput[],
  meta: SigningMeta,
  pageCount: number,
): Promise<void> {
  const texts = SIGNING_TEXTS[meta.language];
  writer.text(texts.auditHeading, { size: 16, font: 'bold', gap: 6 });
  writer.field(texts.contract, `${meta.contractTitle} · ${texts.revision(meta.revision)}`);
  writer.field(texts.pages, String(pageCount));
  writer.field(texts.documentHash, meta.documentSha256, 'mono');
  writer.field(texts.device, meta.device);
  writer.field(texts.appVersion, meta.appVersion);
  writer.rule(6);
  writer.text(texts.signers, { size: 12, font: 'bold', gap: 4 });
  for (const [i, sig] of signatures.entries()) {
    writer.ensure(80);
    const who = [sig.name, sig.function].filter(Boolean).join(', ');
    writer.text(`${i + 1}. ${partyLabel(sig, meta.language)}: ${who}`, {
      size: 10,
      font: 'bold',
      gap: 1,
    });
    writer.text(
      `${texts.placeDate}: ${placeAndDate(sig.place, sig.date, meta.language)}`,
      { size: 9 },
      14,
    );
    writer.text(`${texts.signedAt}: ${utcTime(sig.signedAt)}`, { size: 9 }, 14);
    writer.text(`${texts.imageHash}:`, { size: 8, gray: true }, 14);
    writer.text(await sha256Hex(sig.png), { size: 8.5, font: 'mono', gap: 6 }, 14);
  }
  writer.rule(6);
  writer.text(texts.legalHeading, { size: 12, font: 'bold', gap: 4 });
  const other: SigningLanguage = meta.language === 'de' ? 'en' : 'de';
  writer.text(SIMPLE_SIGNATURE_STATEMENT[meta.language], { size: 10, gap: 6 });
  writer.text(SIMPLE_SIGNATURE_STATEMENT[other], { size: 10, gap: 10 });
  writer.text(texts.storedHashNote, { size: 8, gray: true });
}
