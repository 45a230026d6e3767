// Prints one closing line "tests: N passed, N failed[, N skipped]" from the JSON reports of
// vitest (reports/unit.json, and reports/unit-future.json from the run with the clock moved
// ahead, when CI made one) and Playwright (reports/e2e.json). Above it, the name of every test
// that failed, so a red run's last lines say which.
import { readFileSync } from 'node:fs';

const read = (file) => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
};
const failures = [];
let passed = 0;
let failed = 0;
let skipped = 0;
const unit = read('reports/unit.json');
for (const [label, report] of [
  ['unit', unit],
  ['unit, clock ahead', read('reports/unit-future.json')],
]) {
  if (!report) continue;
  for (const file of report.testResults ?? []) {
    for (const test of file.assertionResults ?? []) {
      if (test.status === 'failed') failures.push(`${label}: ${file.name} > ${test.fullName}`);
    }
  }
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + (report.numTodoTests ?? 0);
}
const e2e = read('reports/e2e.json');
const e2eFailures = (suite, titles) => {
  for (const spec of suite.specs ?? []) {
    for (const test of spec.tests ?? []) {
      if (test.status === 'unexpected') {
        failures.push(`e2e: ${[...titles, spec.title].join(' > ')} (${spec.file}:${spec.line})`);
      }
    }
  }
  for (const child of suite.suites ?? []) e2eFailures(child, [...titles, child.title]);
};
if (e2e) {
  for (const suite of e2e.suites ?? []) e2eFailures(suite, [suite.title]);
  passed += e2e.stats.expected + (e2e.stats.flaky ?? 0);
  failed += e2e.stats.unexpected;
  skipped += e2e.stats.skipped;
}
// A runner that wrote no report did not pass.
if (!unit) failures.push('unit: no report (the run stopped before the unit tests ended)');
if (!e2e) failures.push('e2e: no report (the run stopped before the end-to-end tests ended)');
if (!unit || !e2e) failed += 1;
for (const failure of failures) console.log(`failed: ${failure}`);
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
