import JSZip from 'jszip';

/** The parts of a packed docx the tests read, as text, plus its media files. */
export type DocxParts = {
  document: string;
  footers: string[];
  headers: string[];
  settings: string;
  numbering: string;
  media: Uint8Array[];
};

/** Unzips a docx (it is a zip) and returns its XML parts. */
export async function readDocx(bytes: Uint8Array): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(bytes);
  const text = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const named = (pattern: RegExp) =>
    Object.keys(zip.files)
      .filter((name) => pattern.test(name))
      .sort();
  return {
    document: await text('word/document.xml'),
    footers: await Promise.all(named(/^word\/footer\d+\.xml$/).map(text)),
    headers: await Promise.all(named(/^word\/header\d+\.xml$/).map(text)),
    settings: await text('word/settings.xml'),
    numbering: await text('word/numbering.xml'),
    media: await Promise.all(
      named(/^word\/media\//).map(async (name) =>
        (zip.file(name) as JSZip.JSZipObject).async('uint8array'),
      ),
    ),
  };
}

function decode(xml: string): string {
  return xml
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The text of one XML fragment: its w:t contents joined, tabs as "\t". */
export function textOf(xml: string): string {
  const parts = xml.match(/<w:t(?:\s[^>]*)?>[^<]*<\/w:t>|<w:tab\/>/g) ?? [];
  return decode(
    parts.map((part) => (part === '<w:tab/>' ? '\t' : part.replace(/<[^>]+>/g, ''))).join(''),
  );
}

/** Every paragraph's text, in order. */
export function paragraphs(xml: string): string[] {
  return (xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []).map(textOf);
}

/** Every table as rows of cell texts, in order (tables are not nested here). */
export function tables(xml: string): string[][][] {
  return (xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []).map((table) =>
    (table.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? []).map((row) =>
      (row.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []).map((cell) => paragraphs(cell).join('\n')),
    ),
  );
}
