import { describe, expect, it } from 'vitest';
import {
  type Measurement,
  type Results,
  SqlQueryLog,
  compactCount,
  formatMilliseconds,
  formatRatio,
  parseRequestLogLine,
  replaceSection,
  resultsTable,
  targetVerdicts,
} from './report';

// A request log line as lib/http-request-logger.ts writes it.
function logLine({
  path,
  status = 200,
  sqlQueries,
  level = 'info',
}: {
  path: string;
  status?: number;
  sqlQueries: number;
  level?: string;
}): string {
  return JSON.stringify({
    level,
    time: '2026-11-21T12:00:00.000Z',
    service: 'widgets',
    requestId: 'c0ffee',
    req: { method: 'GET', path },
    res: { status },
    durationMs: 12,
    sqlQueries,
    msg: `GET ${path} ${status}`,
  });
}

function measurement(p50Ms: number, requestsPerSecond = 100): Measurement {
  return { requestsPerSecond, p50Ms, p99Ms: p50Ms * 3, sqlQueries: { min: 2, max: 2 } };
}

const results: Results = {
  sizes: { small: 1_000, large: 1_000_000 },
  rows: [
    {
      label: 'first page',
      path: '/widgets',
      firstPage: true,
      target: true,
      small: measurement(20, 400),
      large: measurement(28, 300),
    },
    {
      label: 'search',
      path: '/widgets?q=sprocket',
      target: true,
      small: measurement(20),
      large: measurement(400),
    },
    { label: 'a widget', path: '/widgets/:id', small: measurement(10), large: measurement(11) },
  ],
  baseline: { label: 'baseline', path: '/', small: measurement(4, 2000), large: measurement(5) },
};

describe('parseRequestLogLine', () => {
  it('reads the path, status and SQL statements of a request', () => {
    expect(parseRequestLogLine(logLine({ path: '/widgets?sort=price', sqlQueries: 3 }))).toEqual({
      path: '/widgets?sort=price',
      status: 200,
      sqlQueries: 3,
      completed: true,
    });
  });

  it('marks a request logged as an error (aborted by the client) as not completed', () => {
    expect(
      parseRequestLogLine(logLine({ path: '/widgets', sqlQueries: 1, level: 'error' })),
    ).toMatchObject({ completed: false });
  });

  it('ignores lines that are not about a request', () => {
    expect(parseRequestLogLine('▲ Next.js 16')).toBeNull();
    expect(parseRequestLogLine('null')).toBeNull();
    expect(
      parseRequestLogLine(JSON.stringify({ level: 'info', msg: 'Widgets is listening' })),
    ).toBeNull();
  });
});

describe('SqlQueryLog', () => {
  it('gives the range of statements per request to a path, from successful requests only', () => {
    const log = new SqlQueryLog();
    for (const line of [
      logLine({ path: '/widgets', sqlQueries: 2 }),
      logLine({ path: '/widgets', sqlQueries: 3 }),
      logLine({ path: '/widgets', sqlQueries: 1, level: 'error' }),
      logLine({ path: '/widgets', sqlQueries: 0, status: 404 }),
      logLine({ path: '/widgets?q=bolt', sqlQueries: 5 }),
      'not JSON',
    ]) {
      log.add(line);
    }

    expect(log.summary('/widgets')).toEqual({ min: 2, max: 3 });
    expect(log.summary('/widgets?q=bolt')).toEqual({ min: 5, max: 5 });
    expect(log.summary('/widgets/1')).toBeUndefined();
  });
});

describe('formatting', () => {
  it('writes sizes compactly', () => {
    expect([1_000, 1_000_000, 25_000, 1_500].map(compactCount)).toEqual([
      '1k',
      '1M',
      '25k',
      '1,500',
    ]);
  });

  it('writes milliseconds whole, with a tenth only when there is one', () => {
    expect([3, 12.5, 99.94, 1234.4].map(formatMilliseconds)).toEqual([
      '3 ms',
      '12.5 ms',
      '99.9 ms',
      '1,234 ms',
    ]);
  });

  it('writes ratios with two significant figures', () => {
    expect([0.0412, 0.5, 1.04, 1.46, 12.6, 1234].map(formatRatio)).toEqual([
      '0.041×',
      '0.5×',
      '1.04×',
      '1.46×',
      '13×',
      '1,234×',
    ]);
  });
});

describe('resultsTable', () => {
  it('puts both sizes of a request on one row, with its p50 growth and the baseline', () => {
    const lines = resultsTable(results).split('\n');
    const cells = (line: string) => line.split('|').map((cell) => cell.trim());

    expect(cells(lines[0]!)).toEqual([
      '',
      'request',
      'req/s 1k',
      'p50 1k',
      'p99 1k',
      'SQL/req 1k',
      'req/s 1M',
      'p50 1M',
      'p99 1M',
      'SQL/req 1M',
      'p50 1M ÷ 1k',
      '',
    ]);
    // Figures are right-aligned.
    expect(lines[1]).toMatch(/^\| -+ \| -+: \|/);
    expect(cells(lines[2]!)).toEqual([
      '',
      'first page: `/widgets`',
      '400',
      '20 ms',
      '60 ms',
      '2',
      '300',
      '28 ms',
      '84 ms',
      '2',
      '1.40×',
      '',
    ]);
    expect(cells(lines[3]!)[10]).toBe('20×');
    expect(cells(lines[5]!)[1]).toBe('baseline: `/`');
    // The app's first page against the baseline at each size: req/s, p50 and p99 ratios.
    expect(cells(lines[6]!).slice(1, 10)).toEqual([
      'first page ÷ baseline',
      '0.2×',
      '5.00×',
      '5.00×',
      '',
      '3.00×',
      '5.60×',
      '5.60×',
      '',
    ]);
    // Every line is as wide as the header: the columns line up as printed.
    expect(new Set(lines.map((line) => line.length)).size).toBe(1);
  });
});

describe('targetVerdicts', () => {
  it('says for each request the target names whether its p50 grew by at most 1.5×', () => {
    expect(targetVerdicts(results)).toEqual([
      'first page: p50 28 ms at 1M vs 20 ms at 1k, 1.40×: met',
      'search: p50 400 ms at 1M vs 20 ms at 1k, 20×: NOT met',
    ]);
  });
});

describe('replaceSection', () => {
  const doc =
    '# Benchmarks\n\nIntro.\n\n## Jobs\n\nFast.\n\n## Pages\n\nOld figures.\n\n## JS\n\nSmall.\n';

  it('replaces the section under the heading, up to the next one, and keeps the others', () => {
    expect(replaceSection(doc, '## Pages', '## Pages\n\nNew figures.\n')).toBe(
      '# Benchmarks\n\nIntro.\n\n## Jobs\n\nFast.\n\n## Pages\n\nNew figures.\n\n## JS\n\nSmall.\n',
    );
  });

  it('replaces the last section', () => {
    expect(replaceSection(doc, '## JS', '## JS\n\nSmaller.')).toBe(
      doc.replace('Small.', 'Smaller.'),
    );
  });

  it('appends the section when the document has none', () => {
    expect(replaceSection('# Benchmarks\n\nIntro.\n', '## Pages', '## Pages\n\nFigures.\n')).toBe(
      '# Benchmarks\n\nIntro.\n\n## Pages\n\nFigures.\n',
    );
  });
});
