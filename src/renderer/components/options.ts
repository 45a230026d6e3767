/** Countries offered in address forms: the EU, EFTA and the UK, German names first. */
export const countryCodes = [
  'DE',
  'AT',
  'CH',
  'NL',
  'BE',
  'LU',
  'FR',
  'IT',
  'ES',
  'PT',
  'PL',
  'CZ',
  'SK',
  'HU',
  'SI',
  'HR',
  'DK',
  'SE',
  'FI',
  'EE',
  'LV',
  'LT',
  'IE',
  'GR',
  'CY',
  'MT',
  'RO',
  'BG',
  'NO',
  'IS',
  'LI',
  'GB',
  'US',
] as const;

/** Country select options labelled in the UI language (Intl.DisplayNames, no data file). */
export function countryOptions(language: string): { value: string; label: string }[] {
  const names = new Intl.DisplayNames([language], { type: 'region' });
  return countryCodes.map((code) => ({
    value: code,
    label: `${names.of(code) ?? code} (${code})`,
  }));
}
