// How the widget pages hold up as the catalogue grows: `npm run bench` (issue 5).
//
// At 1,000 widgets and then at 1,000,000, each in a database of its own (bench/bench-database.ts),
// this serves the production build as `npm start` does and loads it with autocannon, one URL at a
// time: the first page of /widgets, a deep page, a search, the two other sorts, and a widget's
// page. For each it reports requests/s, p50 and p99 latency, and the SQL statements a request
// sent (from the app's request log lines); a response other than 2xx stops the run. The first
// page is also compared with bench/baseline-server.ts, the same table from node:http and pg alone.
// The table is printed and written to docs/benchmarks.md, replacing the section of the last run.
//
// Everything it starts (the servers, and PostgreSQL if it was not running) is stopped at the end,
// on failure and on Ctrl-C. The benchmark's databases are kept, for --reuse-data.
import '../lib/load-env-files';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import prettier from 'prettier';
import { widgetPath, widgetsPath } from '../lib/routes';
import {
  type BenchDatabase,
  MANUFACTURERS,
  SEARCH_TERM,
  analyze,
  benchDatabase,
  ensurePostgres,
  isSeeded,
  middleOfNameOrder,
  migrate,
  postgresVersion,
  recreate,
  seed,
  stopPostgres,
} from './bench-database';
import {
  type Measurement,
  type Results,
  type Row,
  SqlQueryLog,
  TARGET_P50_RATIO,
  compactCount,
  formatMilliseconds,
  formatRequestsPerSecond,
  replaceSection,
  resultsTable,
  targetVerdicts,
} from './report';
import { type Server, startApp, startBaseline, stopAllServers } from './servers';

const PROJECT_DIR = path.resolve(import.meta.dirname, '..');
const BENCHMARKS_DOC = path.join(PROJECT_DIR, 'docs', 'benchmarks.md');
const SECTION_HEADING = '## Pages at scale (`npm run bench`)';
/** The whole run, build included, gives up after this long. */
const TIME_LIMIT_MS = 15 * 60_000;
const SMALL = 1_000;
/** Requests are sent one at a time for this long before each measurement: a route's modules
 * load on its first request, and the JIT compiles the code a page runs only as it runs. */
const WARM_UP_MS = 2_000;
/** The longest wait for the requests a measurement left in flight. */
const SETTLE_LIMIT_MS = 10_000;

const USAGE = `Usage: npm run bench [-- options]

  --skip-build        serve the existing .next instead of running next build first
  --reuse-data        measure the databases a previous run seeded (migrations are still applied)
  --duration S        seconds of load per URL (default 10)
  --connections N     concurrent connections (default 10)
  --large N           widgets in the large database (default 1000000)`;

type Options = {
  skipBuild: boolean;
  reuseData: boolean;
  duration: number;
  connections: number;
  large: number;
};

function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      'skip-build': { type: 'boolean', default: false },
      'reuse-data': { type: 'boolean', default: false },
      duration: { type: 'string', default: '10' },
      connections: { type: 'string', default: '10' },
      large: { type: 'string', default: '1000000' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const number = (text: string, min: number, max: number) => {
    const value = Number(text);
    if (!Number.isInteger(value) || value < min || value > max) throw new Error(USAGE);
    return value;
  };
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  return {
    skipBuild: values['skip-build'],
    reuseData: values['reuse-data'],
    duration: number(values.duration, 1, 60),
    connections: number(values.connections, 1, 100),
    large: number(values.large, SMALL * 2, 10_000_000),
  };
}

/** One URL to measure: its row label, its path, and whether issue 5's target applies to it. */
type Target = { key: string; label: string; path: string; firstPage?: boolean; target?: boolean };

function targetsFor({ middle }: { middle: number }): Target[] {
  return [
    { key: 'first', label: 'first page', path: widgetsPath(), firstPage: true, target: true },
    { key: 'deep', label: 'deep page', path: deepPagePath(middle), target: true },
    { key: 'search', label: 'search', path: widgetsPath({ q: SEARCH_TERM }), target: true },
    { key: 'price', label: 'by price', path: widgetsPath({ sort: 'price' }) },
    { key: 'newest', label: 'newest first', path: widgetsPath({ sort: 'newest' }) },
    { key: 'show', label: 'a widget', path: widgetPath(middle) },
  ];
}

/** The page that follows the widget `after` in the name order (keyset pagination, ADR 11). */
function deepPagePath(after: number): string {
  return widgetsPath({ after });
}

