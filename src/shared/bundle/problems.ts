/** One thing wrong with a bundle: where (a JSON path such as `offer.sections[1].lines[0].quantity`) and what. */
export type BundleProblem = { path: string; message: string };

/** `['offer', 'sections', 1, 'quantity']` → `offer.sections[1].quantity`; the root is ''. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    const name = String(key);
    return text === '' ? name : `${text}.${name}`;
  }, '');
}

// The domain schemas speak in i18n keys; a bundle's reader (often a script) needs sentences.
const messages: Record<string, string> = {
  'validation.required': 'is required',
  'validation.tooLong': 'is too long',
  'validation.decimal': 'must be a decimal number written as a string, e.g. "12.50"',
  'validation.negative': 'must not be negative',
  'validation.percent': 'must be a percentage from 0 to 100, written as a string, e.g. "19"',
  'validation.date': 'must be a date YYYY-MM-DD',
  'validation.country': 'must be a two-letter country code (ISO 3166-1), e.g. "DE"',
  'validation.color': 'must be a colour #RRGGBB',
  'validation.logo': 'must be a base64 data URL of a PNG, JPEG or SVG image',
  'validation.exchangeRate': 'must be an exchange rate above 0 (1 EUR = rate units)',
  'validation.exchangeRateMissing': 'is required for an offer not in EUR (1 EUR = rate units)',
  'validation.validUntil': 'must not be before the offer date',
  'validation.email': 'must be an e-mail address',
  'validation.phone': 'must be a phone number',
  'validation.postalCode': 'is not a postal code of the country',
  'validation.vatId': 'is not a valid VAT ID',
  'validation.vatRate': 'must be one of the VAT rates 19, 7 or 0',
  'validation.characters':
    'must not contain control characters (other than tab and line breaks), U+FFFE, U+FFFF or unpaired surrogates',
};

const kinds: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'an array',
};

type IssueLike = { code: string; message: string; expected?: unknown; input?: unknown };

/** ` (got "abc")` for a short primitive input, else '': enough to find the value in the file. */
function got(issue: IssueLike): string {
  const { input } = issue;
  const short =
    (typeof input === 'string' && input.length <= 40) ||
    typeof input === 'number' ||
    typeof input === 'boolean';
  return short ? ` (got ${JSON.stringify(input)})` : '';
}

/**
 * A readable message for a zod issue (English; the domain schemas' i18n keys are translated).
 * Parse with `{ reportInput: true }` so a missing field reads "is required".
 */
export function issueMessage(issue: IssueLike): string {
  const missing = 'input' in issue && issue.input === undefined;
  if (missing || issue.message.endsWith('received undefined')) return 'is required';
  const known = messages[issue.message];
  if (known !== undefined) {
    // No echo of a long value, or of one whose characters cannot be shown.
    const quiet = ['validation.required', 'validation.tooLong', 'validation.characters'].includes(
      issue.message,
    );
    return quiet ? known : `${known}${got(issue)}`;
  }
  if (issue.code === 'invalid_type') {
    const received = /received (\w+)$/.exec(issue.message)?.[1] ?? 'something else';
    if (issue.expected === 'string' && received === 'number') {
      return `must be a string: decimals are written as strings, e.g. "12.50"${got(issue)}`;
    }
    const expected = kinds[String(issue.expected)] ?? String(issue.expected);
    return `must be ${expected}, not ${received}`;
  }
  const message = issue.message.replace(/^Invalid (input|option): /, '');
  return message.startsWith('expected') || message.startsWith('must be')
    ? `${message}${got(issue)}`
    : message;
}

/** The problems without repeats (a date fails its pattern and its calendar check alike). */
export function uniqueProblems(problems: readonly BundleProblem[]): BundleProblem[] {
  const seen = new Set<string>();
  return problems.filter(({ path, message }) => {
    const key = `${path}\u0000${message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
