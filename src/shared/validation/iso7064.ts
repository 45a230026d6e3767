// ISO 7064 check-digit systems shared by VAT ids (MOD 11,10) and IBANs (MOD 97-10).

/** True when the last digit of `digits` is the ISO 7064 MOD 11,10 check digit of the rest. */
export function hasValidMod11_10CheckDigit(digits: string): boolean {
  if (!/^\d{2,}$/.test(digits)) return false;
  let product = 10;
  for (const char of digits.slice(0, -1)) {
    let sum = (Number(char) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = (11 - product) % 10;
  return check === Number(digits.slice(-1));
}

/**
 * Remainder of an alphanumeric string modulo 97, letters counting A=10 … Z=35
 * (ISO 7064 MOD 97-10 as used by ISO 13616 IBANs); NaN for any other character.
 */
export function mod97(value: string): number {
  // Digit by digit keeps every intermediate below 97 * 100, far inside safe integers: no BigInt needed.
  let remainder = 0;
  for (const char of value) {
    const code = char.charCodeAt(0);
    if (code >= 48 && code <= 57) {
      remainder = (remainder * 10 + (code - 48)) % 97;
    } else if (code >= 65 && code <= 90) {
      remainder = (remainder * 100 + (code - 55)) % 97;
    } else {
      return Number.NaN;
    }
  }
  return remainder;
}
