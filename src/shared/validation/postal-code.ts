// Postal code formats of the countries Quotient's users mostly deal with (Universal Postal Union
// addressing guides); every other country gets a loose check so no real address is refused.
const patterns: Readonly<Record<string, RegExp>> = {
  // 01001–99998; no German code starts with 00.
  DE: /^(?!00)\d{5}$/,
  AT: /^[1-9]\d{3}$/,
  CH: /^[1-9]\d{3}$/,
  BE: /^[1-9]\d{3}$/,
  LU: /^[1-9]\d{3}$/,
  // Danish codes include 0800–0999 (e.g. 0900 København C for PO boxes).
  DK: /^\d{4}$/,
  // "1234 AB": first digit 1–9, the letter pairs SA, SD and SS are never issued.
  NL: /^[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}$/,
  FR: /^\d{5}$/,
  IT: /^\d{5}$/,
  // The first two digits are the province, 01–52.
  ES: /^(0[1-9]|[1-4]\d|5[0-2])\d{3}$/,
  FI: /^\d{5}$/,
  PL: /^\d{2}-\d{3}$/,
  // Outward code (A9, A99, A9A, AA9, AA99, AA9A) + inward code (9AA); GIR 0AA is Girobank.
  GB: /^([A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|GIR ?0AA)$/,
};

const fallback = /^[A-Z\d][A-Z\d -]{0,8}[A-Z\d]$/;

/** True when `code` is a plausible postal code for the ISO 3166-1 `country` (case-insensitive, trimmed). */
export function isValidPostalCode(country: string, code: string): boolean {
  const pattern = patterns[country.trim().toUpperCase()] ?? fallback;
  return pattern.test(code.trim().toUpperCase());
}
