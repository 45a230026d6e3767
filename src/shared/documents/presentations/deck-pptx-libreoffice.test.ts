// The PowerPoint file opened by LibreOffice Impress: it converts to a PDF with one 16:9 page per
// slide and the slides' texts (skipped where LibreOffice or its Impress part is not installed).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import { afterAll, describe, expect, it } from 'vitest';
import { sampleExportInput } from '#test/deck-export-samples';
import { deckChartPngs } from './deck-charts';
import { buildDeckPptx } from './deck-pptx';

function which(command: string): string | null {
  const dirs = (process.env.PATH ?? '').split(delimiter).concat('/usr/bin', '/usr/local/bin');
  return dirs.map((dir) => join(dir, command)).find((path) => existsSync(path)) ?? null;
}

const soffice = which('soffice');
const impress =
  soffice !== null &&
  existsSync(join(dirname(realpathSync(soffice)), '..', 'share', 'registry', 'impress.xcd'));
const TIMEOUT = 240_000;
const work = mkdtempSync(join(tmpdir(), 'quotient-deck-pptx-'));

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.skipIf(!impress || which('pdftotext') === null)('deck PowerPoint in LibreOffice', () => {
  it(
    'converts to one 16:9 page per slide with the titles',
    async () => {
      const input = sampleExportInput({ hidePrices: false });
      input.charts = await deckChartPngs(input.deck.slides, createCanvas);
      const file = join(work, 'deck.pptx');
      writeFileSync(file, await buildDeckPptx(input, { withNotes: true }));
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
          file,
        ],
        { encoding: 'utf8', timeout: TIMEOUT - 20_000 },
      );
      expect(result.status, result.stderr).toBe(0);
      const pdf = join(work, 'deck.pdf');
      expect(existsSync(pdf), `${result.stdout} ${result.stderr}`).toBe(true);
      const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
      expect(info).toMatch(/Pages:\s+9\b/);
      const [width, height] = /Page size:\s+([\d.]+) x ([\d.]+) pts/
        .exec(info)!
        .slice(1)
        .map(Number);
      expect(Math.round((width! / height!) * 90)).toBe(160);
      const pages = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
        .stdout.split('\f')
        .slice(0, 9)
        .map((page) => page.replace(/\s+/g, ' '));
      input.deck.slides.forEach((slide, index) => {
        const heading = slide.kind === 'lead-capture' ? slide.leadCapture!.headline : slide.title;
        expect(pages[index]).toContain(heading);
      });
    },
    TIMEOUT,
  );
});
