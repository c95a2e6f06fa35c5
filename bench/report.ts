// The pure half of `npm run bench`: reading the app's request log lines, and turning the
// measurements into the table it prints and writes to docs/benchmarks.md. No I/O here, so it is
// unit-tested (bench/report.test.ts); bench/index-pages.ts does the measuring.

/** What one URL did at one database size. */
export type Measurement = {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** SQL statements per request, from the app's request log lines; undefined when not counted. */
  sqlQueries: SqlQueries | undefined;
};

/** The fewest and most SQL statements one request sent (equal when every request sent as many). */
export type SqlQueries = { min: number; max: number };

/** A measured request: `label` names it in the table, `path` is an example of what was sent. */
export type Row = { label: string; path: string; small: Measurement; large: Measurement };

export type Results = {
  /** Widgets in the database of each size. */
  sizes: { small: number; large: number };
  /** The app's requests; the one with `firstPage` is compared to the baseline. */
  rows: (Row & { firstPage?: boolean; target?: boolean })[];
  baseline: Row;
};

/** Issue 5: at the large size, p50 within this factor of the same request at the small size. */
export const TARGET_P50_RATIO = 1.5;

// ---------------------------------------------------------------------------------------------
// The app's request log (lib/http-request-logger.ts)

export type RequestLogLine = {
  path: string;
  status: number;
  sqlQueries: number;
  /** False for a request the client gave up on (logged at level "error" as "request aborted"). */
  completed: boolean;
};

/** The request in one line of the app's JSON log, or null for any other line. */
export function parseRequestLogLine(line: string): RequestLogLine | null {
  let entry: unknown;
  try {
    entry = JSON.parse(line);
  } catch {
    return null;
  }
  if (typeof entry !== 'object' || entry === null) return null;
  const { level, req, res, sqlQueries } = entry as Record<string, unknown>;
  const path = (req as { path?: unknown } | undefined)?.path;
  const status = (res as { status?: unknown } | undefined)?.status;
  if (typeof path !== 'string' || typeof status !== 'number' || typeof sqlQueries !== 'number')
    return null;
  return { path, status, sqlQueries, completed: level === 'info' };
}

/**
 * Collects the SQL statements of each successful request by path, line by line. Requests cut off
 * when a measurement stops, and failed ones, would show fewer statements than the page needs.
 */
export class SqlQueryLog {
  readonly #counts = new Map<string, number[]>();

  add(line: string): void {
    const request = parseRequestLogLine(line);
    if (!request?.completed || request.status < 200 || request.status > 299) return;
    const counts = this.#counts.get(request.path) ?? [];
    counts.push(request.sqlQueries);
    this.#counts.set(request.path, counts);
  }

