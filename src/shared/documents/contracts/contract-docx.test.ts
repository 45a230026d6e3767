import { createCanvas } from '@napi-rs/canvas';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { ContractInputError } from '../../contracts/errors';
import { defaultSlaResponseTable, formatSlaResponseTable } from '../../contracts/sla-table';
import {
  sampleContractClauses,
  sampleContractVariables,
  sampleMaintenanceContract,
  sampleWerkvertrag,
} from '#test/contract-samples';
import { drawTestLogo } from '#test/proposal-fixture';
import { paragraphs, readDocx, tables, textOf } from '#test/read-docx';
import { ContractExportError, buildContractDocument } from './contract-docx';
import type { ContractDocxInput } from './contract-docx';

/** The clause headings (Heading 1 paragraphs) of a document.xml, in order. */
const headings = (xml: string) =>
  (xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [])
    .filter((p) => p.includes('<w:pStyle w:val="Heading1"/>'))
    .map(textOf);

const build = async (input: ContractDocxInput) => readDocx(await buildContractDocument(input));

/** The error a build throws, for a whole-value comparison. */
async function exportError(input: ContractDocxInput): Promise<ContractExportError> {
  const error: unknown = await buildContractDocument(input).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ContractExportError);
  return error as ContractExportError;
}

/** A small contract of four clauses whose texts are given. */
function smallContract(bodies: Record<string, string>): ContractDocxInput {
  return {
    ...sampleWerkvertrag('de'),
    clauses: Object.entries(bodies).map(([id, body]) => ({ id, title: `Titel ${id}`, body })),
  };
}