const elapsed = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const startedAt = Date.now();
  const loadBefore = os.loadavg()[0]!;
  const postgres = await ensurePostgres();
  let stopped = false;
  const cleanUp = async () => {
    if (stopped) return;
    stopped = true;
    await stopAllServers();
    if (postgres.started) await stopPostgres();
  };
  const giveUp = (message: string, exitCode: number) => {
    console.error(message);
    void cleanUp().finally(() => process.exit(exitCode));
  };
  const limit = setTimeout(
    () => giveUp(`The benchmark took longer than ${TIME_LIMIT_MS / 60_000} minutes.`, 1),
    TIME_LIMIT_MS,
  );
  process.once('SIGINT', () => giveUp('Interrupted.', 130));
  process.once('SIGTERM', () => giveUp('Terminated.', 143));

  try {
    if (options.skipBuild) {
      if (!existsSync(path.join(PROJECT_DIR, '.next', 'BUILD_ID')))
        throw new Error('--skip-build: there is no production build in .next to serve.');
      console.log('Serving the existing production build (.next).');
    } else {
      await build();
    }

    const notes: string[] = [];
    const seeded: string[] = [];
    const measured = new Map<string, Measurement[]>();
    const baseline: Measurement[] = [];
    let targets: Target[] = [];
    let database: BenchDatabase | undefined;
    for (const widgets of [SMALL, options.large]) {
      database = benchDatabase(widgets);
      const seeding = await prepare(database, options);
      if (seeding) seeded.push(`${widgets.toLocaleString('en-US')} widgets in ${seeding}`);
      const ids = await middleOfNameOrder(database);
      targets = targetsFor(ids);

      const sqlQueryLog = new SqlQueryLog();
      const app = await startApp(database.url, (line) => sqlQueryLog.add(line));
      try {
        const note = await checkDeepPage(app, ids.middle, ids.next);
        if (note && !notes.includes(note)) notes.push(note);
        for (const target of targets) {
          const result = await measure(
            app,
            target.path,
            `${compactCount(widgets)} ${target.label}`,
            options,
          );
          const measurement = { ...result, sqlQueries: sqlQueryLog.summary(target.path) };
          measured.set(target.key, [...(measured.get(target.key) ?? []), measurement]);
        }
      } finally {
        await app.stop();
      }

      const baselineServer = await startBaseline(database.url);
      try {
        const result = await measure(
          baselineServer,
          '/',
          `${compactCount(widgets)} baseline`,
          options,
        );
        baseline.push({ ...result, sqlQueries: { min: 1, max: 1 } });
      } finally {
        await baselineServer.stop();
      }
    }

    const results: Results = {
      sizes: { small: SMALL, large: options.large },
      rows: targets.map((target) => {
        const [small, large] = measured.get(target.key)!;
        return { ...target, path: describePath(target.path), small: small!, large: large! };
      }),
      baseline: {
        label: 'baseline (node:http + pg)',
        path: '/',
        small: baseline[0]!,
        large: baseline[1]!,
      } satisfies Row,
    };
    const machine = await describeMachine(database!, loadBefore);
    const table = resultsTable(results);
    const verdicts = targetVerdicts(results);
    console.log(`\n${table}\n\nIssue 5's target (p50 within ${TARGET_P50_RATIO}×):`);
    for (const verdict of [...verdicts, ...notes]) console.log(`  ${verdict}`);
    console.log(`\n${machine}`);

    const seeding = seeded.length > 0 ? `Seeding took ${seeded.join(', ')}.` : 'Reused data.';
    await writeSection(docsSection({ options, table, verdicts, notes, machine, seeding }));
    console.log(`\nWritten to docs/benchmarks.md. The whole run took ${elapsed(startedAt)}.`);
  } finally {
    clearTimeout(limit);
    await cleanUp();
  }
}

