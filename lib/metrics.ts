// The app's Prometheus metrics (docs/operations.md, "Metrics"): one registry per process, which
// the web process serves at /metrics (server.ts) and the worker on WORKER_METRICS_PORT
// (worker.ts). Each process is scraped on its own and Prometheus adds them up: counters and
// histograms live in the process that does the work, so nothing is counted twice.
//
// The registry and its metrics live on globalThis under a registered symbol because server.ts
// and Next's bundled server code load separate copies of this module (as lib/request-context.ts
// does); both must count into the same metrics, and a metric registered twice is an error.
// Not server-only: server.ts imports it.
import { createHash, timingSafeEqual } from 'node:crypto';
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type pg from 'pg';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { JOB_QUEUE_SCHEMA, QUEUE_NAMES } from '@/jobs/queues';
import { logger } from '@/lib/logger';
import { metricsPath } from '@/lib/routes';

/** Where the web process answers with its metrics (server.ts, before Next). */
const METRICS_PATH = metricsPath();

/** The `source` of errors_total and of the error reporter's log line (lib/error-reporter.ts). */
export type ErrorSource = 'request' | 'job';

// Seconds. A page takes tens of milliseconds; the top buckets catch a database that stalls.
const HTTP_DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
// Seconds. A job sends one email: usually well under a second, at most its 60 s expiry.
const JOB_DURATION_BUCKETS = [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

const JOB_QUEUE_STATES = ['created', 'retry', 'active'];

// Jobs waiting (created, or failed and waiting to retry) or running, counted by queue, and how
// long the oldest waiting one has waited (a job scheduled for later counts from when it is due).
// pg-boss's own counts (getQueues) are refreshed by its monitor every 10 s; this is current.
const JOB_QUEUE_SQL = `
  SELECT name AS queue, state::text AS state, count(*)::int AS jobs,
         COALESCE(EXTRACT(EPOCH FROM max(now() - GREATEST(created_on, start_after))), 0)::float
           AS "oldestSeconds"
  FROM ${JOB_QUEUE_SCHEMA}.job
  WHERE state::text IN (${JOB_QUEUE_STATES.map((state) => `'${state}'`).join(', ')})
  GROUP BY name, state`;

type JobQueueRow = { queue: string; state: string; jobs: number; oldestSeconds: number };

function createMetrics() {
  const registry = new Registry();
  // Memory, CPU, event-loop lag, open handles, garbage collection (prom-client's process_* and
  // nodejs_* metrics).
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  // The database pools this process opened (lib/db): read when scraped.
  const pools = new Set<pg.Pool>();
  const openPools = () => [...pools].filter((pool) => !pool.ending);
  const sumOverPools = (count: (pool: pg.Pool) => number) =>
    openPools().reduce((sum, pool) => sum + count(pool), 0);

  return {
    registry,
    pools,
    httpRequestDuration: new Histogram({
      name: 'http_request_duration_seconds',
      help: 'Time to answer an HTTP request, by method, route pattern and status.',
      labelNames: ['method', 'route', 'status'] as const,
      buckets: HTTP_DURATION_BUCKETS,
      registers,
    }),
    jobsCompleted: new Counter({
      name: 'jobs_completed_total',
      help: 'Job runs that completed, by queue.',
      labelNames: ['queue'] as const,
      registers,
    }),
    jobsFailed: new Counter({
      name: 'jobs_failed_total',
      help: 'Job runs that failed (each failed attempt, retried or not), by queue.',
      labelNames: ['queue'] as const,
      registers,
    }),
    jobDuration: new Histogram({
      name: 'job_duration_seconds',
      help: 'Time a job run took, completed or failed, by queue.',
      labelNames: ['queue'] as const,
      buckets: JOB_DURATION_BUCKETS,
      registers,
    }),
    jobQueueDepth: new Gauge({
      name: 'job_queue_depth',
      help: 'Jobs waiting (created, retry) or running (active), by queue and state. The same in every process: aggregate with max, not sum.',
      labelNames: ['queue', 'state'] as const,
      registers,
      async collect() {
        const rows = await readJobQueues(openPools()[0]);
        this.reset();
        if (!rows) return;
        for (const queue of QUEUE_NAMES) {
          for (const state of JOB_QUEUE_STATES) this.set({ queue, state }, 0);
        }
        for (const row of rows) this.set({ queue: row.queue, state: row.state }, row.jobs);
      },
    }),
    jobQueueLatency: new Gauge({
      name: 'job_queue_latency_seconds',
      help: 'How long the oldest waiting job of each queue has been due. The same in every process: aggregate with max.',
      labelNames: ['queue'] as const,
      registers,
      async collect() {
        const rows = await readJobQueues(openPools()[0]);
        this.reset();
        if (!rows) return;
        const oldest = new Map<string, number>(QUEUE_NAMES.map((queue) => [queue, 0]));
        for (const row of rows.filter(({ state }) => state !== 'active')) {
          oldest.set(row.queue, Math.max(oldest.get(row.queue) ?? 0, row.oldestSeconds));
        }
        for (const [queue, seconds] of oldest) this.set({ queue }, seconds);
      },
    }),
    dbPoolConnections: new Gauge({
      name: 'db_pool_connections',
      help: "Connections in this process's database pool, by state (in_use, idle).",
      labelNames: ['state'] as const,
      registers,
      collect() {
        const idle = sumOverPools((pool) => pool.idleCount);
        this.set({ state: 'idle' }, idle);
        this.set({ state: 'in_use' }, sumOverPools((pool) => pool.totalCount) - idle);
      },
    }),
    dbPoolWaiting: new Gauge({
      name: 'db_pool_waiting_queries',
      help: "Queries waiting for a free connection of this process's database pool.",
      registers,
      collect() {
        this.set(sumOverPools((pool) => pool.waitingCount));
      },
    }),
    dbPoolMax: new Gauge({
      name: 'db_pool_max_connections',
      help: "The most connections this process's database pool opens.",
      registers,
      collect() {
        this.set(sumOverPools((pool) => pool.options.max ?? 10));
      },
    }),
    widgetsCreated: new Counter({
      name: 'widgets_created_total',
      help: 'Widgets created (services/widget-creator.ts).',
      registers,
    }),
    highPricedWidgets: new Counter({
      name: 'high_priced_widgets_total',
      help: 'Widgets created at more than the high-price threshold (finance is emailed).',
      registers,
    }),
    widgetRatings: new Counter({
      name: 'widget_ratings_total',
      help: 'Ratings recorded (services/widget-rating-recorder.ts).',
      registers,
    }),
    errors: new Counter({
      name: 'errors_total',
      help: 'Errors reported (lib/error-reporter.ts), by source (request, job).',
      labelNames: ['source'] as const,
      registers,
    }),
  };
}

// The queue depth and latency gauges read the same rows: one query per scrape, not two. Without
// a pool (until the process first uses the database: Next loads lib/db with the first page that
// needs it) or while the database is down, both are left out of the scrape rather than failing it.
let pendingJobQueueRead: Promise<JobQueueRow[] | null> | undefined;

function readJobQueues(pool: pg.Pool | undefined): Promise<JobQueueRow[] | null> {
  if (!pool) return Promise.resolve(null);
  pendingJobQueueRead ??= pool
    .query<JobQueueRow>(JOB_QUEUE_SQL)
    .then(
      (result) => result.rows,
      () => null,
    )
    .finally(() => (pendingJobQueueRead = undefined));
  return pendingJobQueueRead;
}

export type Metrics = ReturnType<typeof createMetrics>;

const METRICS_KEY = Symbol.for('widgets.metrics');
const globalMetrics = globalThis as unknown as { [METRICS_KEY]?: Metrics };

export const metrics: Metrics = (globalMetrics[METRICS_KEY] ??= createMetrics());

/** Reports a database pool's connections in the db_pool_* gauges (lib/db). */
export function trackDatabasePool(pool: pg.Pool): void {
  metrics.pools.add(pool);
}

// --- Route labels ------------------------------------------------------------------------------

/** The route label of a path that matches no route (a 404, a probe): one label for them all. */
export const UNMATCHED_ROUTE = '(unmatched)';
/** The route label of Next's own files (/_next/…: scripts, styles, images). */
export const NEXT_ASSETS_ROUTE = '/_next';

type CompiledRoute = { pattern: string; segments: string[] };

// Static segments before dynamic ones, dynamic before catch-alls, as Next matches: /widgets/new
// is not /widgets/[id].
function segmentRank(segment: string): number {
  if (segment.startsWith('[[...')) return 3;
  if (segment.startsWith('[...')) return 2;
  if (segment.startsWith('[')) return 1;
  return 0;
}

function compareRoutes(a: CompiledRoute, b: CompiledRoute): number {
  for (let i = 0; i < Math.max(a.segments.length, b.segments.length); i++) {
    const rankA = a.segments[i] === undefined ? -1 : segmentRank(a.segments[i]!);
    const rankB = b.segments[i] === undefined ? -1 : segmentRank(b.segments[i]!);
    if (rankA !== rankB) return rankA - rankB;
  }
  return 0;
}

function matches(route: CompiledRoute, segments: string[]): boolean {
  for (const [i, segment] of route.segments.entries()) {
    if (segment.startsWith('[[...')) return true;
    if (segment.startsWith('[...')) return segments.length > i;
    if (i >= segments.length) return false;
    if (!segment.startsWith('[') && segment !== segments[i]) return false;
  }
  return segments.length === route.segments.length;
}

/**
 * A function that names the route pattern a request path belongs to (`/widgets/12/edit` →
 * `/widgets/[id]/edit`), so the HTTP metrics have one series per route, not one per record.
 */
export function routeLabeler(patterns: string[]): (path: string) => string {
  const routes = patterns
    .map((pattern) => ({ pattern, segments: pattern.split('/').filter(Boolean) }))
    .sort(compareRoutes);
  return (path) => {
    const pathname = path.split('?')[0]!;
    if (pathname.startsWith(`${NEXT_ASSETS_ROUTE}/`)) return NEXT_ASSETS_ROUTE;
    const segments = pathname.split('/').filter(Boolean);
    return routes.find((route) => matches(route, segments))?.pattern ?? UNMATCHED_ROUTE;
  };
}

/**
 * The app's route patterns, from the build's list of them (`next build` writes
 * app-path-routes-manifest.json; Next's internal routes, /_not-found and the like, are left
 * out). Empty when there is no build. `npm run dev` passes none (an earlier build's list would be
 * stale), so every route is unmatched there.
 */
export async function builtRoutePatterns(distDir: string): Promise<string[]> {
  try {
    const manifest = JSON.parse(
      await readFile(`${distDir}/app-path-routes-manifest.json`, 'utf8'),
    ) as Record<string, string>;
    return [...new Set(Object.values(manifest))].filter((pattern) => !pattern.startsWith('/_'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/**
 * Observes every request's duration once its response is finished (server.ts), labelled with
 * its route pattern. The build's routes are read once, when the server starts.
 */
export function createHttpRequestObserver(routePatterns: string[]) {
  const routeOf = routeLabeler([...routePatterns, METRICS_PATH]);
  return (req: IncomingMessage, res: ServerResponse) => {
    const stopTimer = metrics.httpRequestDuration.startTimer();
    res.once('finish', () =>
      stopTimer({
        method: req.method ?? 'GET',
        route: routeOf(req.url ?? '/'),
        status: String(res.statusCode),
      }),
    );
  };
}

// --- Serving the metrics -----------------------------------------------------------------------

// Digests of equal length, so the comparison takes the same time whatever the token's length.
function sameToken(given: string, expected: string): boolean {
  const digest = (token: string) => createHash('sha256').update(token).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

function answerJson(res: ServerResponse, status: number, body: object) {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

/**
 * Answers a request for the metrics: 404 when no token is configured (metrics are off), 401
 * without the token (`Authorization: Bearer <METRICS_TOKEN>`), else Prometheus' text format.
 */
export async function answerMetricsRequest(
  req: IncomingMessage,
  res: ServerResponse,
  token: string | undefined,
): Promise<void> {
  if (!token) return answerJson(res, 404, { error: 'Not found' });
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    return answerJson(res, 405, { error: 'Method not allowed' });
  }
  const [scheme, given] = (req.headers.authorization ?? '').split(' ');
  if (scheme !== 'Bearer' || !given || !sameToken(given, token)) {
    res.setHeader('WWW-Authenticate', 'Bearer');
    return answerJson(res, 401, { error: 'A valid metrics token is required.' });
  }
  const body = await metrics.registry.metrics();
  res.writeHead(200, { 'Content-Type': metrics.registry.contentType });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/**
 * A request handler for the front of a server: it answers requests for METRICS_PATH
 * (answerMetricsRequest) and says it did, or leaves every other request to the caller.
 */
export function createMetricsResponder(token: string | undefined) {
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    if ((req.url ?? '/').split('?')[0] !== METRICS_PATH) return false;
    answerMetricsRequest(req, res, token).catch((error: unknown) => {
      logger.error({ err: error }, 'The metrics could not be collected');
      if (!res.headersSent) answerJson(res, 500, { error: 'The metrics could not be collected.' });
      else res.destroy();
    });
    return true;
  };
}

/**
 * Serves the metrics alone (the worker's, on WORKER_METRICS_PORT), with the same token rule;
 * every other path is a 404.
 */
export async function startMetricsServer({
  host,
  port,
  token,
}: {
  host: string;
  port: number;
  token: string | undefined;
}): Promise<Server> {
  const answerMetrics = createMetricsResponder(token);
  const server = createServer((req, res) => {
    if (!answerMetrics(req, res)) answerJson(res, 404, { error: 'Not found' });
  });
  server.listen(port, host);
  await once(server, 'listening');
  return server;
}