describe('buildContractDocument (German Werkvertrag)', () => {
  it('numbers the clause headings § 1, § 2 … in the draft order', async () => {
    const input = sampleWerkvertrag('de');
    const parts = await build(input);
    expect(headings(parts.document)).toEqual(
      input.clauses.map((clause, index) => `§ ${index + 1} ${clause.title}`),
    );
    expect(headings(parts.document).slice(0, 3)).toEqual([
      '§ 1 Vertragsgegenstand',
      '§ 2 Werkleistung',
      '§ 3 Änderungen der Leistung',
    ]);
  });

  it('resolves placeholders and cross-references to the current numbers, leaving no {{ behind', async () => {
    const input = sampleWerkvertrag('de');
    const number = (id: string) => input.clauses.findIndex((clause) => clause.id === id) + 1;
    const text = paragraphs((await build(input)).document).join('\n');
    expect(text).not.toContain('{{');
    expect(text).not.toContain('}}');
    expect(text).toContain(`im Rahmen von § ${number('warranty')} beseitigt`);
    expect(text).toContain(
      `Mit der Abnahme wird die Vergütung nach § ${number('prices-payment')} fällig`,
    );
    expect(text).toContain(
      'Vergütung von 86.275,00 € einschließlich der gesetzlichen Umsatzsteuer',
    );
    expect(text).toContain('das Werk „Relaunch des Kundenportals“ mit den Leistungen nach § 1.');
  });

  it('prints a reference as the clause number it has now ("gemäß § 4"), also after a move', async () => {
    const bodies = {
      a: 'Die Abnahme erfolgt gemäß {{ref:d}}.',
      b: 'Zweiter Paragraph.',
      c: 'Dritter Paragraph.',
      d: 'Abnahme nach Testfällen.',
    };
    const before = paragraphs((await build(smallContract(bodies))).document);
    expect(before).toContain('Die Abnahme erfolgt gemäß § 4.');
    const { a, d, b, c } = bodies;
    const after = await build(smallContract({ a, d, b, c }));
    expect(paragraphs(after.document)).toContain('Die Abnahme erfolgt gemäß § 2.');
    expect(headings(after.document)).toEqual([
      '§ 1 Titel a',
      '§ 2 Titel d',
      '§ 3 Titel b',
      '§ 4 Titel c',
    ]);
  });

  it('reads headings, paragraphs and lists from a clause body; the offer scope becomes a bullet list', async () => {
    const parts = await build(
      smallContract({ a: '# Zweck\n\n(1) Einleitung:\n\n{{offer.scope}}\n\n(2) Schluss.' }),
    );
    const paragraphXml = parts.document.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];
    const all = paragraphXml.map(textOf);
    // The heading's last occurrence: the table of contents lists it first.
    const start = all.lastIndexOf('§ 1 Titel a');
    const texts = all.slice(start);
    expect(texts.slice(0, 7)).toEqual([
      '§ 1 Titel a',
      'Zweck',
      '(1) Einleitung:',
      'Konzeption und Design des Kundenportals (12 PT)',
      'Entwicklung der Portalanwendung mit Anbindung an SAP (40 PT)',
      'Migration der Bestandsdaten und Schulung (6 PT)',
      '(2) Schluss.',
    ]);
    // The list items are numbered as bullets; the heading is bold.
    expect(paragraphXml.slice(start + 3, start + 6).every((p) => p.includes('<w:numPr>'))).toBe(
      true,
    );
    expect(paragraphXml[start + 2]).not.toContain('<w:numPr>');
    expect(paragraphXml[start + 1]).toContain('<w:b/>');
  });

  it('names both parties on the cover with their roles, and has a table of contents field', async () => {
    const parts = await build(sampleWerkvertrag('de'));
    const text = paragraphs(parts.document);
    const cover = text.slice(0, text.indexOf('Inhalt'));
    expect(cover).toEqual(
      expect.arrayContaining([
        'WERKVERTRAG',
        'Relaunch des Kundenportals',
        'zwischen',
        'Brandt & Söhne Maschinenbau GmbH',
        'Industriestraße 7',
        '33602 Bielefeld',
        'vertreten durch Dr. Anna Schmidt',
        '– nachfolgend „Auftraggeber“ –',
        'und',
        'Nordlicht IT-Beratung GmbH',
        'vertreten durch Dr. Jana Petersen',
        '– nachfolgend „Auftragnehmer“ –',
      ]),
    );
    // Client first, then the company.
    expect(cover.indexOf('– nachfolgend „Auftraggeber“ –')).toBeLessThan(cover.indexOf('und'));
    expect(cover.indexOf('und')).toBeLessThan(cover.indexOf('– nachfolgend „Auftragnehmer“ –'));
    expect(tables(parts.document)[0]).toEqual([
      ['Revision', '2'],
      ['Status', 'In Prüfung'],
      ['Datum', '01.03.2027'],
      ['Angebot', 'A-2027-0042'],
    ]);
    expect(parts.document).toMatch(/<w:instrText[^>]*>TOC \\h \\o &quot;1-1&quot;<\/w:instrText>/);
    // The contents are written with the page numbers worked out for them.
    expect(text).toEqual(
      expect.arrayContaining([expect.stringMatching(/^§ 1 Vertragsgegenstand\t\d+$/)]),
    );
  });

  it('ends with signature blocks for both parties: place and date, signature, name and function', async () => {
    const parts = await build(sampleWerkvertrag('de'));
    const signatures = tables(parts.document).at(-1)!;
    expect(signatures).toHaveLength(1);
    expect(signatures[0]!.map((cell) => cell.split('\n').filter(Boolean))).toEqual([
      [
        'Für den Auftraggeber',
        'Brandt & Söhne Maschinenbau GmbH',
        'Ort, Datum',
        'Unterschrift',
        'Dr. Anna Schmidt',
        'Geschäftsführerin',
        'Name, Funktion',
      ],
      [
        'Für den Auftragnehmer',
        'Nordlicht IT-Beratung GmbH',
        'Ort, Datum',
        'Unterschrift',
        'Dr. Jana Petersen',
        'Geschäftsführerin',
        'Name, Funktion',
      ],
    ]);
    // Each caption sits on a line to sign or write on.
    const lines = parts.document.match(/<w:pBdr><w:top [^>]*w:val="single"/g) ?? [];
    expect(lines.length).toBeGreaterThanOrEqual(6);
  });

  it('leaves the name line blank when nobody is named to sign', async () => {
    const input = sampleWerkvertrag('de');
    input.parties.client = { ...input.parties.client, signatory: undefined };
    const cells = tables((await build(input)).document).at(-1)![0]!;
    expect(cells[0]!.split('\n').filter(Boolean)).toEqual([
      'Für den Auftraggeber',
      'Brandt & Söhne Maschinenbau GmbH',
      'Ort, Datum',
      'Unterschrift',
      'Name, Funktion',
    ]);
  });

  it('puts page numbers and the company details (§ 35a GmbHG) in the footer, the brand colour in the header', async () => {
    const parts = await build(sampleWerkvertrag('de'));
    const footers = parts.footers.join('\n');
    expect(footers).toMatch(/PAGE/);
    expect(footers).toMatch(/NUMPAGES/);
    const footerText = paragraphs(footers);
    for (const expected of [
      'Sitz der Gesellschaft: Hamburg',
      'Registergericht: Amtsgericht Hamburg HRB 123456',
      'Geschäftsführer: Dr. Jana Petersen, Tobias Krüger',
      'USt-IdNr.: DE123456789',
      'IBAN: DE89370400440532013000',
    ]) {
      expect(footerText).toContain(expected);
    }
    expect(parts.headers.join('\n')).toContain(
      'Werkvertrag · Brandt &amp; Söhne Maschinenbau GmbH · Revision 2 · In Prüfung',
    );
    expect(parts.headers.join('\n')).toContain('w:color="1C5D99"');
  });

  it('marks drafts in the header, not what was sent or signed', async () => {
    const header = async (status: ContractDocxInput['status']) =>
      paragraphs((await build({ ...sampleWerkvertrag('de'), status })).headers.join('\n')).join(
        '\n',
      );
    expect(await header('draft')).toContain('Revision 2 · Entwurf');
    for (const status of ['sent', 'signed'] as const) {
      const text = await header(status);
      expect(text).toContain('Werkvertrag · Brandt & Söhne Maschinenbau GmbH · Revision 2');
      expect(text).not.toMatch(/Entwurf|Prüfung|Versandt|Unterzeichnet/);
    }
  });

  it('shows the drafting note only when it is given, and the logo when there is one', async () => {
    const plain = await build(sampleWerkvertrag('de'));
    expect(paragraphs(plain.document).join('\n')).not.toContain('Rechtsberatung');
    expect(plain.media).toHaveLength(0);
    const logo = await drawTestLogo((width, height) => createCanvas(width, height));
    const internal = await build({
      ...sampleWerkvertrag('de'),
      disclaimer: 'Formulierungshilfen, keine Rechtsberatung.',
      branding: { brandColor: '#8a1538', logoPng: logo },
    });
    expect(paragraphs(internal.document)).toContain('Formulierungshilfen, keine Rechtsberatung.');
    expect(internal.media.length).toBeGreaterThanOrEqual(1);
    expect(internal.document).toContain('w:color="8A1538"');
  });
});

