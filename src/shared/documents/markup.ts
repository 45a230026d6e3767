/** A piece of inline text with its emphasis; absent flags mean plain. */
export type MarkupRun = { text: string; bold?: boolean; italic?: boolean };

/** One block of a text-block body. */
export type MarkupBlock =
  | { type: 'heading'; level: 1 | 2; runs: MarkupRun[] }
  | { type: 'paragraph'; runs: MarkupRun[] }
  | { type: 'bullets'; items: MarkupRun[][] }
  | { type: 'numbered'; items: MarkupRun[][] };

type Style = { bold: boolean; italic: boolean };
type Parsed = { runs: MarkupRun[]; end: number };
type Closer = '**' | '*';

/** Per text: the last position a closer could stand at, and parses already tried. */
type Context = {
  text: string;
  lastCloser: Record<Closer, number>;
  memo: Map<string, Parsed | null>;
};

const isSpace = (char: string | undefined) => char === undefined || /\s/.test(char);

function pushRun(runs: MarkupRun[], text: string, style: Style): void {
  if (text === '') return;
  const last = runs[runs.length - 1];
  if (
    last !== undefined &&
    (last.bold ?? false) === style.bold &&
    (last.italic ?? false) === style.italic
  ) {
    last.text += text;
    return;
  }
  runs.push({
    text,
    ...(style.bold ? { bold: true } : {}),
    ...(style.italic ? { italic: true } : {}),
  });
}

function appendRuns(target: MarkupRun[], source: MarkupRun[]): void {
  for (const run of source) {
    pushRun(target, run.text, { bold: run.bold === true, italic: run.italic === true });
  }
}

function lastCloser(text: string, closer: Closer): number {
  for (let i = text.lastIndexOf(closer); i > 0; i = text.lastIndexOf(closer, i - 1)) {
    if (!isSpace(text[i - 1])) return i;
  }
  return -1;
}

/** Tries an emphasis span opening at `start` (after its marker); null when it never closes. */
function tryEmphasis(context: Context, start: number, style: Style, closer: Closer): Parsed | null {
  // Like Markdown, an opener must touch its text: "2 * 3" stays plain.
  if (isSpace(context.text[start]) || context.lastCloser[closer] <= start) return null;
  // Memoised: the same span is tried again from every opener before it, which made long
  // star-littered paragraphs cubic.
  const key = `${start}|${closer}|${style.bold}|${style.italic}`;
  if (context.memo.has(key)) return context.memo.get(key) ?? null;
  const inner = parseInline(context, start, style, closer);
  const result = inner !== null && inner.runs.some((run) => /[^*\s]/.test(run.text)) ? inner : null;
  context.memo.set(key, result);
  return result;
}

/**
 * Parses inline text from `start` until `closer` (or the end when closer is null). Returns
 * null when a closer was expected and not found, so the caller reads the marker literally.
 */
function parseInline(
  context: Context,
  start: number,
  style: Style,
  closer: Closer | null,
): Parsed | null {
  const { text } = context;
  const runs: MarkupRun[] = [];
  let buffer = '';
  let i = start;
  const flush = () => {
    pushRun(runs, buffer, style);
    buffer = '';
  };
  while (i < text.length) {
    const char = text[i] as string;
    if (char === '\\' && (text[i + 1] === '*' || text[i + 1] === '\\')) {
      buffer += text[i + 1];
      i += 2;
      continue;
    }
    const canClose = i > start && !isSpace(text[i - 1]);
    if (closer === '**' && canClose && text.startsWith('**', i)) {
      flush();
      return { runs, end: i + 2 };
    }
    if (text.startsWith('**', i) && !style.bold) {
      const bold = tryEmphasis(context, i + 2, { ...style, bold: true }, '**');
      if (bold !== null) {
        flush();
        appendRuns(runs, bold.runs);
        i = bold.end;
        continue;
      }
      // An unmatched "**" is literal, never an italic star followed by a stray one.
      buffer += '**';
      i += 2;
      continue;
    }
    if (closer === '*' && canClose && char === '*') {
      flush();
      return { runs, end: i + 1 };
    }
    if (char === '*' && !style.italic) {
      const italic = tryEmphasis(context, i + 1, { ...style, italic: true }, '*');
      if (italic !== null) {
        flush();
        appendRuns(runs, italic.runs);
        i = italic.end;
        continue;
      }
    }
    buffer += char;
    i += 1;
  }
  if (closer !== null) return null;
  flush();
  return { runs, end: i };
}

