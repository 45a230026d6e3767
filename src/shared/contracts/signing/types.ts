/** Which party a signer signs for: our company or the client. */
export type SignerRole = 'company' | 'client';

export type SigningLanguage = 'de' | 'en';

/** One signature drawn on site. */
export type SignatureInput = {
  role: SignerRole;
  /** The signer's full name (required). */
  name: string;
  /** The signer's function, e.g. "Geschäftsführerin" (may be empty, e.g. a private client). */
  function?: string;
  /** Where it was signed (required: the "Ort, Datum" of the signature block). */
  place: string;
  /** The day of signing, YYYY-MM-DD. */
  date: string;
  /** The moment the signature was confirmed, ISO 8601 with time zone (e.g. 2027-03-04T10:15:00.000Z). */
  signedAt: string;
  /** The drawn signature as PNG (the signature pad's toDataURL('image/png') as bytes). */
  png: Uint8Array;
  /**
   * Points the signature pad recorded (sum of `points.length` over `toData()`); when given, fewer than
   * MIN_STROKE_POINTS mean the pad was not really drawn on. The PNG is checked for ink either way.
   */
  strokePoints?: number;
  /** The party's name printed above the block ("Für Muster GmbH"); defaults to a label by role. */
  party?: string;
};

export type SigningMeta = {
  contractTitle: string;
  /** The revision number being signed (1, 2, …). */
  revision: number;
  /** SHA-256 (64 hex digits) of the unsigned PDF; must match the bytes passed in. */
  documentSha256: string;
  /** The device signed on, e.g. "Windows 11 · Surface Pro 9" or the user agent. */
  device: string;
  appVersion: string;
  /** Language of the signature and audit pages; the legal statement is printed in both. */
  language: SigningLanguage;
};

/** A Unicode TrueType font for the added pages (e.g. resources/fonts/DejaVuSans*.ttf). */
export type SigningFonts = { regular: Uint8Array; bold?: Uint8Array };

export type SignContractPdfArgs = {
  /** The contract as printed to PDF. */
  pdf: Uint8Array;
  signatures: SignatureInput[];
  meta: SigningMeta;
  /**
   * Without fonts the pages use the PDF standard fonts (Helvetica: every German letter, „“ § – €),
   * and characters outside their Windows-1252 set are written without accents (Ł → L) or as "?".
   */
  fonts?: SigningFonts;
};

export type SignedPdf = {
  pdf: Uint8Array;
  /** SHA-256 of `pdf`, 64 lower-case hex digits: store it with the signed file. */
  sha256: string;
};

export type VerifyResult = {
  ok: boolean;
  /** SHA-256 of the bytes as they are now. */
  actual: string;
};
