import { MAX_FILE_NAME_LENGTH } from './limits';

// Windows forbids these characters and device names; we forbid them everywhere so that a
// file saved on Linux can be copied to a colleague's Windows laptop.
const FORBIDDEN_CHARACTERS = /[<>:"|?*]/;
const RESERVED_NAME = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i;

function hasControlCharacter(name: string): boolean {
  for (const ch of name) {
    const code = ch.charCodeAt(0);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/** Why `name` is not a sane file name (no path, portable), or null when it is. */
export function fileNameProblem(name: string): string | null {
  if (name.length === 0) return 'must not be empty';
  if (name.length > MAX_FILE_NAME_LENGTH) {
    return `must be at most ${MAX_FILE_NAME_LENGTH} characters (got ${name.length})`;
  }
  if (name.includes('/') || name.includes('\\'))
    return 'must not contain path separators (/ or \\)';
  if (hasControlCharacter(name)) return 'must not contain control characters';
  if (FORBIDDEN_CHARACTERS.test(name)) return 'must not contain any of < > : " | ? *';
  if (name.trim() !== name) return 'must not start or end with whitespace';
  if (name.endsWith('.')) return 'must not end with a dot';
  if (RESERVED_NAME.test(name)) return 'must not be a reserved device name (CON, NUL, COM1, …)';
  return null;
}

/**
 * Turns any title (e.g. "Angebot Müller / Berlin: v2") into a sane file name that keeps its
 * extension; `fallback` is used when nothing usable remains.
 */
export function toSafeFileName(name: string, fallback = 'export'): string {
  let safe = '';
  // Tabs and newlines are whitespace first, so they become spaces rather than underscores.
  for (const ch of name.replace(/\s+/g, ' ')) {
    const code = ch.charCodeAt(0);
    const bad =
      code < 0x20 || code === 0x7f || ch === '/' || ch === '\\' || FORBIDDEN_CHARACTERS.test(ch);
    safe += bad ? '_' : ch;
  }
  safe = safe.trim().replace(/[. ]+$/, '');
  if (safe === '' || /^[._ ]*$/.test(safe)) safe = fallback;
  if (RESERVED_NAME.test(safe)) safe = `_${safe}`;
  if (safe.length > MAX_FILE_NAME_LENGTH) safe = truncateKeepingExtension(safe);
  return safe;
}

function truncateKeepingExtension(name: string): string {
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 && name.length - dot <= 17 ? name.slice(dot) : '';
  const stem = name
    .slice(0, MAX_FILE_NAME_LENGTH - extension.length)
    .replace(/[\uD800-\uDBFF]$/, '') // never keep half of a surrogate pair
    .replace(/[. ]+$/, '');
  return `${stem}${extension}`;
}
