// The contract's Word file converted to PDF by LibreOffice: the texts are there as a reader sees them, the
// table of contents is filled with the pages the clauses are on, every page after the cover is numbered.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleMaintenanceContract, sampleWerkvertrag } from '#test/contract-samples';
import { buildContractDocument } from './contract-docx';
import type { ContractDocxInput } from './contract-docx';

function which(command: string): string | null {
  const dirs = (process.env.PATH ?? '').split(delimiter).concat('/usr/bin', '/usr/local/bin');
  return dirs.map((dir) => join(dir, command)).find((path) => existsSync(path)) ?? null;
}

const soffice = which('soffice');
const pdftotext = which('pdftotext');
const TIMEOUT = 240_000;

const SAMPLES: Record<string, ContractDocxInput> = {
  werk: sampleWerkvertrag('de'),
  'werk-en': sampleWerkvertrag('en'),
  sla: sampleMaintenanceContract('de'),
};

describe.skipIf(soffice === null || pdftotext === null)('contract Word file in LibreOffice', () => {
  let work = '';
  /** Each sample's PDF text per page (pdftotext -layout, pages split at form feeds). */
  const pages: Record<string, string[]> = {};

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'quotient-contract-'));
    const files = await Promise.all(
      Object.entries(SAMPLES).map(async ([name, input]) => {
        const file = join(work, `${name}.docx`);
        writeFileSync(file, await buildContractDocument(input));
        return file;
      }),
    );
    // One LibreOffice run for all samples, with a fresh profile: a shared one locks.
    const result = spawnSync(
      soffice as string,
      [
        `-env:UserInstallation=file://${join(work, 'profile')}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        work,
        ...files,
      ],
      { encoding: 'utf8', timeout: 220_000 },
    );
    expect(result.status, result.stderr).toBe(0);
    for (const name of Object.keys(SAMPLES)) {
      const pdf = join(work, `${name}.pdf`);
      expect(existsSync(pdf), `${pdf} missing: ${result.stdout} ${result.stderr}`).toBe(true);
      const text = spawnSync(pdftotext as string, ['-layout', pdf, '-'], { encoding: 'utf8' });
      pages[name] = text.stdout.split('\f').filter((page) => page.trim() !== '');
    }
  }, TIMEOUT);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  /** The page number the contents page gives a heading, or NaN when it lists none. */
  const contentsPage = (contents: string, heading: string) =>
    Number(
      new RegExp(`${heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[ .]+(\\d+)`).exec(
        contents,
      )?.[1],
    );

  /** A page's lines with runs of spaces made one, so that justified and tabbed text reads plainly. */
  const plain = (text: string) => text.replace(/[ \t]+/g, ' ');

  it('shows the parties, the resolved clauses and the signature blocks, with no placeholder left', () => {
    const input = SAMPLES.werk!;
    const all = plain(pages.werk!.join('\n'));
    expect(all).not.toContain('{{');
    for (const expected of [
      'zwischen',
      'Brandt & Söhne Maschinenbau GmbH',
      '– nachfolgend „Auftraggeber“ –',
      'Nordlicht IT-Beratung GmbH',
      '– nachfolgend „Auftragnehmer“ –',
      'Für den Auftraggeber',
      'Für den Auftragnehmer',
      'Ort, Datum',
      'Unterschrift',
      'Dr. Anna Schmidt',
      'Name, Funktion',
      'Konzeption und Design des Kundenportals (12 PT)',
    ]) {
      expect(all).toContain(expected);
    }
    const warranty = input.clauses.findIndex((clause) => clause.id === 'warranty') + 1;
    expect(all.replace(/\s+/g, ' ')).toContain(`im Rahmen von § ${warranty} beseitigt`);
    // Every clause heading in order, after the contents page.
    const body = plain(pages.werk!.slice(2).join('\n'));
    let from = 0;
    input.clauses.forEach((clause, index) => {
      const at = body.indexOf(`§ ${index + 1} ${clause.title}`, from);
      expect(at, clause.title).toBeGreaterThanOrEqual(from);
      from = at;
    });
  });

  it('fills the table of contents with the page each clause starts on, and numbers the pages', () => {
    const werk = pages.werk!;
    const input = SAMPLES.werk!;
    expect(werk.length).toBeGreaterThanOrEqual(4);
    expect(werk[0]).not.toMatch(/Seite \d+ von/);
    expect(werk[1]).toContain('Inhalt');
    expect(werk[1]).toContain(`Seite 2 von ${werk.length}`);
    // The numbers are worked out as Word lays the pages out, in Arial. Where Arial is missing, LibreOffice sets the
    // text in a wider font, which can push a heading onto the next page; never further, nor earlier.
    const arial = spawnSync('fc-match', ['Arial'], { encoding: 'utf8' }).stdout ?? '';
    const slack = /arial|liberation sans/i.test(arial) ? 0 : 1;
    let previous = 3;
    input.clauses.forEach((clause, index) => {
      const heading = `§ ${index + 1} ${clause.title}`;
      const page = contentsPage(werk[1]!, heading);
      expect(page, heading).toBeGreaterThanOrEqual(previous);
      previous = page;
      const found = werk.findIndex((text, at) => at >= 2 && plain(text).includes(heading)) + 1;
      expect(found - page, heading).toBeGreaterThanOrEqual(0);
      expect(found - page, heading).toBeLessThanOrEqual(slack);
    });
    // The first clause starts the page after the contents.
    expect(contentsPage(werk[1]!, '§ 1 Vertragsgegenstand')).toBe(3);
    // The company's legal details on every page.
    for (const page of werk) expect(page).toContain('Amtsgericht Hamburg HRB');
  });

  it('prints the SLA response table as a table and the English contract with Section numbers', () => {
    const sla = plain(pages.sla!.join('\n'));
    expect(sla).toMatch(/Priorität Beschreibung Reaktionszeit Lösungszeit/);
    expect(sla).toMatch(/P1 Kritisch .*1 Stunde 4 Stunden/);
    expect(sla).not.toContain('{{');
    const english = pages['werk-en']!;
    expect(english[1]).toContain('Contents');
    expect(english[1]).toMatch(/Section 1 Subject matter[ .]+\d+/);
    expect(english[1]).toContain(`Page 2 of ${english.length}`);
    const all = plain(english.join('\n'));
    for (const expected of [
      '(the “Client”)',
      '(the “Contractor”)',
      'For the Client',
      'Place, date',
    ]) {
      expect(all).toContain(expected);
    }
  });
});
