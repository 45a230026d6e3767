// Links leave the app only through this allowlist: https web pages and mailto addresses.
// Everything else (javascript:, file:, http:, data:, custom schemes, URLs with credentials)
// could run code, leak local files or phish, so it is refused.

const MAX_URL_LENGTH = 2048;

/** True when `url` may be handed to the operating system (shell.openExternal). */
export function isAllowedExternalUrl(url: string): boolean {
  if (typeof url !== 'string' || url.length === 0 || url.length > MAX_URL_LENGTH) return false;
  // Whitespace or control characters would be stripped by the parser and hide the real target.
  if (/[\s\u0000-\u001f\u007f]/.test(url)) return false; // eslint-disable-line no-control-regex
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'https:') {
    return parsed.hostname !== '' && parsed.username === '' && parsed.password === '';
  }
  if (parsed.protocol === 'mailto:') return isPlainMailto(parsed);
  return false;
}

function isPlainMailto(url: URL): boolean {
  // mailto:name@example.com?subject=…; not mailto://…, which is a host-like form some clients misread.
  const address = url.pathname;
  if (address.startsWith('/')) return false;
  const recipients = decodeURIComponentSafe(address).split(',');
  const plainAddresses = recipients.every((recipient) =>
    /^[^@\s/\\]+@[^@\s/\\]+\.[^@\s/\\]+$/.test(recipient),
  );
  // Some mail clients honour ?attach=/path: only the harmless header fields may follow.
  const allowedFields = new Set(['subject', 'body', 'cc', 'bcc']);
  return (
    plainAddresses &&
    [...url.searchParams.keys()].every((key) => allowedFields.has(key.toLowerCase()))
  );
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return ''; // a malformed escape fails the address check
  }
}

/** Opens `url` through `openExternal` when the allowlist accepts it; returns whether it did. */
export async function openExternalSafely({
  url,
  openExternal,
}: {
  url: string;
  openExternal: (url: string) => Promise<void>;
}): Promise<boolean> {
  if (!isAllowedExternalUrl(url)) return false;
  await openExternal(url);
  return true;
}
