import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// bin/ci's closing lines, from report files shaped as Vitest's and Playwright's JSON reporters
// write them (only the fields bin/test-counts.mjs reads).
function testCounts(reports: {
  vitest?: object;
  playwright?: object;
  operations?: object;
}): string {
  const dir = mkdtempSync(join(tmpdir(), 'test-counts-'));
  const files = Object.entries(reports).map(([name, report]) => {
    const file = join(dir, `${name}.json`);
    writeFileSync(file, JSON.stringify(report));
    return file;
  });
  return execFileSync('node', ['bin/test-counts.mjs', ...files], { encoding: 'utf8' });
}

const vitest = {
  numPassedTests: 2,
  numFailedTests: 1,
  testResults: [
    {
      name: join(process.cwd(), 'services/widget-creator.test.ts'),
      assertionResults: [
        { status: 'passed', fullName: 'createWidget creates', failureMessages: [] },
        {
          status: 'failed',
          fullName: 'createWidget refuses',
          failureMessages: ['\u001b[31mAssertionError: expected 1 to be 2\u001b[39m\n    at …'],
        },
      ],
    },
  ],
};

const playwright = {
  stats: { expected: 3, unexpected: 1, flaky: 1 },
  suites: [
    {
      specs: [],
      suites: [
        {
          specs: [
            {
              title: 'a widget is created',
              file: 'widgets.spec.ts',
              line: 12,
              tests: [
                {
                  projectName: 'js',
                  status: 'unexpected',
                  results: [
                    { errors: [{ message: 'Error: expect(locator).toBeVisible()\nmore' }] },
                  ],
                },
                { projectName: 'no-js', status: 'expected', results: [{ errors: [] }] },
              ],
            },
            {
              title: 'a widget is deleted',
              file: 'widgets.spec.ts',
              line: 40,
              tests: [
                {
                  projectName: 'no-js',
                  status: 'flaky',
                  results: [{ errors: [{ message: 'Timeout 5000ms exceeded.' }] }, { errors: [] }],
                },
              ],
            },
          ],
        },
      ],
    },
  ],
};

describe('bin/test-counts.mjs', () => {
  it('counts both reports, flaky tests as failed, and names each failure before the count', () => {
    expect(testCounts({ vitest, playwright })).toBe(
      [
        'Failed tests:',
        '  services/widget-creator.test.ts › createWidget refuses',
        '      AssertionError: expected 1 to be 2',
        '  [js] widgets.spec.ts:12 › a widget is created (unexpected)',
        '      Error: expect(locator).toBeVisible()',
        '  [no-js] widgets.spec.ts:40 › a widget is deleted (flaky)',
        '      Timeout 5000ms exceeded.',
        'Tests: 5 passed, 3 failed',
        '',
      ].join('\n'),
    );
  });

  it('adds up every Playwright report after the first: the browser and the operations tests', () => {
    const passing = { ...vitest, numFailedTests: 0, testResults: [] };
    const operations = {
      stats: { expected: 4, unexpected: 1, flaky: 0 },
      suites: [
        {
          specs: [
            {
              title: 'sessions hold across instances',
              file: 'operations/horizontal-scale.spec.ts',
              line: 30,
              tests: [
                {
                  projectName: 'operations',
                  status: 'unexpected',
                  results: [{ errors: [{ message: 'Error: expected 200, got 302' }] }],
                },
              ],
            },
          ],
        },
      ],
    };

    expect(testCounts({ vitest: passing, playwright, operations })).toBe(
      [
        'Failed tests:',
        '  [js] widgets.spec.ts:12 › a widget is created (unexpected)',
        '      Error: expect(locator).toBeVisible()',
        '  [no-js] widgets.spec.ts:40 › a widget is deleted (flaky)',
        '      Timeout 5000ms exceeded.',
        '  [operations] operations/horizontal-scale.spec.ts:30 › sessions hold across instances (unexpected)',
        '      Error: expected 200, got 302',
        'Tests: 9 passed, 3 failed',
        '',
      ].join('\n'),
    );
  });

  it('prints only the count when nothing failed, and counts a missing report as nothing', () => {
    const passing = { ...vitest, numFailedTests: 0, testResults: [] };

    expect(testCounts({ vitest: passing })).toBe('Tests: 2 passed, 0 failed\n');
  });
});
