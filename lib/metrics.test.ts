// The metrics registry and how it is served: every metric is in the text Prometheus reads, the
// HTTP histogram is labelled with route patterns, and /metrics answers only with the token.
// The counters' moves are tested where they are counted: services/widget-creator.test.ts,
// services/widget-rating-recorder.test.ts, lib/job-worker.test.ts, lib/error-reporter.test.ts.
import { once } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import {
  builtRoutePatterns,
  createHttpRequestObserver,
  createMetricsResponder,
  NEXT_ASSETS_ROUTE,
  routeLabeler,
  startMetricsServer,
  UNMATCHED_ROUTE,
} from '@/lib/metrics';
import { metricValue } from '@/test/support/metrics';

const TOKEN = 'metrics-token-for-tests-only-0123456789';

const servers: Server[] = [];
afterEach(() => servers.splice(0).forEach((server) => server.close()));

async function listen(server: Server): Promise<string> {
  servers.push(server);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** A server answering as server.ts does: metrics first, the app ("ok") for everything else. */
async function serveApp(token: string | undefined): Promise<string> {
  const observeRequest = createHttpRequestObserver(['/widgets', '/widgets/[id]/edit']);
  const answerMetrics = createMetricsResponder(token);
  return listen(
    createServer((req, res) => {
      observeRequest(req, res);
      if (answerMetrics(req, res)) return;
      res.statusCode = req.url === '/missing' ? 404 : 200;
      res.end('ok');
    }),
  );
}

describe('routeLabeler', () => {
  const routeOf = routeLabeler([
    '/widgets',
    '/widgets/[id]',
    '/widgets/[id]/edit',
    '/widgets/new',
    '/api/[...path]',
    '/api/v1/widgets/[id]',
    '/docs/[[...slug]]',
  ]);

  it('names the route pattern a path belongs to, query left out', () => {
    expect(routeOf('/widgets?sort=name')).toBe('/widgets');
    expect(routeOf('/widgets/12')).toBe('/widgets/[id]');
    expect(routeOf('/widgets/12/edit')).toBe('/widgets/[id]/edit');
    expect(routeOf('/widgets/new')).toBe('/widgets/new');
    expect(routeOf('/widgets/12/')).toBe('/widgets/[id]');
  });

  it('prefers static segments to dynamic ones, and dynamic ones to catch-alls', () => {
    expect(routeOf('/api/v1/widgets/3')).toBe('/api/v1/widgets/[id]');
    expect(routeOf('/api/v1/widgets/3/ratings')).toBe('/api/[...path]');
    expect(routeOf('/api')).toBe(UNMATCHED_ROUTE);
    expect(routeOf('/docs')).toBe('/docs/[[...slug]]');
    expect(routeOf('/docs/a/b')).toBe('/docs/[[...slug]]');
  });

  it('gives every unknown path one label, and Next assets another', () => {
    expect(routeOf('/wp-login.php')).toBe(UNMATCHED_ROUTE);
    expect(routeOf('/widgets/12/edit/more')).toBe(UNMATCHED_ROUTE);
    expect(routeOf('/')).toBe(UNMATCHED_ROUTE);
    expect(routeOf('/_next/static/chunks/app-1234.js')).toBe(NEXT_ASSETS_ROUTE);
  });
});

describe('builtRoutePatterns', () => {
  let distDir: string;
  beforeAll(async () => {
    distDir = await mkdtemp(path.join(tmpdir(), 'widgets-metrics-'));
    return () => rm(distDir, { recursive: true, force: true });
  });

  it("reads the build's route patterns, leaving out Next's internal ones", async () => {
    await writeFile(
      path.join(distDir, 'app-path-routes-manifest.json'),
      JSON.stringify({
        '/_not-found/page': '/_not-found',
        '/widgets/page': '/widgets',
        '/widgets/[id]/edit/page': '/widgets/[id]/edit',
        '/up/route': '/up',
      }),
    );

    expect((await builtRoutePatterns(distDir)).sort()).toEqual([
      '/up',
      '/widgets',
      '/widgets/[id]/edit',
    ]);
  });

  it('is empty without a build', async () => {
    expect(await builtRoutePatterns(path.join(distDir, 'no-build'))).toEqual([]);
  });
});

describe('the HTTP request histogram', () => {
  it('observes each finished request by method, route pattern and status', async () => {
    const url = await serveApp(TOKEN);
    const edit = { method: 'GET', route: '/widgets/[id]/edit', status: '200' };
    const unmatched = { method: 'GET', route: UNMATCHED_ROUTE, status: '404' };
    const editBefore = await metricValue('http_request_duration_seconds_count', edit);
    const unmatchedBefore = await metricValue('http_request_duration_seconds_count', unmatched);

    for (const id of [1, 2, 3]) await (await fetch(`${url}/widgets/${id}/edit`)).text();
    await (await fetch(`${url}/missing`)).text();

    expect(await metricValue('http_request_duration_seconds_count', edit)).toBe(editBefore + 3);
    expect(await metricValue('http_request_duration_seconds_count', unmatched)).toBe(
      unmatchedBefore + 1,
    );
  });
});

describe('/metrics', () => {
  it('is not there (404) unless METRICS_TOKEN is set', async () => {
    const url = await serveApp(undefined);

    const response = await fetch(`${url}/metrics`, {
      headers: { Authorization: `Bearer ${TOKEN}` },
    });

    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: 'Not found' });
  });

  it('refuses a request without the token, or with another, with 401', async () => {
    const url = await serveApp(TOKEN);

    for (const authorization of [undefined, `Bearer ${TOKEN}x`, `Basic ${TOKEN}`, 'Bearer']) {
      const response = await fetch(`${url}/metrics`, {
        headers: authorization ? { Authorization: authorization } : {},
      });
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer');
      expect(await response.json()).toEqual({ error: 'A valid metrics token is required.' });
    }
  });

  it("answers with the token in Prometheus' text format, every metric in it", async () => {
    // The process's database pool (lib/db) is reported once it exists.
    await db.$queryRaw`SELECT 1`;
    const url = await serveApp(TOKEN);

    const response = await fetch(`${url}/metrics?from=prometheus`, {
      headers: { Authorization: `Bearer ${TOKEN}` },
    });

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    for (const name of [
      'http_request_duration_seconds',
      'jobs_completed_total',
      'jobs_failed_total',
      'job_duration_seconds',
      'job_queue_depth',
      'job_queue_latency_seconds',
      'db_pool_connections',
      'db_pool_waiting_queries',
      'db_pool_max_connections',
      'widgets_created_total',
      'high_priced_widgets_total',
      'widget_ratings_total',
      'errors_total',
      'process_cpu_seconds_total',
      'nodejs_eventloop_lag_seconds',
    ]) {
      expect(text).toMatch(new RegExp(`^# TYPE ${name} `, 'm'));
    }
    expect(text).toMatch(
      /^job_queue_depth\{queue="high-priced-widget-check",state="created"\} \d+$/m,
    );
    expect(text).toMatch(/^db_pool_max_connections [1-9]\d*$/m);
  });

  it('is served by the worker on its own port, with the same token rule', async () => {
    const server = await startMetricsServer({ host: '127.0.0.1', port: 0, token: TOKEN });
    servers.push(server);
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    const authorized = { headers: { Authorization: `Bearer ${TOKEN}` } };
    expect((await fetch(`${url}/metrics`)).status).toBe(401);
    expect((await fetch(`${url}/metrics`, authorized)).status).toBe(200);
    expect((await fetch(`${url}/widgets`, authorized)).status).toBe(404);
  });
});
