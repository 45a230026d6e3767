// Prints one closing line "tests: N passed, N failed[, N skipped]" from the JSON reports of
// vitest (reports/unit.json, and reports/unit-future.json from the run with the clock moved
// ahead, when CI made one) and Playwright (reports/e2e.json).
import { readFileSync } from 'node:fs';

const read = (file) => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
};
let passed = 0;
let failed = 0;
let skipped = 0;
const unit = read('reports/unit.json');
for (const report of [unit, read('reports/unit-future.json')]) {
  if (!report) continue;
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + (report.numTodoTests ?? 0);
}
const e2e = read('reports/e2e.json');
if (e2e) {
  passed += e2e.stats.expected + (e2e.stats.flaky ?? 0);
  failed += e2e.stats.unexpected;
  skipped += e2e.stats.skipped;
}
if (!unit || !e2e) failed += 1; // a runner that wrote no report did not pass
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
