import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleRedline } from '#test/contract-samples';
import { readDocx } from '#test/read-docx';
import { buildRedlineDocx, redlineParagraphs } from './redline-docx';
import type { RevisionClause } from '../../contracts/clause-diff';
import { redline } from '../../contracts/redline';

type Change = { kind: 'ins' | 'del'; id: string; author: string; date: string; text: string };

/** Every w:ins and w:del of the document with its attributes and text (w:t or w:delText). */
function trackedChanges(xml: string): Change[] {
  return [...xml.matchAll(/<w:(ins|del) ([^>]*?)(\/>|>([\s\S]*?)<\/w:\1>)/g)].map((match) => {
    const attribute = (name: string) =>
      new RegExp(`w:${name}="([^"]*)"`).exec(match[2]!)?.[1] ?? '';
    const text =
      (match[4] ?? '').match(/<w:(?:t|delText)(?:\s[^>]*)?>[^<]*<\/w:(?:t|delText)>/g) ?? [];
    return {
      kind: match[1] as 'ins' | 'del',
      id: attribute('id'),
      author: attribute('author'),
      date: attribute('date'),
      text: text.map((part) => part.replace(/<[^>]+>/g, '')).join(''),
    };
  });
}

describe('redlineParagraphs', () => {
  it('splits at line breaks and marks a paragraph boundary only the new text has as inserted', () => {
    expect(redlineParagraphs(redline('A\n\nB', 'A\n\nB\n\nC'))).toEqual([
      { segments: [{ op: 'equal', text: 'A' }], mark: 'equal' },
      { segments: [{ op: 'equal', text: 'B' }], mark: 'insert' },
      { segments: [{ op: 'insert', text: 'C' }], mark: 'equal' },
    ]);
    expect(redlineParagraphs(redline('A\n\nB', 'A B'))).toEqual([
      { segments: [{ op: 'equal', text: 'A' }], mark: 'delete' },
      {
        segments: [
          { op: 'insert', text: ' ' },
          { op: 'equal', text: 'B' },
        ],
        mark: 'equal',
      },
    ]);
    // A changed count of blank lines keeps the boundary in both texts.
    expect(redlineParagraphs(redline('A\nB', 'A\n\nB')).map((line) => line.mark)).toEqual([
      'equal',
      'equal',
    ]);
  });
});

describe('buildRedlineDocx', () => {
  it('writes real tracked changes with author and date, and numbered clause headings', async () => {
    const parts = await readDocx(await buildRedlineDocx(sampleRedline));
    const changes = trackedChanges(parts.document);
    expect(new Set(changes.map((change) => change.author))).toEqual(new Set(['Jana Brandt']));
    expect(new Set(changes.map((change) => change.date))).toEqual(
      new Set(['2027-03-02T14:05:00Z']),
    );
    expect(new Set(changes.map((change) => change.id)).size).toBe(changes.length);
    const texts = (kind: 'ins' | 'del') =>
      changes
        .filter((change) => change.kind === kind && change.text !== '')
        .map((change) => change.text);
    expect(texts('del')).toEqual([
      '14',
      'Reisekosten',
      'Reisekosten werden nach Aufwand erstattet.',
      // liability moved up: deleted where it stood …
      'Haftung',
      'Die Haftung ist auf 100 % der Vergütung begrenzt.',
    ]);
    expect(texts('ins')).toEqual([
      // … and inserted at its new place.
      'Haftung',
      'Die Haftung ist auf 100 % der Vergütung begrenzt.',
      '30',
      '(3) Die Abnahme gilt als erklärt, wenn der Auftraggeber schweigt.',
      'Servicezeiten',
      'Montag bis Freitag, 8 bis 18 Uhr.',
    ]);
    // Paragraph marks of added and removed paragraphs are tracked too (w:rPr/w:ins, w:rPr/w:del).
    expect(changes.filter((change) => change.text === '').length).toBeGreaterThanOrEqual(8);
    // Deleted text is w:delText inside w:del, kept with its spaces.
    expect(parts.document).toMatch(
      /<w:del [^>]*><w:r>(<w:rPr>.*?<\/w:rPr>)?<w:delText xml:space="preserve">14<\/w:delText>/,
    );
    expect(parts.document).toContain(
      '<w:t xml:space="preserve">(1) Der Auftraggeber prüft das Werk binnen </w:t>',
    );
    // Clause headings numbered § 1, § 2 … by Word's numbering; further edits are tracked.
    expect(parts.numbering).toContain('w:val="§ %1"');
    expect((parts.document.match(/<w:numPr>/g) ?? []).length).toBe(7);
    expect(parts.settings).toContain('<w:trackRevisions/>');
  });

  it('writes English section numbers and refuses a missing author or a bad date', async () => {
    const parts = await readDocx(await buildRedlineDocx({ ...sampleRedline, language: 'en' }));
    expect(parts.numbering).toContain('w:val="Section %1"');
    await expect(buildRedlineDocx({ ...sampleRedline, author: ' ' })).rejects.toThrow('author');
    await expect(buildRedlineDocx({ ...sampleRedline, date: '02.03.2027' })).rejects.toThrow(
      'date',
    );
  });
});

