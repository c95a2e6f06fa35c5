// Prints "Tests: N passed, N failed" from the JSON reports of Vitest and Playwright, for bin/ci's
// last line. A report that is missing (its step did not run) counts as nothing.
import { existsSync, readFileSync } from 'node:fs';

const [vitestReport, playwrightReport] = process.argv.slice(2);
const read = (file) => (file && existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);

let passed = 0;
let failed = 0;

const vitest = read(vitestReport);
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
}

const playwright = read(playwrightReport);
if (playwright) {
  // "flaky" tests passed on retry; they still count as failed here so they get fixed.
  passed += playwright.stats.expected;
  failed += playwright.stats.unexpected + playwright.stats.flaky;
}

console.log(`Tests: ${passed} passed, ${failed} failed`);