/** Inline `**bold**` and `*italic*` (nestable, `\*` for a literal star) into runs. */
export function parseInlineMarkup(text: string): MarkupRun[] {
  const context: Context = {
    text,
    lastCloser: { '**': lastCloser(text, '**'), '*': lastCloser(text, '*') },
    memo: new Map(),
  };
  return parseInline(context, 0, { bold: false, italic: false }, null)?.runs ?? [];
}

type ListType = 'bullets' | 'numbered';
/** One line of a text-block body, classified. */
type MarkupLine =
  | { kind: 'blank' }
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'item'; list: ListType; text: string }
  | { kind: 'text'; text: string; indented: boolean };

function classify(line: string): MarkupLine {
  if (line.trim() === '') return { kind: 'blank' };
  const heading = /^(#{1,2}) +(.*)$/.exec(line);
  if (heading !== null) {
    return { kind: 'heading', level: heading[1] === '#' ? 1 : 2, text: heading[2] as string };
  }
  const bullet = /^ {0,3}- +(.*)$/.exec(line);
  if (bullet !== null) return { kind: 'item', list: 'bullets', text: bullet[1] as string };
  const numbered = /^ {0,3}\d{1,9}\. +(.*)$/.exec(line);
  if (numbered !== null) return { kind: 'item', list: 'numbered', text: numbered[1] as string };
  return { kind: 'text', text: line.trim(), indented: /^\s/.test(line) };
}

/**
 * Parses a text-block body (a small Markdown subset): `# `/`## ` headings, paragraphs split by
 * blank lines, `- ` and `1. ` list items, inline bold and italic. Anything else is plain text;
 * an indented line continues the list item above it. Never throws.
 */
export function parseBlockMarkup(text: string): MarkupBlock[] {
  if (typeof text !== 'string') return [];
  const blocks: MarkupBlock[] = [];
  let paragraph: string[] = [];
  let list: { type: ListType; items: string[] } | null = null;

  const closeParagraph = () => {
    if (paragraph.length > 0) {
      blocks.push({ type: 'paragraph', runs: parseInlineMarkup(paragraph.join(' ')) });
    }
    paragraph = [];
  };
  const closeList = () => {
    if (list !== null) {
      const items = list.items.map(parseInlineMarkup);
      blocks.push(
        list.type === 'bullets' ? { type: 'bullets', items } : { type: 'numbered', items },
      );
    }
    list = null;
  };

  for (const line of text.split(/\r\n|\r|\n/)) {
    const parsed = classify(line);
    if (parsed.kind === 'blank') {
      closeParagraph();
      closeList();
    } else if (parsed.kind === 'heading') {
      closeParagraph();
      closeList();
      blocks.push({ type: 'heading', level: parsed.level, runs: parseInlineMarkup(parsed.text) });
    } else if (parsed.kind === 'item') {
      closeParagraph();
      const current: { type: ListType; items: string[] } | null = list;
      if (current === null || current.type !== parsed.list) {
        closeList();
        list = { type: parsed.list, items: [parsed.text] };
      } else {
        current.items.push(parsed.text);
      }
    } else {
      const current: { type: ListType; items: string[] } | null = list;
      if (current !== null && parsed.indented && current.items.length > 0) {
        const last = current.items.length - 1;
        current.items[last] = `${current.items[last] as string} ${parsed.text}`;
      } else {
        closeList();
        paragraph.push(parsed.text);
      }
    }
  }
  closeParagraph();
  closeList();
  return blocks;
}
