// Characters XML 1.0 forbids (https://www.w3.org/TR/xml/#charsets): C0 controls other than tab,
// LF and CR, U+FFFE, U+FFFF, and surrogates without their pair. One of them in a text makes a
// .xlsx or .docx unreadable, so no text enters a document or a stored row with them.
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const FORBIDDEN_TEST = new RegExp(FORBIDDEN.source);

/** True when `text` holds a character XML 1.0 forbids. */
export function hasXmlForbiddenCharacters(text: string): boolean {
  return FORBIDDEN_TEST.test(text);
}

/** `text` without the characters XML 1.0 forbids; everything else is kept as it is. */
export function xmlSafeText(text: string): string {
  return hasXmlForbiddenCharacters(text) ? text.replace(FORBIDDEN, '') : text;
}

/**
 * A copy of plain data (objects, arrays) with every string made XML-safe; numbers, booleans,
 * null and binary data (typed arrays) are kept as they are. Functions are not expected.
 */
export function xmlSafeData<T>(value: T): T {
  if (typeof value === 'string') return xmlSafeText(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => xmlSafeData(item)) as T;
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) copy[key] = xmlSafeData(item);
  return copy as T;
}
