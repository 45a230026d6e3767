// Owned by the validation module: real implementations live in the files re-exported here.
export {
  isValidVatId,
  normalizeVatId,
  vatCountryToIsoCountry,
  vatIdCountry,
  vatIdProblem,
} from './vat-id';
export type { VatCountry, VatIdProblem } from './vat-id';
export {
  formatIban,
  ibanLengths,
  isValidBic,
  isValidIban,
  normalizeBic,
  normalizeIban,
} from './bank';
export { isValidPostalCode } from './postal-code';
export { isValidPhone } from './phone';
