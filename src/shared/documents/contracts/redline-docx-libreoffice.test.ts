// The redline Word file opened in LibreOffice: its own conversion must hold the insertions and deletions as
// tracked changes with author and date, accepting all of them must give the new revision's text and rejecting
// all of them the old one's; saved again as .docx, the changes are still w:ins and w:del.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleRedline } from '#test/contract-samples';
import { readDocx } from '#test/read-docx';
import { buildRedlineDocx } from './redline-docx';
import type { RedlineDocxInput } from './redline-docx';

function findSoffice(): string | null {
  const dirs = (process.env.PATH ?? '').split(delimiter).concat('/usr/bin', '/usr/local/bin');
  return dirs.map((dir) => join(dir, 'soffice')).find((path) => existsSync(path)) ?? null;
}

const soffice = findSoffice();
const TIMEOUT = 180_000;
let work = '';

/** Converts one file with LibreOffice into `format` (e.g. 'odt', 'docx:MS Word 2007 XML'); returns the output. */
function convert(input: string, format: string, extension: string): string {
  const outDir = join(work, extension);
  mkdirSync(outDir, { recursive: true });
  const result = spawnSync(
    soffice as string,
    [
      `-env:UserInstallation=file://${join(work, 'profile')}`,
      '--headless',
      '--norestore',
      '--convert-to',
      format,
      '--outdir',
      outDir,
      input,
    ],
    { encoding: 'utf8', timeout: 150_000 },
  );
  expect(result.status, result.stderr).toBe(0);
  const output = join(
    outDir,
    input
      .split('/')
      .pop()!
      .replace(/\.docx$/, `.${extension}`),
  );
  expect(existsSync(output), `${output} missing: ${result.stdout} ${result.stderr}`).toBe(true);
  return output;
}

type Region = { kind: 'insertion' | 'deletion'; creator: string; date: string; deleted: string };

const decode = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The tracked changes of an ODF content.xml, by id. */
function regions(content: string): Map<string, Region> {
  const found = new Map<string, Region>();
  for (const match of content.matchAll(
    /<text:changed-region [^>]*text:id="([^"]+)"[^>]*>([\s\S]*?)<\/text:changed-region>/g,
  )) {
    const kind = /<text:insertion>/.test(match[2]!) ? 'insertion' : 'deletion';
    // A deletion across paragraphs holds them all; the breaks between them are the deleted paragraph marks.
    const deleted = [...match[2]!.matchAll(/<text:p[^>]*\/>|<text:p[^>]*>([\s\S]*?)<\/text:p>/g)]
      .map((p) => stripTags(p[1] ?? ''))
      .join('\n');
    found.set(match[1]!, {
      kind,
      creator: /<dc:creator>([^<]*)<\/dc:creator>/.exec(match[2]!)?.[1] ?? '',
      date: /<dc:date>([^<]*)<\/dc:date>/.exec(match[2]!)?.[1] ?? '',
      deleted,
    });
  }
  return found;
}

const stripTags = (xml: string) =>
  decode(xml.replace(/<text:s( text:c="(\d+)")?\/>/g, ' ').replace(/<[^>]+>/g, ''));

/**
 * The document body's text as LibreOffice would show it with all changes accepted or all rejected: text inside
 * a change range (or a deletion stored in its region) is dropped or kept by the change's kind.
 */
