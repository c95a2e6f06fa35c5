// Prints "Tests: N passed, N failed" from the JSON reports of Vitest and Playwright, for bin/ci's
// last line, preceded by the name and first error line of each failed test: a CI log is often
// read from its end, far from where the test reporters printed the failure. A report that is
// missing (its step did not run) counts as nothing.
//
//   node bin/test-counts.mjs <vitest.json> [<playwright.json>…]   (browser, operations tests)
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';

const [vitestReport, ...playwrightReports] = process.argv.slice(2);
const read = (file) => (file && existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);
const firstLine = (text) =>
  (text ?? '')
    .replace(/\x1b\[[0-9;]*m/g, '')
    .trim()
    .split('\n')[0];

let passed = 0;
let failed = 0;
const failures = [];

const vitest = read(vitestReport);
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  for (const file of vitest.testResults) {
    for (const test of file.assertionResults) {
      if (test.status !== 'failed') continue;
      const where = relative(process.cwd(), file.name);
      failures.push(`${where} › ${test.fullName}\n      ${firstLine(test.failureMessages[0])}`);
    }
  }
}

function* playwrightSpecs(suite) {
  yield* suite.specs ?? [];
  for (const child of suite.suites ?? []) yield* playwrightSpecs(child);
}

for (const playwright of playwrightReports.map(read)) {
  if (!playwright) continue;
  // "flaky" tests passed on retry; they still count as failed here so they get fixed.
  passed += playwright.stats.expected;
  failed += playwright.stats.unexpected + playwright.stats.flaky;
  for (const suite of playwright.suites) {
    for (const spec of playwrightSpecs(suite)) {
      for (const test of spec.tests) {
        if (test.status !== 'unexpected' && test.status !== 'flaky') continue;
        const error = test.results.flatMap((result) => result.errors)[0];
        failures.push(
          `[${test.projectName}] ${spec.file}:${spec.line} › ${spec.title} (${test.status})\n      ${firstLine(error?.message)}`,
        );
      }
    }
  }
}

if (failures.length > 0) console.log(`Failed tests:\n${failures.map((f) => `  ${f}`).join('\n')}`);
console.log(`Tests: ${passed} passed, ${failed} failed`);
