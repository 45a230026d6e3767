import { createCanvas } from '@napi-rs/canvas';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { proposalChartConfig, renderChartPng } from '../../src/shared/documents/chart';
import { buildProposalDocument } from '../../src/shared/documents/proposal-document';
import { drawTestLogo, proposalFixture } from '../support/proposal-fixture';
import { proposalModel } from '../../src/shared/documents/proposal/model';

function which(command: string): string | null {
  try {
    return execFileSync('which', [command], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

const soffice = which('soffice');
const pdftotext = which('pdftotext');
const pdftoppm = which('pdftoppm');
const missing = [
  soffice === null ? 'soffice (LibreOffice)' : '',
  pdftotext === null || pdftoppm === null ? 'pdftotext/pdftoppm (poppler-utils)' : '',
].filter((name) => name !== '');
if (missing.length > 0) {
  console.warn(`proposal LibreOffice tests skipped: ${missing.join(' and ')} not found`);
}

type PdfWord = { text: string; xMin: number; xMax: number; height: number };

/** The words of `pdftotext -bbox` output with their extent, in page order. */
function wordBoxes(html: string): PdfWord[] {
  const word =
    /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  return [...html.matchAll(word)].map(([, xMin, yMin, xMax, yMax, text]) => ({
    text: text ?? '',
    xMin: Number(xMin),
    xMax: Number(xMax),
    height: Number(yMax) - Number(yMin),
  }));
}

/** Where the rendered pages stay for a human to look at after the run. */
const PAGES_DIR = join(tmpdir(), 'quotient-proposal-pages');

describe.skipIf(missing.length > 0)(
  'the Word proposal in LibreOffice',
  () => {
    let work: string;
    let pdfText: string;
    let pdfWords: PdfWord[];
    let pdf: string;

    beforeAll(async () => {
      work = mkdtempSync(join(tmpdir(), 'quotient-proposal-'));
      const base = proposalFixture();
      const data = {
        ...base,
        company: {
          ...base.company,
          logo: {
            data: await drawTestLogo((width, height) => createCanvas(width, height)),
            type: 'png' as const,
          },
        },
      };
      const chartPng = await renderChartPng(proposalChartConfig(data, proposalModel(data).totals), {
        width: 640,
        height: 320,
        createCanvas,
      });
      const docx = join(work, 'proposal.docx');
      writeFileSync(docx, await buildProposalDocument(data, { chartPng }));
      // A fresh profile per run: a shared one locks, and a user's settings would leak in.
      execFileSync(
        soffice as string,
        [
          '--headless',
          '--norestore',
          `-env:UserInstallation=file://${join(work, 'profile')}`,
          '--convert-to',
          'pdf',
          '--outdir',
          work,
          docx,
        ],
        { timeout: 110_000, stdio: 'pipe' },
      );
      pdf = join(work, 'proposal.pdf');
      pdfText = existsSync(pdf)
        ? execFileSync(pdftotext as string, ['-layout', pdf, '-'], { encoding: 'utf8' })
        : '';
      pdfWords = existsSync(pdf)
        ? wordBoxes(execFileSync(pdftotext as string, ['-bbox', pdf, '-'], { encoding: 'utf8' }))
        : [];
    }, 120_000);

    afterAll(() => {
      if (work !== undefined) rmSync(work, { recursive: true, force: true });
    });

    it('converts to PDF with client, offer number and gross total', () => {
      expect(existsSync(pdf)).toBe(true);
      for (const expected of [
        'Brandt & Söhne Maschinenbau GmbH',
        'A-2026-0042-r2',
        '25.028,72 €',
        '109.752,89 €',
      ]) {
        expect(pdfText).toContain(expected);
      }
    });

    it('fills the page numbers and the table of contents', () => {
      const pages = pdfText.split('\f').filter((page) => page.trim() !== '');
      expect(pages.length).toBeGreaterThanOrEqual(5);
      // "Seite 2 von N" with N the real page count; the cover has no page number.
      expect(pages[1]).toContain(`Seite 2 von ${pages.length}`);
      expect(pages[0]).not.toMatch(/Seite \d+ von/);
      // The contents page lists the chapters with page numbers.
      expect(pages[1]).toMatch(/Management Summary[ .]+\d+/);
      // Each entry's page number is the page its heading is on.
      for (const heading of [
        'Ausgangslage und Ziele',
        'Preise und Konditionen',
        'Auftragserteilung',
      ]) {
        const entry = new RegExp(`${heading}[ .]+(\\d+)`).exec(pages[1] ?? '');
        expect(entry, heading).not.toBeNull();
        expect(pages[Number(entry?.[1]) - 1], heading).toContain(heading);
      }
    });

    const first = (text: string) => {
      const word = pdfWords.find((candidate) => candidate.text === text);
      expect(word, text).toBeDefined();
      return word as PdfWord;
    };

    it('sets the price tables in 8.5 pt against 10 pt body text', () => {
      // The table style sizes the cells' text, not the paragraphs (see proposal/styles.ts).
      const body = first('Diesem').height;
      expect(first('Ist-Aufnahme').height / body).toBeCloseTo(0.85, 2);
      expect(first('5.000,00').height / body).toBeCloseTo(0.85, 2);
    });

    it('aligns the price tables: amounts right, units and positions left', () => {
      // The table style aligns them, not the paragraphs (see proposal/styles.ts).
      // Net amounts of lines 1.1 and 1.3: different widths, one right edge.
      const [long, short] = [first('5.000,00'), first('478,80')];
      expect(Math.abs(long.xMax - short.xMax)).toBeLessThan(0.5);
      expect(short.xMin - long.xMin).toBeGreaterThan(3);
      // Units of lines 1.1 and 1.3, and positions: one left edge.
      const [pt, piece] = [first('PT'), first('Stk.')];
      expect(Math.abs(pt.xMin - piece.xMin)).toBeLessThan(0.5);
      expect(piece.xMax - pt.xMax).toBeGreaterThan(3);
      expect(Math.abs(first('1.1').xMin - first('Zwischensumme').xMin)).toBeLessThan(0.5);
    });

    it('renders the first pages to PNG for a look', () => {
      rmSync(PAGES_DIR, { recursive: true, force: true });
      mkdirSync(PAGES_DIR, { recursive: true });
      execFileSync(pdftoppm as string, [
        '-png',
        '-r',
        '50',
        '-f',
        '1',
        '-l',
        '8',
        pdf,
        join(PAGES_DIR, 'page'),
      ]);
      expect(
        readdirSync(PAGES_DIR).filter((name) => name.endsWith('.png')).length,
      ).toBeGreaterThanOrEqual(4);
    });
  },
  120_000,
);