function resolvedText(
  content: string,
  changes: Map<string, Region>,
  mode: 'accept' | 'reject',
): string {
  const body = content.slice(
    content.indexOf('</text:tracked-changes>'),
    content.indexOf('</office:text>'),
  );
  const drop = mode === 'accept' ? 'deletion' : 'insertion';
  const active = new Set<string>();
  let text = '';
  const token =
    /<text:change-start text:change-id="([^"]+)"\/>|<text:change-end text:change-id="([^"]+)"\/>|<text:change text:change-id="([^"]+)"\/>|(<\/text:[ph]>)|<text:s(?: text:c="(\d+)")?\/>|(<text:tab\/>|<text:line-break\/>)|<[^>]+>|([^<]+)/g;
  for (const match of body.matchAll(token)) {
    const [whole, start, end, point, paragraphEnd, spaces, blank, chars] = match;
    const hidden = [...active].some((id) => changes.get(id)?.kind === drop);
    if (start) active.add(start);
    else if (end) active.delete(end);
    else if (point) {
      if (mode === 'reject' && changes.get(point)?.kind === 'deletion')
        text += changes.get(point)!.deleted;
    } else if (hidden) continue;
    else if (paragraphEnd) text += '\n';
    else if (whole.startsWith('<text:s') && whole.endsWith('/>'))
      text += ' '.repeat(Number(spaces ?? 1));
    else if (blank) text += ' ';
    else if (chars) text += decode(chars);
  }
  return text;
}

/** The non-empty paragraphs of a text, trimmed. */
const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** A revision's paragraphs: each clause's title, then its paragraphs. */
const revisionLines = (revision: RedlineDocxInput['oldRevision']) =>
  revision.clauses.flatMap((clause) => [clause.title, ...lines(clause.body)]);

describe.skipIf(soffice === null)('redline Word file in LibreOffice', () => {
  let docx = '';

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'quotient-redline-'));
    docx = join(work, 'redline.docx');
    writeFileSync(docx, await buildRedlineDocx(sampleRedline));
  }, TIMEOUT);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it(
    'reads the insertions and deletions as tracked changes; accepting gives revision 2, rejecting revision 1',
    async () => {
      // content.xml of an .odt: deletions are stored in their change region, insertions marked in the text.
      const odt = await JSZip.loadAsync(readFileSync(convert(docx, 'odt', 'odt')));
      const content = await odt.file('content.xml')!.async('string');
      const changes = regions(content);
      const kinds = [...changes.values()].map((region) => region.kind);
      expect(kinds).toContain('insertion');
      expect(kinds).toContain('deletion');
      for (const region of changes.values()) {
        expect(region.creator).toBe('Jana Brandt');
        expect(region.date).toMatch(/^2027-03-02T14:05:00/);
      }
      // Every paragraph after the note on top, as LibreOffice holds them: an empty one left over by an
      // untracked paragraph mark would show here.
      const afterNote = (text: string) => {
        const all = text.split('\n').map((line) => line.trim());
        return all.slice(all.findIndex((line) => line.endsWith('annehmen oder ablehnen.')) + 1, -1);
      };
      expect(afterNote(resolvedText(content, changes, 'accept'))).toEqual(
        revisionLines(sampleRedline.newRevision),
      );
      expect(afterNote(resolvedText(content, changes, 'reject'))).toEqual(
        revisionLines(sampleRedline.oldRevision),
      );
    },
    TIMEOUT,
  );

  it(
    'keeps them as w:ins and w:del with author and date when LibreOffice saves the file as .docx again',
    async () => {
      const again = await readDocx(readFileSync(convert(docx, 'docx:MS Word 2007 XML', 'docx')));
      const marks = [
        ...again.document.matchAll(/<w:(ins|del) [^>]*w:author="([^"]*)"[^>]*w:date="([^"]*)"/g),
      ];
      expect(marks.some((mark) => mark[1] === 'ins')).toBe(true);
      expect(marks.some((mark) => mark[1] === 'del')).toBe(true);
      expect(new Set(marks.map((mark) => mark[2]))).toEqual(new Set(['Jana Brandt']));
      expect(again.document).toMatch(
        /<w:del [^>]*>\s*<w:r>(?:(?!<\/w:del>)[\s\S])*<w:delText[^>]*>14<\/w:delText>/,
      );
      expect(again.document).toMatch(
        /<w:ins [^>]*>\s*<w:r>(?:(?!<\/w:ins>)[\s\S])*<w:t[^>]*>30<\/w:t>/,
      );
    },
    TIMEOUT,
  );
});