/** `next build`, its output shown only when it fails. */
async function build(): Promise<void> {
  const since = Date.now();
  console.log('Building the app (next build)...');
  const child = spawn('npm', ['run', 'build'], {
    cwd: PROJECT_DIR,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`next build failed (${code}):\n${output}`);
  console.log(`Built in ${elapsed(since)}.`);
}

/**
 * The database seeded (or, with --reuse-data, checked and migrated), with fresh statistics.
 * Returns how long seeding took, or undefined when the data was reused.
 */
async function prepare(database: BenchDatabase, options: Options): Promise<string | undefined> {
  if (options.reuseData && (await isSeeded(database))) {
    await migrate(database);
    await analyze(database);
    console.log(
      `\nReusing ${database.name} (${database.widgets.toLocaleString('en-US')} widgets).`,
    );
    return undefined;
  }
  const since = Date.now();
  console.log(
    `\nSeeding ${database.name}: ${MANUFACTURERS.toLocaleString('en-US')} manufacturers, ` +
      `${database.widgets.toLocaleString('en-US')} widgets...`,
  );
  await recreate(database);
  await seed(database, (inserted) => {
    if (inserted < database.widgets)
      console.log(`  ${inserted.toLocaleString('en-US')} widgets (${elapsed(since)})`);
  });
  const took = elapsed(since);
  console.log(`Seeded ${database.name} in ${took} (VACUUM ANALYZE included).`);
  return took;
}

/**
 * Whether the deep page starts where keyset pagination says: with the widget after `after` in the
 * name order. Returns a note for the report when it does not.
 */
async function checkDeepPage(
  app: Server,
  after: number,
  expectedFirstId: number,
): Promise<string | undefined> {
  const firstWidgetOn = async (urlPath: string) => {
    const html = await (await fetch(app.baseUrl + urlPath)).text();
    return Number(/href="\/widgets\/(\d+)"/.exec(html)?.[1]);
  };
  const deepPageFirst = await firstWidgetOn(deepPagePath(after));
  if (deepPageFirst === expectedFirstId) return undefined;
  if (deepPageFirst === (await firstWidgetOn(widgetsPath())))
    return 'The app ignores `after`: "deep page" measured the first page.';
  return `The deep page starts with widget ${deepPageFirst}, not ${expectedFirstId} (the widget after \`after\` in the name order): it measured another page than intended.`;
}

/** Warms the URL up, then loads it with autocannon. Stops the run on anything but 2xx. */
async function measure(
  server: Server,
  urlPath: string,
  label: string,
  options: Options,
): Promise<Omit<Measurement, 'sqlQueries'>> {
  const url = server.baseUrl + urlPath;
  const get = async () => {
    const response = await fetch(url);
    await response.text();
    if (!response.ok) {
      throw new Error(
        `${label}: ${urlPath} answered ${response.status}.\n${server.recentOutput()}`,
      );
    }
  };
  // One at a time for a while, then one round at full concurrency: the server's connection pool
  // grows to its size before the measurement rather than during it.
  for (const warmUpEnd = Date.now() + WARM_UP_MS; Date.now() < warmUpEnd;) await get();
  await Promise.all(Array.from({ length: options.connections }, get));

  process.stdout.write(`  ${label}: ${urlPath} ... `);
  const result = await autocannon({
    url,
    connections: options.connections,
    duration: options.duration,
    // A page that takes longer than this fails the run (as a timeout) rather than hiding in p99.
    timeout: 30,
  });
  if (result.non2xx > 0 || result.errors > 0 || result.timeouts > 0) {
    throw new Error(
      `${label}: ${urlPath} had ${result.non2xx} non-2xx responses, ${result.errors} errors ` +
        `and ${result.timeouts} timeouts in ${result.requests.total} requests. ` +
        `The figures would not be comparable.\n${server.recentOutput()}`,
    );
  }
  // autocannon stops when the time is up, abandoning the requests in flight; the server still
  // answers them. They must not run into the next measurement.
  await new Promise((resolve) =>
    setTimeout(resolve, Math.min(SETTLE_LIMIT_MS, result.latency.p99 * 2)),
  );
  const measurement = {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
  };
  console.log(
    `${formatRequestsPerSecond(measurement.requestsPerSecond)} req/s, ` +
      `p50 ${formatMilliseconds(measurement.p50Ms)}, p99 ${formatMilliseconds(measurement.p99Ms)}`,
  );
  return measurement;
}

/** A measured path with its ids generalised, so the table reads the same on every run. */
function describePath(urlPath: string): string {
  return urlPath.replace(/after=\d+/, 'after=:id').replace(/^\/widgets\/\d+$/, '/widgets/:id');
}

async function describeMachine(database: BenchDatabase, loadBefore: number): Promise<string> {
  const cpus = os.cpus();
  const { version: nextVersion } = JSON.parse(
    readFileSync(path.join(PROJECT_DIR, 'node_modules', 'next', 'package.json'), 'utf8'),
  ) as { version: string };
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: PROJECT_DIR })
    .toString()
    .trim();
  const dirty =
    execFileSync('git', ['status', '--porcelain'], { cwd: PROJECT_DIR }).toString().trim() !== '';
  return (
    `Machine: ${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ` +
    `${Math.round(os.totalmem() / 1024 ** 3)} GB RAM; Node ${process.version}, ` +
    `PostgreSQL ${await postgresVersion(database)}, Next.js ${nextVersion}; ` +
    `load average ${loadBefore.toFixed(1)} before the run, ${os.loadavg()[0]!.toFixed(1)} after. ` +
    `Commit ${commit}${dirty ? ' (with uncommitted changes)' : ''}, ${new Date().toISOString().slice(0, 10)}.`
  );
}

