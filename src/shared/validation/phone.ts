// Digits, separators people type (space, dash, slash), one optional group in parentheses such as
// "(0211)" or "+49 (0) 211", and a single + that may only lead.
const phoneShape = /^\+?[\d /-]*(\( *\d[\d ]*\)[\d /-]*)?$/;

/** True for a phone number as typed in Germany or internationally: 6–15 digits, common separators. */
export function isValidPhone(value: string): boolean {
  const phone = value.trim();
  if (!phoneShape.test(phone)) return false;
  // The number must begin with +, a digit or "(" (the shape allows a leading separator) and end with a digit.
  if (!/^[+\d(]/.test(phone) || !/\d$/.test(phone)) return false;
  const digits = phone.replace(/\D/g, '').length;
  return digits >= 6 && digits <= 15;
}
