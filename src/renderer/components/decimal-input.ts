/** German users type a decimal comma; storage wants a point. "48.500,50" → "48500.50". */
export function normalizeDecimalInput(value: unknown): string {
  const text = String(value ?? '')
    .trim()
    .replace(/\s|€/g, '');
  if (text.includes(',')) return text.replace(/\./g, '').replace(',', '.');
  return text;
}

/** A decimal string as typed in the UI language: "1234.5" → "1234,5" in German. */
export function displayDecimal(value: string, language: string): string {
  return language === 'de' ? value.replace('.', ',') : value;
}
