// Totals the suites' results into the one closing line CI reads: "N passed, N failed".
// typecheck and lint count as one check each; a suite that crashed before writing its
// report counts as one failure, so a broken run can never look green.
import { existsSync, readFileSync } from 'node:fs';

const codes = Object.fromEntries(process.argv.slice(2).map((s) => s.split('=')).map(([k, v]) => [k, Number(v)]));
let passed = 0;
let failed = 0;

for (const check of ['typecheck', 'lint']) {
  if (codes[check] === 0) passed += 1;
  else failed += 1;
}

function read(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}

const unit = read('.e2e-tmp/unit.json');
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  if (codes.unit !== 0 && unit.numFailedTests === 0) failed += 1; // e.g. a file that failed to load
} else {
  failed += 1;
}

const e2e = read('.e2e-tmp/results.json');
if (e2e) {
  passed += e2e.stats.expected + (e2e.stats.flaky ?? 0);
  failed += e2e.stats.unexpected;
  if (codes.e2e !== 0 && e2e.stats.unexpected === 0) failed += 1;
} else {
  failed += 1;
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