/**
 * The document's paragraphs with all changes accepted or all rejected, read from document.xml: text in w:del
 * (or w:ins) dropped, and a paragraph whose mark is deleted (or inserted) joined with the next one.
 */
function resolveDocument(xml: string, mode: 'accept' | 'reject'): string[] {
  const dropped = mode === 'accept' ? 'del' : 'ins';
  const result: string[] = [];
  let carry = '';
  for (const paragraph of xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []) {
    const properties = /<w:pPr>[\s\S]*?<\/w:pPr>/.exec(paragraph)?.[0] ?? '';
    const content = paragraph.replace(properties, '');
    const kept = content.replace(
      new RegExp(`<w:${dropped} [^>]*>[\\s\\S]*?</w:${dropped}>`, 'g'),
      '',
    );
    const text = (kept.match(/<w:(?:t|delText)(?:\s[^>]*)?>[^<]*<\/w:(?:t|delText)>/g) ?? [])
      .map((part) => part.replace(/<[^>]+>/g, ''))
      .join('');
    carry += text;
    if (new RegExp(`<w:rPr>[\\s\\S]*<w:${dropped} `).test(properties)) continue;
    result.push(carry);
    carry = '';
  }
  if (carry !== '') result.push(carry);
  return result.slice(4); // the title, the revisions line, the author line and the note
}

describe('buildRedlineDocx, any two revisions', () => {
  const paragraph = fc
    .array(
      fc.constantFrom('Der', 'Kunde', 'zahlt', 'binnen', '14', '30', 'Tagen', '.', ',', '(1)', '§'),
      {
        minLength: 1,
        maxLength: 6,
      },
    )
    .map((words) => words.join(' '));
  const clause = (clauseId: string): fc.Arbitrary<RevisionClause> =>
    fc
      .record({
        title: fc.constantFrom('Haftung', 'Abnahme', 'Haftungsbegrenzung'),
        paragraphs: fc.array(paragraph, { minLength: 1, maxLength: 3 }),
      })
      .map(({ title, paragraphs }) => ({ clauseId, title, body: paragraphs.join('\n\n') }));
  const revision: fc.Arbitrary<RevisionClause[]> = fc
    .uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e'), { maxLength: 5 })
    .chain((ids) => fc.tuple(...ids.map(clause)).map((clauses) => [...clauses]));
  const linesOf = (clauses: RevisionClause[]) =>
    clauses.flatMap((item) => [item.title, ...item.body.split('\n\n')]);

  it('accepting every change gives the new revision and rejecting every change the old one', async () => {
    await fc.assert(
      fc.asyncProperty(revision, revision, async (oldClauses, newClauses) => {
        const input = {
          ...sampleRedline,
          oldRevision: { label: 'Revision 1', clauses: oldClauses },
          newRevision: { label: 'Revision 2', clauses: newClauses },
        };
        const { document } = await readDocx(await buildRedlineDocx(input));
        expect(resolveDocument(document, 'accept')).toEqual(linesOf(newClauses));
        expect(resolveDocument(document, 'reject')).toEqual(linesOf(oldClauses));
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});