it('embeds a JPEG logo as a JPEG', async () => {
  const canvas = createCanvas(120, 40);
  const context = canvas.getContext('2d');
  context.fillStyle = '#1c5d99';
  context.fillRect(0, 0, 120, 40);
  const jpeg = new Uint8Array(await canvas.encode('jpeg'));
  const bytes = await buildContractDocument({
    ...sampleWerkvertrag('de'),
    branding: { brandColor: '#1c5d99', logoPng: jpeg },
  });
  const names = Object.keys((await JSZip.loadAsync(bytes)).files).filter((name) =>
    name.startsWith('word/media/'),
  );
  expect(names.length).toBeGreaterThan(0);
  expect(names.every((name) => name.endsWith('.jpg') || name.endsWith('.jpeg'))).toBe(true);
});

describe('buildContractDocument: SLA response table', () => {
  it('prints {{sla.responseTable}} as a Word table with the priorities', async () => {
    const input = sampleMaintenanceContract('de');
    const parts = await build(input);
    const table = tables(parts.document).find((rows) => rows[0]?.[0] === 'Priorität');
    expect(table).toEqual([
      ['Priorität', 'Beschreibung', 'Reaktionszeit', 'Lösungszeit'],
      [
        'P1 Kritisch',
        'Der Dienst steht nicht zur Verfügung oder die Kernfunktionen sind für alle Nutzer ausgefallen.',
        '1 Stunde',
        '4 Stunden',
      ],
      [
        'P2 Hoch',
        'Eine wesentliche Funktion ist gestört; die Arbeit ist nur eingeschränkt möglich.',
        '4 Stunden',
        '8 Stunden',
      ],
      [
        'P3 Mittel',
        'Eine Funktion ist gestört, eine Umgehung ist zumutbar.',
        '8 Stunden',
        '40 Stunden',
      ],
      [
        'P4 Niedrig',
        'Frage, Schönheitsfehler oder Änderungswunsch.',
        '16 Stunden',
        'nach bestem Bemühen',
      ],
    ]);
    // The table stands between the clause's first and second paragraph.
    const body = parts.document.slice(parts.document.indexOf('Reaktions- und Lösungszeiten</w:t>'));
    const tableAt = body.indexOf('<w:tbl>');
    expect(tableAt).toBeGreaterThan(body.indexOf('(1) Der Auftragnehmer ordnet jede Störung'));
    expect(tableAt).toBeLessThan(body.indexOf('(2) Die Zeiten laufen ab Eingang'));
    expect(paragraphs(parts.document).join('\n')).not.toContain('{{');
  });

  it('prints the variable’s text as a list when no table rows are given', async () => {
    const input = sampleMaintenanceContract('de');
    const rows = input.slaResponseTable!;
    delete input.slaResponseTable;
    input.variables = {
      ...input.variables,
      'sla.responseTable': formatSlaResponseTable(rows, 'de'),
    };
    const parts = await build(input);
    expect(tables(parts.document).some((table) => table[0]?.[0] === 'Priorität')).toBe(false);
    expect(paragraphs(parts.document)).toContain(
      'P4 Niedrig: Frage, Schönheitsfehler oder Änderungswunsch. Reaktionszeit 16 Stunden, Lösungszeit nach bestem Bemühen.',
    );
  });

  it('refuses a table whose lower priority promises faster times', async () => {
    const input = sampleMaintenanceContract('de');
    const rows = defaultSlaResponseTable('de');
    rows[1] = { ...rows[1]!, responseHours: 0.5 };
    const error = await exportError({ ...input, slaResponseTable: rows });
    expect(error.issues).toEqual([
      {
        kind: 'slaTable',
        issues: [{ row: 1, field: 'responseHours', code: 'fasterThanHigherPriority' }],
      },
    ]);
  });

  it('splits a sentence around the table, and writes it as text inside a list item', async () => {
    const input = {
      ...sampleMaintenanceContract('de'),
      clauses: [
        { id: 'a', title: 'Zeiten', body: 'Es gelten: {{sla.responseTable}} Ende.' },
        { id: 'b', title: 'Liste', body: '- Zeiten: {{sla.responseTable}}' },
      ],
    };
    const parts = await build(input);
    const xml = parts.document.slice(parts.document.lastIndexOf('§ 1 Zeiten'));
    expect(xml.indexOf('Es gelten:')).toBeLessThan(xml.indexOf('<w:tbl>'));
    expect(xml.indexOf('<w:tbl>')).toBeLessThan(xml.indexOf('Ende.'));
    expect(paragraphs(parts.document)).toContain(
      `Zeiten: ${formatSlaResponseTable(input.slaResponseTable!, 'de').replace(/^- /gm, '').replace(/\n/g, ' ')}`,
    );
  });

  it('lists a row without a number as a table issue, also where the table stands inside a sentence', async () => {
    const input = sampleMaintenanceContract('de');
    const rows = defaultSlaResponseTable('de');
    rows[0] = { ...rows[0]!, responseHours: 'bald' };
    const error = await exportError({
      ...input,
      slaResponseTable: rows,
      clauses: [{ id: 'a', title: 'Zeiten', body: '- Zeiten: {{sla.responseTable}}' }],
    });
    expect(error.issues).toEqual([
      { kind: 'slaTable', issues: [{ row: 0, field: 'responseHours', code: 'number' }] },
    ]);
  });
});