  /** The range of statements per request to `path` (as sent, query string included). */
  summary(path: string): SqlQueries | undefined {
    return summarizeSqlQueries(this.#counts.get(path) ?? []);
  }
}

/** The range of SQL statements per request, or undefined when no request was logged. */
export function summarizeSqlQueries(counts: number[]): SqlQueries | undefined {
  if (counts.length === 0) return undefined;
  // A loop, not Math.min(...counts): a fast page logs more requests than arguments may be spread.
  let min = Infinity;
  let max = -Infinity;
  for (const count of counts) {
    min = Math.min(min, count);
    max = Math.max(max, count);
  }
  return { min, max };
}

// ---------------------------------------------------------------------------------------------
// Numbers

/** 1000 → "1k", 1000000 → "1M", 25000 → "25k": the sizes in column headers. */
export function compactCount(count: number): string {
  if (count >= 1_000_000 && count % 1_000_000 === 0) return `${count / 1_000_000}M`;
  if (count >= 1_000 && count % 1_000 === 0) return `${count / 1_000}k`;
  return count.toLocaleString('en-US');
}

export function formatRequestsPerSecond(value: number): string {
  return value >= 100 ? Math.round(value).toLocaleString('en-US') : value.toFixed(1);
}

/** autocannon's latencies are whole milliseconds; a tenth is shown when there is one. */
export function formatMilliseconds(value: number): string {
  return value >= 100 || Number.isInteger(value)
    ? `${Math.round(value).toLocaleString('en-US')} ms`
    : `${value.toFixed(1)} ms`;
}

/**
 * Two significant figures, all a ratio of two runs carries ("0.04×", "37×"), and two decimals
 * between 1 and 10 ("1.53×"), so that a ratio just over the 1.5× target does not read as 1.5×.
 */
export function formatRatio(ratio: number): string {
  if (ratio >= 10) return `${Math.round(ratio).toLocaleString('en-US')}×`;
  if (ratio >= 1) return `${ratio.toFixed(2)}×`;
  return `${Number(ratio.toPrecision(2))}×`;
}

function formatSqlQueries(sqlQueries: SqlQueries | undefined): string {
  if (!sqlQueries) return 'n/a';
  return sqlQueries.min === sqlQueries.max
    ? String(sqlQueries.min)
    : `${sqlQueries.min}–${sqlQueries.max}`;
}

// ---------------------------------------------------------------------------------------------
// The table

type Column = { header: string; align: 'left' | 'right' };

/** A Markdown table with its columns padded, readable as printed and as Prettier writes it. */
export function markdownTable(columns: Column[], rows: string[][]): string {
  const widths = columns.map((column, index) =>
    Math.max(3, column.header.length, ...rows.map((row) => (row[index] ?? '').length)),
  );
  const pad = (text: string, index: number) =>
    columns[index]!.align === 'right' ? text.padStart(widths[index]!) : text.padEnd(widths[index]!);
  const line = (cells: string[]) => `| ${cells.map(pad).join(' | ')} |`;
  const rule = columns.map((column, index) =>
    column.align === 'right' ? `${'-'.repeat(widths[index]! - 1)}:` : '-'.repeat(widths[index]!),
  );
  return [
    line(columns.map((column) => column.header)),
    `| ${rule.join(' | ')} |`,
    ...rows.map((row) => line(row)),
  ].join('\n');
}

/** The ratio of the large size's p50 to the small size's: how a request slows as the data grows. */
export function growthRatio({ small, large }: Row): number {
  return large.p50Ms / small.p50Ms;
}

/** One row per request, both sizes side by side, then the baseline and the app's first page ÷ it. */
export function resultsTable(results: Results): string {
  const small = compactCount(results.sizes.small);
  const large = compactCount(results.sizes.large);
  const columns: Column[] = [
    { header: 'request', align: 'left' },
    ...[small, large].flatMap((size): Column[] => [
      { header: `req/s ${size}`, align: 'right' },
      { header: `p50 ${size}`, align: 'right' },
      { header: `p99 ${size}`, align: 'right' },
      { header: `SQL/req ${size}`, align: 'right' },
    ]),
    { header: `p50 ${large} ÷ ${small}`, align: 'right' },
  ];
  const measured = (measurement: Measurement) => [
    formatRequestsPerSecond(measurement.requestsPerSecond),
    formatMilliseconds(measurement.p50Ms),
    formatMilliseconds(measurement.p99Ms),
    formatSqlQueries(measurement.sqlQueries),
  ];
  const rowCells = (row: Row) => [
    `${row.label}: \`${row.path}\``,
    ...measured(row.small),
    ...measured(row.large),
    formatRatio(growthRatio(row)),
  ];

  const firstPage = results.rows.find((row) => row.firstPage);
  const versusBaseline = firstPage
    ? [
        [
          'first page ÷ baseline',
          ...(['small', 'large'] as const).flatMap((size) => {
            const app = firstPage[size];
            const baseline = results.baseline[size];
            return [
              formatRatio(app.requestsPerSecond / baseline.requestsPerSecond),
              formatRatio(app.p50Ms / baseline.p50Ms),
              formatRatio(app.p99Ms / baseline.p99Ms),
              '',
            ];
          }),
          '',
        ],
      ]
    : [];

  return markdownTable(columns, [
    ...results.rows.map(rowCells),
    rowCells(results.baseline),
    ...versusBaseline,
  ]);
}

/** Issue 5's acceptance target, one line per request it names: the ratio and whether it is met. */
export function targetVerdicts(results: Results): string[] {
  return results.rows
    .filter((row) => row.target)
    .map((row) => {
      const ratio = growthRatio(row);
      const met = ratio <= TARGET_P50_RATIO;
      return `${row.label}: p50 ${formatMilliseconds(row.large.p50Ms)} at ${compactCount(results.sizes.large)} vs ${formatMilliseconds(row.small.p50Ms)} at ${compactCount(results.sizes.small)}, ${formatRatio(ratio)}: ${met ? 'met' : 'NOT met'}`;
    });
}

// ---------------------------------------------------------------------------------------------
// docs/benchmarks.md

/**
 * `markdown` with the section under `heading` (a whole "## …" line) replaced by `section`, which
 * starts with that heading; the section ends at the next "## " heading. Appended when missing.
 */
export function replaceSection(markdown: string, heading: string, section: string): string {
  const lines = markdown.split('\n');
  const start = lines.indexOf(heading);
  const body = section.trimEnd();
  if (start === -1) return `${markdown.trimEnd()}\n\n${body}\n`;
  const next = lines.findIndex((line, index) => index > start && line.startsWith('## '));
  const before = lines.slice(0, start).join('\n');
  const after = next === -1 ? '' : `\n\n${lines.slice(next).join('\n').trimEnd()}`;
  return `${before}${before ? '\n' : ''}${body}${after}\n`;
}
