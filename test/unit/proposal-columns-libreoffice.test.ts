import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProposalDocument } from '../../src/shared/documents/proposal-document';
import { proposalFixture } from '../support/proposal-fixture';
import { proposalLabels } from '../../src/shared/documents/proposal/labels';

function which(command: string): string | null {
  try {
    return execFileSync('which', [command], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

const soffice = which('soffice');
const pdftotext = which('pdftotext');
const missing = soffice === null || pdftotext === null;
if (missing) console.warn('proposal column tests skipped: soffice or pdftotext not found');

const languages = ['de', 'en'] as const;

describe.skipIf(missing)('the proposal price table in LibreOffice, German and English', () => {
  let work: string;
  const text: Partial<Record<(typeof languages)[number], string>> = {};

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'quotient-columns-'));
    for (const language of languages) {
      const docx = join(work, `proposal-${language}.docx`);
      writeFileSync(
        docx,
        await buildProposalDocument({ ...proposalFixture(), language }, { chartPng: null }),
      );
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
        { stdio: 'ignore', timeout: 180_000 },
      );
      const pdf = join(work, `proposal-${language}.pdf`);
      text[language] = existsSync(pdf)
        ? execFileSync(pdftotext as string, ['-layout', pdf, '-'], { encoding: 'utf8' })
        : '';
    }
  }, 400_000);

  afterAll(() => {
    if (work !== undefined) rmSync(work, { recursive: true, force: true });
  });

  it.each(languages)('every column heading fits its column on one line (%s)', (language) => {
    const labels = proposalLabels(language);
    const headings = [
      labels.pos,
      labels.description,
      labels.quantity,
      labels.unit,
      labels.unitPrice,
      labels.discount,
      labels.net,
    ];
    // The header row is one text line with every heading whole and in order (a heading that
    // wraps leaves a part of it, "Discoun", on this line and the rest, "t", below).
    const pattern = new RegExp(
      headings.map((heading) => `${heading.replace('.', '\\.')}`).join(' +'),
    );
    const lines = (text[language] ?? '')
      .split('\n')
      .filter((line) => line.trim().startsWith(`${labels.pos} `));
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.filter((line) => !pattern.test(line.trim()))).toEqual([]);
  });
});