describe('buildContractDocument: bad input', () => {
  it('throws one error listing every unknown placeholder, missing variable and unknown reference', async () => {
    const input = smallContract({
      a: 'Vertrag mit {{client.nmae}} über {{offer.grossTotal}}.',
      b: 'Beginn am {{contract.start}}, siehe {{ref:gibt-es-nicht}}.',
      c: 'Nochmals {{client.nmae}} und {{offer.grossTotal}}.',
    });
    input.variables = { ...input.variables, 'offer.grossTotal': '  ', 'contract.start': null };
    input.parties.client = { ...input.parties.client, name: '' };
    const error = await exportError(input);
    expect(error.issues).toEqual([
      { kind: 'missingParty', field: 'parties.client.name' },
      {
        kind: 'unknownPlaceholder',
        name: 'client.nmae',
        clauses: [
          { id: 'a', number: 1 },
          { id: 'c', number: 3 },
        ],
      },
      {
        kind: 'missingVariable',
        name: 'offer.grossTotal',
        clauses: [
          { id: 'a', number: 1 },
          { id: 'c', number: 3 },
        ],
      },
      { kind: 'missingVariable', name: 'contract.start', clauses: [{ id: 'b', number: 2 }] },
      { kind: 'unknownReference', name: 'gibt-es-nicht', clauses: [{ id: 'b', number: 2 }] },
    ]);
    for (const name of [
      'client.nmae',
      'offer.grossTotal',
      'contract.start',
      'gibt-es-nicht',
      'parties.client.name',
    ]) {
      expect(error.message).toContain(name);
    }
  });

  it('lists the variables a library Werkvertrag lacks when the variables panel is empty', async () => {
    const error = await exportError({ ...sampleWerkvertrag('de'), variables: {} });
    const missing = error.issues.flatMap((issue) =>
      issue.kind === 'missingVariable' ? [issue.name] : [],
    );
    expect(missing).toEqual(
      expect.arrayContaining(['company.name', 'client.name', 'offer.scope', 'offer.grossTotal']),
    );
    expect(error.issues.every((issue) => issue.kind === 'missingVariable')).toBe(true);
  });

  it('refuses a contract without clauses, with an empty title or a revision below 1', async () => {
    const input = sampleWerkvertrag('de');
    await expect(buildContractDocument({ ...input, clauses: [] })).rejects.toThrow(
      ContractInputError,
    );
    await expect(buildContractDocument({ ...input, title: ' ' })).rejects.toThrow(/title/);
    await expect(buildContractDocument({ ...input, revision: 0 })).rejects.toThrow(/revision/);
    await expect(
      buildContractDocument({
        ...input,
        clauses: [...input.clauses, { ...input.clauses[0]! }],
      }),
    ).rejects.toThrow(/twice/);
    await expect(
      buildContractDocument({
        ...input,
        branding: { brandColor: '#1c5d99', logoPng: new TextEncoder().encode('kein Bild') },
      }),
    ).rejects.toThrow(/branding.logoPng/);
    const bad = { ...input, parties: { ...input.parties, client: undefined } };
    await expect(buildContractDocument(bad as unknown as ContractDocxInput)).rejects.toThrow(
      /parties/,
    );
    await expect(
      buildContractDocument({ ...input, variables: null } as unknown as ContractDocxInput),
    ).rejects.toThrow(/variables/);
  });
});

