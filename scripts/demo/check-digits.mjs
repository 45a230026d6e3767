// Check digits for the demo workspace's fictional VAT IDs and IBAN. The app's own validators
// live in src/shared/validation; these exist only so the generator can mint valid numbers.

/** German USt-IdNr.: `DE` + 8 digits + ISO 7064 MOD 11,10 check digit. */
export function germanVatId(eightDigits) {
  let product = 10;
  for (const digit of eightDigits) {
    let sum = (Number(digit) + product) % 10;
    if (sum === 0) sum = 10;
    product = (2 * sum) % 11;
  }
  const check = 11 - product;
  return `DE${eightDigits}${check === 10 ? 0 : check}`;
}

/** Austrian UID: `ATU` + 7 digits + Luhn-style check digit (offset 4). */
export function austrianVatId(sevenDigits) {
  let sum = 0;
  [...sevenDigits].forEach((digit, index) => {
    const value = Number(digit) * (index % 2 === 0 ? 1 : 2);
    sum += Math.floor(value / 10) + (value % 10);
  });
  return `ATU${sevenDigits}${(10 - ((sum + 4) % 10)) % 10}`;
}

/** Swiss UID with MWST suffix: `CHE-123.456.78c MWST`, weights 5 4 3 2 7 6 5 4, mod 11. */
export function swissVatId(eightDigits) {
  const weights = [5, 4, 3, 2, 7, 6, 5, 4];
  const sum = [...eightDigits].reduce(
    (acc, digit, index) => acc + Number(digit) * weights[index],
    0,
  );
  const check = (11 - (sum % 11)) % 11;
  if (check === 10) throw new Error(`no valid Swiss UID for ${eightDigits}`);
  const d = `${eightDigits}${check}`;
  return `CHE-${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6)} MWST`;
}

/** IBAN from country code and BBAN, with ISO 13616 mod-97 check digits. */
export function iban(country, bban) {
  const numeric = `${bban}${country}00`.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let remainder = 0;
  for (const digit of numeric) remainder = (remainder * 10 + Number(digit)) % 97;
  return `${country}${String(98 - remainder).padStart(2, '0')}${bban}`;
}
