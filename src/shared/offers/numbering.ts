/**
 * Offer numbers from a scheme such as `A-{YYYY}-{initials}-{seq:4}`. Tokens: {YYYY}, {YY}, {MM},
 * {initials}, {device}, {seq} and {seq:N} (zero-padded to N digits). A scheme must name the
 * user or the device, because team members number offers offline and must never collide.
 */

import { isCalendarDate } from '../domain/calendar-date';

export const DEFAULT_NUMBER_SCHEME = 'A-{YYYY}-{initials}-{seq:4}';

export type NumberSchemeError =
  | 'validation.numberScheme.unknownToken'
  | 'validation.numberScheme.notUnique'
  | 'validation.numberScheme.noSeq';

export type NumberParts = {
  scheme: string;
  /** The offer date, `YYYY-MM-DD`. */
  date: string;
  /** The user's initials (upper case). */
  initials: string;
  /** This installation's short code, see deviceCode. */
  device: string;
};

type Token =
  | { kind: 'text'; text: string }
  | { kind: 'YYYY' | 'YY' | 'MM' | 'initials' | 'device' }
  | { kind: 'seq'; width: number };

const TOKEN_PATTERN = /\{([^{}]*)\}/g;
const NAMED = new Set(['YYYY', 'YY', 'MM', 'initials', 'device']);
const SEQ_PATTERN = /^seq(?::([1-9]|1[0-2]))?$/;

/** Splits a scheme into text and tokens; null when it holds an unknown token or a stray brace. */
function tokenize(scheme: string): Token[] | null {
  const tokens: Token[] = [];
  let rest = 0;
  for (const match of scheme.matchAll(TOKEN_PATTERN)) {
    const text = scheme.slice(rest, match.index);
    if (/[{}]/.test(text)) return null;
    if (text) tokens.push({ kind: 'text', text });
    const name = match[1] ?? '';
    const seq = SEQ_PATTERN.exec(name);
    if (seq) tokens.push({ kind: 'seq', width: Number(seq[1] ?? 1) });
    else if (NAMED.has(name)) tokens.push({ kind: name as 'YYYY' });
    else return null;
    rest = match.index + match[0].length;
  }
  const tail = scheme.slice(rest);
  if (/[{}]/.test(tail)) return null;
  if (tail) tokens.push({ kind: 'text', text: tail });
  return tokens;
}

/** null when the scheme is usable, otherwise the i18n key of what is wrong with it. */
export function validateNumberScheme(scheme: string): NumberSchemeError | null {
  const tokens = tokenize(scheme);
  if (!tokens) return 'validation.numberScheme.unknownToken';
  if (!tokens.some(({ kind }) => kind === 'initials' || kind === 'device')) {
    return 'validation.numberScheme.notUnique';
  }
  // Exactly one counter: two would make the sequence key ambiguous.
  if (tokens.filter(({ kind }) => kind === 'seq').length !== 1) {
    return 'validation.numberScheme.noSeq';
  }
  return null;
}

/** A short, stable per-installation code: the first 4 characters of the node id, upper-cased. */
export function deviceCode(nodeId: string): string {
  return nodeId.slice(0, 4).toUpperCase();
}

function render(tokens: Token[], { date, initials, device }: NumberParts, seq: string): string {
  return tokens
    .map((token) => {
      switch (token.kind) {
        case 'text':
          return token.text;
        case 'YYYY':
          return date.slice(0, 4);
        case 'YY':
          return date.slice(2, 4);
        case 'MM':
          return date.slice(5, 7);
        case 'initials':
          return initials;
        case 'device':
          return device;
        case 'seq':
          return seq;
      }
    })
    .join('');
}

function checkedTokens({ scheme, date }: NumberParts): Token[] {
  const problem = validateNumberScheme(scheme);
  if (problem) throw new RangeError(`Offer number scheme ${JSON.stringify(scheme)}: ${problem}`);
  if (!isCalendarDate(date)) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  return tokenize(scheme) as Token[];
}

/** The offer number for `seq`; throws RangeError for an invalid scheme, date or seq. */
export function formatOfferNumber(args: NumberParts & { seq: number }): string {
  const tokens = checkedTokens(args);
  if (!Number.isSafeInteger(args.seq) || args.seq < 1) {
    throw new RangeError(`Offer sequence must be a positive integer: ${args.seq}`);
  }
  const width = tokens.find((token) => token.kind === 'seq')?.width ?? 1;
  return render(tokens, args, String(args.seq).padStart(width, '0'));
}

/**
 * The counter key: the number without its sequence, e.g. `A-2026-JB-`. Each key counts from 1,
 * so the sequence restarts per year (and month, with {MM}) and per user or device.
 */
export function seqKey(args: NumberParts): string {
  return render(checkedTokens(args), args, '');
}

/** The sequence of `number` when it was made with these parts, else null. */
export function parseOfferSeq(args: NumberParts & { number: string }): number | null {
  const tokens = checkedTokens(args);
  const index = tokens.findIndex((token) => token.kind === 'seq');
  const prefix = render(tokens.slice(0, index), args, '');
  const suffix = render(tokens.slice(index + 1), args, '');
  const { number } = args;
  if (number.length < prefix.length + suffix.length) return null;
  if (!number.startsWith(prefix) || !number.endsWith(suffix)) return null;
  const digits = number.slice(prefix.length, number.length - suffix.length);
  return /^\d{1,15}$/.test(digits) ? Number(digits) : null;
}

/** The fixed text before the sequence: every number of one key starts with it. */
export function seqPrefix(args: NumberParts): string {
  const tokens = checkedTokens(args);
  return render(
    tokens.slice(
      0,
      tokens.findIndex((token) => token.kind === 'seq'),
    ),
    args,
    '',
  );
}
