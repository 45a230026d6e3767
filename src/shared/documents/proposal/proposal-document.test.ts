import { createCanvas } from '@napi-rs/canvas';
import { beforeAll, describe, expect, it } from 'vitest';
import { CalculationError } from '../../calculation';
import { proposalChartConfig, renderChartPng } from '../chart';
import {
  ESTIMATE_PAGES_MAX_LINES,
  bareProposalDocument,
  buildProposalDocument,
} from '../proposal-document';
import type { DocumentData } from '../types';
import { drawTestLogo, proposalFixture } from '#test/proposal-fixture';
import { proposalModel } from './model';
import { paragraphs, readDocx, tables, textOf } from '#test/read-docx';
import type { DocxParts } from '#test/read-docx';

let logo: Uint8Array;
let chart: Uint8Array;

function withLogo(overrides: Partial<DocumentData> = {}): DocumentData {
  const data = proposalFixture(overrides);
  return { ...data, company: { ...data.company, logo: { data: logo, type: 'png' } } };
}

/** The table whose first row starts with the given cell text. */
function tableAfter(parts: DocxParts, firstCell: string): string[][] | undefined {
  return tables(parts.document).find((table) => table[0]?.[0] === firstCell);
}

beforeAll(async () => {
  logo = await drawTestLogo((width, height) => createCanvas(width, height));
  const data = proposalFixture();
  chart = await renderChartPng(proposalChartConfig(data, proposalModel(data).totals), {
    width: 640,
    height: 320,
    createCanvas,
  });
});

describe('proposalModel', () => {
  it('numbers lines as in the editor and keeps them in that order, subtotals per billing', () => {
    const model = proposalModel(proposalFixture());
    expect(
      model.sections.map((section) => ({
        title: section.title,
        lines: section.lines.map((entry) => `${entry.position} ${entry.line.id}`),
        subtotals: section.subtotals,
      })),
    ).toEqual([
      {
        title: 'Analyse und Konzeption',
        lines: ['1.1 l1', '1.2 l2', '1.3 l3'],
        subtotals: [{ billing: 'one-time', net: '12791.30' }],
      },
      {
        title: 'Hardware und Lizenzen',
        lines: ['2.1 l4', '2.2 l5', '2.3 l6', '2.4 l7'],
        subtotals: [
          { billing: 'one-time', net: '8940.00' },
          { billing: 'monthly', net: expect.any(String) },
        ],
      },
      {
        title: 'Betrieb und Support',
        lines: ['3.1 l8', '3.2 l9', '3.3 l10'],
        subtotals: [
          { billing: 'monthly', net: expect.any(String) },
          { billing: 'yearly', net: '1180.00' },
        ],
      },
    ]);
    const monthly = model.sections.flatMap((section) =>
      section.subtotals.filter((subtotal) => subtotal.billing === 'monthly'),
    );
    // Monthly amounts are never added to one-time ones: the two monthly parts make 2,441.00.
    expect(monthly.reduce((sum, subtotal) => sum + Number(subtotal.net), 0).toFixed(2)).toBe(
      '2441.00',
    );
    const alternative = model.sections[1]?.lines[2];
    expect(alternative?.replaces).toEqual({
      position: '2.1',
      name: 'Firewall-Cluster FortiGate 100F (2 Geräte)',
    });
  });
});