describe('buildContractDocument (English)', () => {
  it('numbers Section 1 …, names the parties as Client and Contractor, signs “For the Client”', async () => {
    const input = sampleWerkvertrag('en');
    const parts = await build(input);
    expect(headings(parts.document)).toEqual(
      input.clauses.map((clause, index) => `Section ${index + 1} ${clause.title}`),
    );
    expect(headings(parts.document)[0]).toBe('Section 1 Subject matter');
    const text = paragraphs(parts.document);
    const all = text.join('\n');
    expect(all).not.toContain('{{');
    const number = (id: string) => input.clauses.findIndex((clause) => clause.id === id) + 1;
    expect(all).toContain(`removed under Section ${number('warranty')}.`);
    expect(text).toEqual(
      expect.arrayContaining([
        'CONTRACT FOR WORK',
        'between',
        'Brandt & Sons Engineering Ltd',
        '(the “Client”)',
        'and',
        '(the “Contractor”)',
        'Contents',
        'Signatures',
      ]),
    );
    const signatures = tables(parts.document)
      .at(-1)![0]!
      .map((cell) => cell.split('\n')[0]);
    expect(signatures).toEqual(['For the Client', 'For the Contractor']);
    expect(paragraphs(parts.footers.join('\n'))).toContain(
      'Managing directors: Dr. Jana Petersen, Tobias Krüger',
    );
  });

  it('calls both parties of an NDA “Partei”', async () => {
    const input: ContractDocxInput = {
      ...sampleWerkvertrag('de'),
      contractType: 'nda',
      clauses: sampleContractClauses('nda', 'de', {}),
      variables: sampleContractVariables.de,
    };
    const parts = await build(input);
    const text = paragraphs(parts.document);
    expect(text).toContain('– nachfolgend jeweils „Partei“ –');
    expect(text).not.toContain('– nachfolgend „Auftraggeber“ –');
    expect(
      tables(parts.document)
        .at(-1)![0]!
        .map((cell) => cell.split('\n')[0]),
    ).toEqual(['Partei', 'Partei']);
  });
});
