import { mod97 } from './iso7064';

/**
 * IBAN length per country of the SEPA scheme (EU/EEA, CH, GB, MC, SM, VA, AD, GI, and the
 * 2024/25 members AL, MD, ME, MK), from the SWIFT IBAN registry. Crown dependencies and
 * French/Spanish/Portuguese territories use the IBANs of GB, FR, ES and PT.
 */
export const ibanLengths: Readonly<Record<string, number>> = {
  AD: 24,
  AL: 28,
  AT: 20,
  BE: 16,
  BG: 22,
  CH: 21,
  CY: 28,
  CZ: 24,
  DE: 22,
  DK: 18,
  EE: 20,
  ES: 24,
  FI: 18,
  FR: 27,
  GB: 22,
  GI: 23,
  GR: 27,
  HR: 21,
  HU: 28,
  IE: 22,
  IS: 26,
  IT: 27,
  LI: 21,
  LT: 20,
  LU: 20,
  LV: 21,
  MC: 27,
  MD: 24,
  ME: 22,
  MK: 19,
  MT: 31,
  NL: 18,
  NO: 15,
  PL: 28,
  PT: 25,
  RO: 24,
  SE: 24,
  SI: 19,
  SK: 24,
  SM: 27,
  VA: 22,
};

/** Canonical (electronic) form of an IBAN: no whitespace, upper case. */
export function normalizeIban(value: string): string {
  return value.replace(/\s/g, '').toUpperCase();
}

/** True for an IBAN of a SEPA country with the right length and a valid mod-97 checksum; spaces allowed. */
export function isValidIban(value: string): boolean {
  const iban = normalizeIban(value);
  if (!/^[A-Z]{2}\d{2}[A-Z\d]+$/.test(iban)) return false;
  if (ibanLengths[iban.slice(0, 2)] !== iban.length) return false;
  // ISO 13616: move country code and check digits to the end; the remainder must be 1.
  return mod97(iban.slice(4) + iban.slice(0, 4)) === 1;
}

/** Display form of an IBAN: groups of four characters separated by spaces. */
export function formatIban(value: string): string {
  return normalizeIban(value).replace(/(.{4})(?=.)/g, '$1 ');
}

/** Canonical form of a BIC: no whitespace, upper case. */
export function normalizeBic(value: string): string {
  return value.replace(/\s/g, '').toUpperCase();
}

/** True for a BIC (ISO 9362): 4-letter bank, 2-letter country, 2-char location, optional 3-char branch; case-insensitive. */
export function isValidBic(value: string): boolean {
  return /^[A-Z]{4}[A-Z]{2}[A-Z\d]{2}([A-Z\d]{3})?$/.test(normalizeBic(value));
}