describe('buildProposalDocument', () => {
  it('writes cover, contents, chapters, pricing tables, totals and page fields', async () => {
    const bytes = await buildProposalDocument(withLogo(), { chartPng: chart });
    expect([...bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]); // a zip
    const parts = await readDocx(bytes);
    const text = paragraphs(parts.document).join('\n');

    for (const expected of [
      'Brandt & Söhne Maschinenbau GmbH',
      'A-2026-0042-r2',
      'Modernisierung der IT-Infrastruktur',
      '28.11.2026',
      '31.12.2026',
      '1 Analyse und Konzeption',
      '2 Hardware und Lizenzen',
      'Management Summary',
      'Ausgangslage und Ziele',
      'Alternative zu Pos. 2.1 (Firewall-Cluster FortiGate 100F (2 Geräte))',
      'Zahlbar innerhalb von 30 Tagen nach Rechnungsstellung netto; bei Zahlung innerhalb von 10 Tagen abzüglich 2 % Skonto',
      'Dieses Angebot ist gültig bis zum 31.12.2026.',
      'Abbildung 1: Kosten über die Vertragslaufzeit (netto)',
      'Für Nordlicht IT-Beratung GmbH',
      'Für Brandt & Söhne Maschinenbau GmbH',
    ]) {
      expect(text).toContain(expected);
    }
    // Section 3 has only recurring and optional lines: it is a table of its own too.
    expect(text).toContain('3 Betrieb und Support');

    expect(tableAfter(parts, 'Einmalige Kosten')).toEqual([
      ['Einmalige Kosten'],
      ['Zwischensumme Positionen', '21.731,30 €'],
      ['abzüglich 3 % Nachlass', '-651,93 €'],
      ['Summe netto', '21.079,37 €'],
      ['zuzüglich 19 % USt. auf 20.614,93 €', '3.916,84 €'],
      ['zuzüglich 7 % USt. auf 464,44 €', '32,51 €'],
      ['Summe USt.', '3.949,35 €'],
      ['Gesamtbetrag brutto', '25.028,72 €'],
      ['abzüglich 2 % Skonto bei Zahlung innerhalb von 10 Tagen', '-500,57 €'],
      ['Zahlbetrag mit Skonto', '24.528,15 €'],
      ['Monatliche Kosten'],
      ['Zwischensumme Positionen', '2.441,00 €'],
      ['abzüglich 3 % Nachlass', '-73,23 €'],
      ['Summe netto', '2.367,77 €'],
      ['zuzüglich 19 % USt.', '449,88 €'],
      ['Gesamt brutto pro Monat', '2.817,65 €'],
      ['abzüglich 2 % Skonto bei Zahlung innerhalb von 10 Tagen', '-56,35 €'],
      ['Zahlbetrag mit Skonto', '2.761,30 €'],
      ['Jährliche Kosten'],
      ['Zwischensumme Positionen', '1.180,00 €'],
      ['abzüglich 3 % Nachlass', '-35,40 €'],
      ['Summe netto', '1.144,60 €'],
      ['zuzüglich 19 % USt.', '217,47 €'],
      ['Gesamt brutto pro Jahr', '1.362,07 €'],
      ['abzüglich 2 % Skonto bei Zahlung innerhalb von 10 Tagen', '-27,24 €'],
      ['Zahlbetrag mit Skonto', '1.334,83 €'],
      ['Vertragswert über 36 Monate netto', '109.752,89 €'],
    ]);
    expect(tableAfter(parts, 'Pos.')).toEqual([
      ['Pos.', 'Leistung', 'Menge', 'Einheit', 'Einzelpreis', 'Rabatt', 'Netto'],
      [
        '1.1',
        'Ist-Aufnahme Netzwerk und Server\nWorkshops an beiden Standorten, Dokumentation der Ist-Architektur',
        '4',
        'PT',
        '1.250,00 €',
        '',
        '5.000,00 €',
      ],
      [
        '1.2',
        'Zielarchitektur und Migrationsplan',
        '6,5',
        'PT',
        '1.250,00 €',
        '10 %',
        '7.312,50 €',
      ],
      ['1.3', 'Schulungsunterlagen (gedruckt)', '12', 'Stk.', '39,90 €', '', '478,80 €'],
      ['Zwischensumme Analyse und Konzeption', '12.791,30 €'],
    ]);

    // Table of contents as a field Word updates on open, and LibreOffice fills on load.
    expect(parts.document).toMatch(/<w:instrText[^>]*>TOC \\h \\o &quot;1-2&quot;<\/w:instrText>/);
    expect(parts.settings).toMatch(/<w:updateFields(?: w:val="(?:true|1)")?\/>/);
    // "Seite X von Y" from PAGE and NUMPAGES fields, on the pages after the cover only.
    const footers = parts.footers.map((footer) => ({
      // PAGE is left for the viewer; NUMPAGES carries the estimated count.
      text: paragraphs(footer)[0]?.replace(/\d+$/, 'N'),
      page: /instrText[^>]*>\s*PAGE\s*</.test(footer),
      pages: /instrText[^>]*>\s*NUMPAGES\s*</.test(footer),
    }));
    expect(footers).toContainEqual({ text: 'Seite  von N', page: true, pages: true });
    expect(parts.footers.join('')).toContain('Amtsgericht Hamburg HRB 123456');
    expect(parts.footers.join('')).toContain('IBAN: DE89370400440532013000');
    expect(parts.document).toContain('<w:titlePg/>');
    // Headings in the brand colour; bullets and numbers in the numbering part.
    expect(parts.numbering).toContain('w:val="bullet"');
    expect(parts.numbering).toContain('w:val="decimal"');
    // Logo and chart are embedded as they were given.
    const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));
    expect(parts.media.some((media) => same(media, logo))).toBe(true);
    expect(parts.media.some((media) => same(media, chart))).toBe(true);
  });

  it('writes English labels and amounts for an English offer', async () => {
    const bytes = await buildProposalDocument(withLogo({ language: 'en' }), { chartPng: null });
    const parts = await readDocx(bytes);
    const text = paragraphs(parts.document).join('\n');
    expect(text).toContain('Total gross');
    expect(text).toContain('€25,028.72');
    expect(text).toContain('This offer is valid until 31 December 2026.');
    expect(parts.footers.map((footer) => paragraphs(footer)[0])).toContain('Page  of 6');
    expect(text).not.toContain('Figure 1');
    expect(parts.media).toHaveLength(1);
  });

  it('prints the reverse-charge note and no VAT under reverse charge', async () => {
    const data = proposalFixture();
    const bytes = await buildProposalDocument(
      {
        ...data,
        client: { ...data.client, vatId: 'ATU12345678', country: 'AT' },
        offer: { ...data.offer, reverseCharge: true, currency: 'CHF', exchangeRate: '0.9412' },
      },
      { chartPng: null },
    );
    const parts = await readDocx(bytes);
    const text = paragraphs(parts.document).join('\n');
    expect(text).toContain(
      'Steuerschuldnerschaft des Leistungsempfängers. USt-IdNr. des Leistungsempfängers: ATU12345678.',
    );
    expect(text).toContain('zuzüglich 0 % USt. (Steuerschuldnerschaft des Leistungsempfängers)');
    expect(text).toContain('Gesamtbetrag brutto');
    expect(text).toContain('Gesamtbetrag brutto\n21.079,36 CHF');
    expect(text).toContain('1 EUR = 0,9412 CHF');
    expect(parts.media).toHaveLength(0);
  });

  it('lists the headings in the contents of an offer too big for the page estimate', async () => {
    const data = proposalFixture();
    const [first, ...rest] = data.sections;
    const template = first!.lines[0]!;
    const many = Array.from({ length: ESTIMATE_PAGES_MAX_LINES + 1 }, (_, index) => ({
      ...template,
      id: `many${index}`,
    }));
    const parts = await readDocx(
      await buildProposalDocument(
        { ...data, sections: [{ ...first!, lines: [...first!.lines, ...many] }, ...rest] },
        { chartPng: null },
      ),
    );
    const contents = /<w:sdtContent>([\s\S]*?)<\/w:sdtContent>/.exec(parts.document)?.[1] ?? '';
    // An entry is its title, a tab and the page number Word fills in.
    const entries = paragraphs(contents)
      .filter((text) => text !== '')
      .map((text) => text.replace(/\t.*$/, ''));
    const headings = (parts.document.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [])
      .filter((paragraph) => /<w:pStyle w:val="Heading[12]"\/>/.test(paragraph))
      .map(textOf);
    expect(entries).toEqual(headings);
    expect(headings).toContain('Preise und Konditionen');
    expect(headings).toContain('1 Analyse und Konzeption');
  });

  it('rejects lines the totals engine rejects', async () => {
    const data = proposalFixture();
    const [first] = data.sections;
    const broken = {
      ...data,
      sections: [{ title: 'X', lines: [{ ...first!.lines[0]!, quantity: 'viele' }] }],
    };
    await expect(buildProposalDocument(broken, { chartPng: null })).rejects.toBeInstanceOf(
      CalculationError,
    );
  });
});

describe('bareProposalDocument', () => {
  it('writes one plain table of the lines', async () => {
    const lines = proposalFixture().sections.flatMap((section) => section.lines);
    const parts = await readDocx(await bareProposalDocument(lines));
    const [table] = tables(parts.document);
    expect(table).toHaveLength(lines.length);
    expect(table?.[0]).toEqual([
      '1',
      'Ist-Aufnahme Netzwerk und Server',
      '4',
      'person-day',
      '1250.00',
      '',
      '19',
    ]);
  });
});
