// Issue 4's figures: a 1,000-line offer to xlsx and docx, each against a bare program, and
// whether the start-up bundle stayed free of ExcelJS, docx and chart.js.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { report, round, round2, WEB_OUT } from './lib.mjs';

/** Runs test/bench/documents.bench-run.ts under vitest (Node cannot import .ts itself). */
function measureInNode(root) {
  const out = join(root, 'out/bench-node/documents.json');
  execFileSync(
    'npx',
    [
      'vitest',
      'run',
      '--config',
      'test/bench/vitest.node.config.ts',
      'test/bench/documents.bench-run.ts',
    ],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, BENCH_DOCS_OUT: out },
    },
  );
  return JSON.parse(readFileSync(out, 'utf8'));
}

/** The scripts index.html loads at start-up, and the lazy chunks that carry the document libraries. */
function bundleCheck(root) {
  const dir = join(root, WEB_OUT);
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const startup = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map(
    (match) => match[1],
  );
  // Strings only the libraries themselves contain (the app names their MIME types too).
  const marker = { exceljs: /xl\/worksheets\/sheet/, docx: /w:pPr/, chartjs: /\$chartjs/ };
  const found = Object.fromEntries(
    Object.entries(marker).map(([name, pattern]) => [
      name,
      startup.filter((file) => pattern.test(readFileSync(join(dir, file), 'utf8'))),
    ]),
  );
  const lazy = readdirSync(join(dir, 'assets')).filter(
    (file) => file.endsWith('.js') && !startup.includes(`assets/${file}`),
  );
  return {
    startupFiles: startup,
    startupGzipKB: round(
      startup.reduce((sum, file) => sum + gzipSync(readFileSync(join(dir, file))).length, 0) / 1024,
    ),
    documentLibrariesInStartup: found,
    lazyChunks: lazy.length,
  };
}

export function measureDocuments({ root }) {
  const node = measureInNode(root);
  const bundle = bundleCheck(root);
  const clean = Object.values(bundle.documentLibrariesInStartup).every(
    (files) => files.length === 0,
  );
  const figures = {
    data: { lines: node.lines, runs: node.runs },
    // Each against a bare ExcelJS/docx program writing the same cells or table, interleaved.
    xlsx1000LinesMs: {
      value: round(node.xlsxMs),
      baseline: round(node.xlsxBareMs),
      ratio: round2(node.xlsxMs / node.xlsxBareMs),
      target: { value: 1500, ratio: 1.5 },
      baselineIs: 'bare ExcelJS workbook of the same cells',
    },
    docx1000LinesMs: {
      value: round(node.docxMs),
      baseline: round(node.docxBareMs),
      ratio: round2(node.docxMs / node.docxBareMs),
      target: { value: 2000, ratio: 1.5 },
      baselineIs: 'bare docx document with the same table',
    },
    documentLibrariesOutOfStartup: { value: clean ? 0 : 1, target: 0, ...bundle },
  };
  report(figures);
  return figures;
}
