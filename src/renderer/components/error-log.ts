/** One render error as kept for support: where, when, and what. */
export type LoggedError = {
  at: string;
  area: string;
  message: string;
  stack: string;
  componentStack: string;
};

/** How many errors are kept in memory and in localStorage. */
export const ERROR_LOG_LIMIT = 20;
/** The localStorage key of the last errors, so a support view still has them after a reload. */
export const ERROR_LOG_KEY = 'quotient.recentErrors';

const MESSAGE_MAX = 200;

// The production build of React replaces its messages by a code and a link; the one a malformed row causes is kept readable.
const REACT_MESSAGES: Record<string, string> = {
  '31': 'Objects are not valid as a React child',
};
const MINIFIED_REACT =
  /^Minified React error #(\d+); visit https:\/\/react\.dev\/errors\/\d+\??(\S*)/;

/** "React error #31 (Objects are not valid…): object with keys {evil}" for a minified React message. */
function readableReactMessage(message: string): string {
  const match = MINIFIED_REACT.exec(message);
  if (!match) return message;
  const [, code = '', query = ''] = match;
  const args = new URLSearchParams(query).getAll('args[]');
  const known = REACT_MESSAGES[code];
  return `React error #${code}${known ? ` (${known})` : ''}${args.length > 0 ? `: ${args.join(', ')}` : ''}`;
}

/** The first line of an error's message, at most `max` characters: what a fallback shows. */
export function shortMessage(error: unknown, max = MESSAGE_MAX): string {
  const raw =
    error instanceof Error
      ? error.message || error.name
      : typeof error === 'string'
        ? error
        : safeString(error);
  const line = readableReactMessage(raw.split('\n')[0]?.trim() ?? '');
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

function safeString(value: unknown): string {
  try {
    return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
  } catch {
    return String(value);
  }
}

const storage = (): Storage | undefined => {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
};

/** The last errors, oldest first: this session's, after those kept from earlier sessions. */
export function recentErrors(store: Storage | undefined = storage()): LoggedError[] {
  try {
    const parsed: unknown = JSON.parse(store?.getItem(ERROR_LOG_KEY) ?? '[]');
    return Array.isArray(parsed) ? (parsed as LoggedError[]) : [];
  } catch {
    return [];
  }
}

/**
 * Logs a render error with its area to the console and keeps it among the last
 * ERROR_LOG_LIMIT errors in localStorage; never throws (it runs inside error handling).
 */
export function logRenderError({
  area,
  error,
  componentStack = '',
  now = new Date(),
  store = storage(),
}: {
  area: string;
  error: unknown;
  componentStack?: string | null;
  now?: Date;
  store?: Storage;
}): LoggedError {
  const entry: LoggedError = {
    at: now.toISOString(),
    area,
    message: shortMessage(error, 1000),
    stack: error instanceof Error ? (error.stack ?? '').slice(0, 4000) : '',
    componentStack: (componentStack ?? '').slice(0, 4000),
  };
  console.error(`[Quotient] area "${area}" failed:`, error, componentStack ?? '');
  try {
    const kept = [...recentErrors(store), entry].slice(-ERROR_LOG_LIMIT);
    store?.setItem(ERROR_LOG_KEY, JSON.stringify(kept));
  } catch {
    // A full or blocked storage must not turn one error into two.
  }
  return entry;
}
