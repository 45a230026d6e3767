import { hasValidMod11_10CheckDigit } from './iso7064';

/**
 * VAT id prefixes we accept: the 27 EU states (Greece is `EL`, as in VIES), Northern Ireland
 * (`XI`), the United Kingdom (`GB`) and Switzerland (`CH`, whose UID reads `CHE-…`).
 */
export type VatCountry =
  | 'AT'
  | 'BE'
  | 'BG'
  | 'CY'
  | 'CZ'
  | 'DE'
  | 'DK'
  | 'EE'
  | 'EL'
  | 'ES'
  | 'FI'
  | 'FR'
  | 'HR'
  | 'HU'
  | 'IE'
  | 'IT'
  | 'LT'
  | 'LU'
  | 'LV'
  | 'MT'
  | 'NL'
  | 'PL'
  | 'PT'
  | 'RO'
  | 'SE'
  | 'SI'
  | 'SK'
  | 'XI'
  | 'GB'
  | 'CH';

// UK formats: standard (9 digits), branch trader (12), government department GD000–499,
// health authority HA500–999 (HMRC VAT Notice 700/1; python-stdnum gb/vat.py).
const ukPattern = /^(\d{9}|\d{12}|GD[0-4]\d{2}|HA[5-9]\d{2})$/;

/** Format of the part after the two-letter prefix (European Commission VIES format table). */
const patterns: Record<VatCountry, RegExp> = {
  AT: /^U\d{8}$/,
  BE: /^[01]\d{9}$/,
  BG: /^\d{9,10}$/,
  CY: /^\d{8}[A-Z]$/,
  CZ: /^\d{8,10}$/,
  // The first digit of a German USt-IdNr is never 0.
  DE: /^[1-9]\d{8}$/,
  DK: /^\d{8}$/,
  EE: /^\d{9}$/,
  EL: /^\d{9}$/,
  // Letter + 7 digits + letter/digit (companies, NIE), or 8 digits + letter (DNI): never all digits.
  ES: /^([A-Z]\d{7}[A-Z\d]|\d{8}[A-Z])$/,
  FI: /^\d{8}$/,
  // Two check characters (digits or letters except I and O) before the 9-digit SIREN.
  FR: /^[\dA-HJ-NP-Z]{2}\d{9}$/,
  HR: /^\d{11}$/,
  HU: /^\d{8}$/,
  // Old format with a letter/+/* second, and the 8- or 9-character formats (since 2013).
  IE: /^(\d[A-Z+*]\d{5}[A-W]|\d{7}[A-W][A-IW]?)$/,
  IT: /^\d{11}$/,
  LT: /^(\d{9}|\d{12})$/,
  LU: /^\d{8}$/,
  LV: /^\d{11}$/,
  MT: /^\d{8}$/,
  NL: /^\d{9}B\d{2}$/,
  PL: /^\d{10}$/,
  PT: /^\d{9}$/,
  RO: /^\d{2,10}$/,
  SE: /^\d{12}$/,
  SI: /^\d{8}$/,
  SK: /^\d{10}$/,
  XI: ukPattern,
  GB: ukPattern,
  // Swiss UID "CHE-123.456.789" with an optional VAT suffix (MWST/TVA/IVA, Romansh TPV).
  CH: /^E\d{9}(MWST|TVA|IVA|TPV)?$/,
};

/** Countries whose VAT ids carry an ISO 7064 MOD 11,10 check digit (German BZSt algorithm; Croatian OIB). */
const mod11_10Countries: ReadonlySet<VatCountry> = new Set<VatCountry>(['DE', 'HR']);

/** Where the VAT prefix differs from the ISO 3166-1 country code. */
const isoCountryByVatCountry: Partial<Record<VatCountry, string>> = { EL: 'GR', XI: 'GB' };

const isVatCountry = (prefix: string): prefix is VatCountry => Object.hasOwn(patterns, prefix);

/** Canonical form of a VAT id: trimmed, without spaces, dots or dashes, upper case ('' stays ''). */
export function normalizeVatId(value: string): string {
  return value.replace(/[\s.-]/g, '').toUpperCase();
}

/** The prefix of a valid VAT id (`EL` for Greece, `XI` Northern Ireland, `CH` Switzerland), else null. */
export function vatIdCountry(value: string): VatCountry | null {
  const normalized = normalizeVatId(value);
  const prefix = normalized.slice(0, 2);
  if (!isVatCountry(prefix)) return null;
  const rest = normalized.slice(2);
  if (!patterns[prefix].test(rest)) return null;
  if (mod11_10Countries.has(prefix) && !hasValidMod11_10CheckDigit(rest)) return null;
  return prefix;
}

/** Why a VAT id is refused: unknown country prefix, wrong format for the country, or a wrong check digit. */
export type VatIdProblem =
  | { kind: 'prefix' }
  | { kind: 'format'; country: VatCountry }
  | { kind: 'checkDigit'; country: VatCountry };

/** What is wrong with a VAT id, or null when it is valid (so a message can say which part to fix). */
export function vatIdProblem(value: string): VatIdProblem | null {
  const normalized = normalizeVatId(value);
  const prefix = normalized.slice(0, 2);
  if (!isVatCountry(prefix)) return { kind: 'prefix' };
  const rest = normalized.slice(2);
  if (!patterns[prefix].test(rest)) return { kind: 'format', country: prefix };
  if (mod11_10Countries.has(prefix) && !hasValidMod11_10CheckDigit(rest)) {
    return { kind: 'checkDigit', country: prefix };
  }
  return null;
}

/** True for a well-formed VAT id with country prefix (and a correct check digit for DE and HR). */
export function isValidVatId(value: string): boolean {
  return vatIdCountry(value) !== null;
}

/** ISO 3166-1 alpha-2 country of a VAT prefix (EL → GR, XI → GB), to compare with an address. */
export function vatCountryToIsoCountry(country: VatCountry): string {
  return isoCountryByVatCountry[country] ?? country;
}