function docsSection({
  options,
  table,
  verdicts,
  notes,
  machine,
  seeding,
}: {
  options: Options;
  table: string;
  verdicts: string[];
  notes: string[];
  machine: string;
  seeding: string;
}): string {
  const small = SMALL.toLocaleString('en-US');
  const large = options.large.toLocaleString('en-US');
  return `${SECTION_HEADING}

<!-- Written by npm run bench (bench/index-pages.ts): the next run replaces this section. -->

Issue 5's target: with ${large} widgets, the first page of \`/widgets\`, a deep page and a search
each answer with a p50 latency within ${TARGET_P50_RATIO}× of the same request with ${small}
widgets.

${machine} ${seeding}

${table}

${[...verdicts, ...notes].map((line) => `- ${line}`).join('\n')}

\`npm run bench\` (\`bench/index-pages.ts\`) measures at ${small} widgets and then at ${large},
each in a database of its own (\`widgets_bench_${SMALL}\`, \`widgets_bench_${options.large}\`) on
the embedded PostgreSQL, or on the server of \`DATABASE_URL\` when it is set; never the
development or test database.

- **Data**: ${MANUFACTURERS.toLocaleString('en-US')} manufacturers with addresses; widgets named
  \`<adjective> <noun> <number>\` from 40 adjectives and 40 nouns, so names sort in an order
  unrelated to their ids, with prices spread over $0.01–$10,000.00 and creation dates over five years.
  Seeded with \`generate_series\` after the project's migrations, then \`VACUUM ANALYZE\`.
- **App**: the production build served as \`npm start\` serves it (\`server.ts\`,
  \`NODE_ENV=production\`, \`LOG_LEVEL=info\`) on 127.0.0.1. SQL/req is read from its request
  log lines (\`sqlQueries\`); a range means that requests differed.
- **Load**: autocannon, ${options.connections} connections for ${options.duration} s per URL,
  after ${WARM_UP_MS / 1000} s of warm-up requests sent one at a time and one round of
  ${options.connections} at once. The load generator, the server and PostgreSQL share the
  machine's CPUs. A response other than 2xx stops the run.
- **Requests**: the first page; a deep page (\`?after=\` the widget in the middle of the name
  order: the keyset contract of issue 5); a search for "${SEARCH_TERM}" (one noun of the 40:
  2.5% of the widgets match); the two other sorts; a widget's page (the same middle widget).
- **Baseline**: \`bench/baseline-server.ts\` serves the first page's table from \`node:http\` and
  \`pg\` alone: one query (25 widgets by name, with their manufacturers' names), the app's
  columns and formatting, HTML-escaped. It is the practical upper limit for that page on this
  machine; "first page ÷ baseline" compares the app with it.

Run it again with \`npm run bench\` (about five minutes: the build, seeding, 14 measurements).
\`-- --skip-build\` serves the existing \`.next\`; \`--reuse-data\` measures the databases the
last run left instead of seeding them again (pending migrations are applied first);
\`--duration\`, \`--connections\` and \`--large\` change the defaults. The databases are kept for
that: drop them with \`DROP DATABASE widgets_bench_${options.large}\` (and \`_${SMALL}\`) in
\`bin/psql\`.
`;
}

/**
 * Replaces this benchmark's section of docs/benchmarks.md. The section's prose is wrapped at the
 * print width like the hand-written sections (the figures make its lines' lengths vary), and the
 * file is formatted as `prettier --check` expects.
 */
async function writeSection(section: string): Promise<void> {
  const options = { ...(await prettier.resolveConfig(BENCHMARKS_DOC)), filepath: BENCHMARKS_DOC };
  const wrapped = await prettier.format(section, { ...options, proseWrap: 'always' });
  const markdown = replaceSection(
    await fs.readFile(BENCHMARKS_DOC, 'utf8'),
    SECTION_HEADING,
    wrapped,
  );
  await fs.writeFile(BENCHMARKS_DOC, await prettier.format(markdown, options));
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
