import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixture = join(root, 'test/fixtures/offer-bundle-example.json');
const expectedTotals = JSON.parse(
  readFileSync(join(root, 'test/fixtures/offer-bundle-example.expected.json'), 'utf8'),
) as Record<string, string>;

const scratch = mkdtempSync(join(tmpdir(), 'quotient-render-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** One start of the render command may take long on a slow, busy 2-core machine (tsx compiles first). */
const PROCESS_TIMEOUT_MS = 90_000;

/** Runs the render command as users do; returns exit code, stdout and stderr. */
function render(...args: string[]) {
  const result = spawnSync('npx', ['tsx', 'scripts/render.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: PROCESS_TIMEOUT_MS,
  });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Each test starts the command up to three times: its limit is sized for that, not for speed.
describe('npm run render', { timeout: 3 * PROCESS_TIMEOUT_MS + 30_000 }, () => {
  it('prints the usage and exits 2 without arguments', () => {
    const { code, stdout, stderr } = render();
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toContain('missing <bundle.json>');
    expect(stderr).toContain('Usage: npm run render -- <bundle.quotient-offer.json> --out <dir>');
  });

  it('exits 2 without --out, with an unknown option, and for an unreadable file', () => {
    const out = join(scratch, 'never');
    const runs = [
      render(fixture),
      render(fixture, '--out', out, '--pdf'),
      render(join(scratch, 'missing.json'), '--out', out),
    ];
    expect(runs.map(({ code, stdout }) => ({ code, stdout }))).toEqual([
      { code: 2, stdout: '' },
      { code: 2, stdout: '' },
      { code: 2, stdout: '' },
    ]);
    expect(runs[0]?.stderr).toContain('missing --out <dir>');
    expect(runs[1]?.stderr).toContain("Unknown option '--pdf'");
    expect(runs[2]?.stderr).toContain('cannot read');
    expect(existsSync(out)).toBe(false);
  });

  it('lists every problem of an invalid bundle with its JSON path and writes nothing', () => {
    const bundle = JSON.parse(readFileSync(fixture, 'utf8'));
    delete bundle.offer.number;
    bundle.offer.currency = 'USD';
    bundle.offer.sections[1].lines[0].quantity = 'abc';
    bundle.offer.sections[2].lines[0].billing = 'weekly';
    const file = join(scratch, 'broken.quotient-offer.json');
    writeFileSync(file, JSON.stringify(bundle));
    const out = join(scratch, 'broken-out');
    const { code, stdout, stderr } = render(file, '--out', out);
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr.trim().split('\n').slice(1)).toEqual([
      'offer.number: is required',
      'offer.sections[1].lines[0].quantity: must be a decimal number written as a string, e.g. "12.50" (got "abc")',
      'offer.sections[2].lines[0].billing: expected one of "one-time"|"monthly"|"yearly" (got "weekly")',
    ]);
    expect(existsSync(out)).toBe(false);
  });

  it('renders the example to xlsx and docx and prints exactly one JSON line of totals', () => {
    const out = join(scratch, 'nested', 'out');
    const { code, stdout, stderr } = render(fixture, '--out', out);
    expect(code, stderr).toBe(0);
    expect(stdout).toBe(
      `${JSON.stringify(expectedTotals, ['net', 'vat', 'gross', 'monthly', 'yearly', 'contractValue'])}\n`,
    );
    expect(JSON.parse(stdout)).toEqual(expectedTotals);
    expect(readdirSync(out).sort()).toEqual([
      'A-2026-0001 Musterbau AG.docx',
      'A-2026-0001 Musterbau AG.xlsx',
    ]);
    for (const name of readdirSync(out)) {
      const bytes = readFileSync(join(out, name));
      expect(bytes.length, name).toBeGreaterThan(1000);
      expect(bytes.subarray(0, 2).toString('latin1'), name).toBe('PK');
    }
  });

  it('renders the internal version with the same totals', () => {
    const out = join(scratch, 'internal');
    const { code, stdout, stderr } = render(fixture, '--out', out, '--internal');
    expect(code, stderr).toBe(0);
    expect(JSON.parse(stdout)).toEqual(expectedTotals);
    expect(readdirSync(out)).toHaveLength(2);
  });

  it('renders an offer in CHF without an exchange rate (its prices are in CHF already)', async () => {
    const bundle = JSON.parse(readFileSync(fixture, 'utf8'));
    bundle.offer.currency = 'CHF';
    delete bundle.offer.exchangeRate;
    const file = join(scratch, 'chf.quotient-offer.json');
    writeFileSync(file, JSON.stringify(bundle));
    const out = join(scratch, 'chf-out');
    const { code, stdout, stderr } = render(file, '--out', out);
    expect(code, stderr).toBe(0);
    expect(JSON.parse(stdout)).toEqual(expectedTotals);
    const workbook = new ExcelJS.Workbook();
    const xlsx = readFileSync(join(out, 'A-2026-0001 Musterbau AG.xlsx'));
    await workbook.xlsx.load(new Uint8Array(xlsx) as unknown as ArrayBuffer);
    const formats = new Set<string>();
    workbook.worksheets[0]?.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.numFmt === 'string' && cell.numFmt.includes('CHF')) formats.add('CHF');
      }),
    );
    expect([...formats]).toEqual(['CHF']);
  });

  it('refuses impossible dates such as 2026-02-30 and writes nothing', () => {
    const bundle = JSON.parse(readFileSync(fixture, 'utf8'));
    bundle.offer.date = '2026-02-30';
    bundle.offer.validUntil = '2025-02-29';
    const file = join(scratch, 'dates.quotient-offer.json');
    writeFileSync(file, JSON.stringify(bundle));
    const out = join(scratch, 'dates-out');
    const { code, stdout, stderr } = render(file, '--out', out);
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr.trim().split('\n').slice(1)).toEqual([
      'offer.date: must be a date YYYY-MM-DD (got "2026-02-30")',
      'offer.validUntil: must be a date YYYY-MM-DD (got "2025-02-29")',
    ]);
    expect(existsSync(out)).toBe(false);
  });
});
