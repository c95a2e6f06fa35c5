// The standalone output the container image copies (Dockerfile; bin/bundle-standalone.ts), run
// as the image runs it: plain node from inside .next/standalone, configured only by the
// environment (no .env file, no project node_modules). The web process serves /up and a page
// with its assets and sends its request spans to an OTLP endpoint; the worker and the release
// step start from the same folder. Needs `npm run build` first.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { expect, test } from '@playwright/test';
import { databaseUrlFor } from '@/lib/database-url';
import { startOtlpReceiver } from '@/test/support/otlp-receiver';

const STANDALONE = path.join(process.cwd(), '.next', 'standalone');
// From the ports specs that start their own processes take (E2E_PORT + 10 up), the last ones.
const PORT = Number(process.env.E2E_PORT ?? 3100) + 38;

// What a production process needs, and nothing from this shell but PATH.
const productionEnv = {
  PATH: process.env.PATH ?? '',
  NODE_ENV: 'production' as const,
  DATABASE_URL: databaseUrlFor('test'),
  AUTH_SECRET: 'widgets-e2e-secret-for-test-data-only',
  // Nothing here sends mail; the variable is required all the same.
  SMTP_URL: 'smtp://127.0.0.1:1',
  LOG_LEVEL: 'info',
};

type LogLine = Record<string, unknown> & { msg: string };

/** `node <script>` in the standalone folder, its JSON log lines collected as they come. */
function startNode(script: string, env: Record<string, string>) {
  const child: ChildProcess = spawn(process.execPath, [script], {
    cwd: STANDALONE,
    env: { ...productionEnv, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines: LogLine[] = [];
  createInterface({ input: child.stdout! }).on('line', (line) => {
    if (line.startsWith('{')) lines.push(JSON.parse(line) as LogLine);
  });
  const exited = once(child, 'exit').then(([code, signal]) => ({ code, signal }));
  return {
    lines,
    exited,
    waitForLog: (msg: string) =>
      expect.poll(() => lines.some((line) => line.msg === msg), { timeout: 30_000 }).toBe(true),
    stop: () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

test('the web process serves /up and a page with its assets, and traces its requests', async ({
  request,
}) => {
  const receiver = await startOtlpReceiver();
  const web = startNode('web.mjs', {
    HOST: '127.0.0.1',
    PORT: String(PORT),
    OTEL_TRACES_EXPORTER: 'otlp',
    OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
    OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
  });
  try {
    await web.waitForLog('Widgets is listening');
    const baseUrl = `http://127.0.0.1:${PORT}`;

    expect((await request.get(`${baseUrl}/up`)).status()).toBe(200);
    const page = await request.get(`${baseUrl}/widgets`);
    expect(page.status()).toBe(200);
    const html = await page.text();
    expect(html).toContain('<title>Our Widgets · Widgets</title>');
    const stylesheet = html.match(/href="(\/_next\/static\/[^"]+\.css)"/)?.[1];
    expect(stylesheet).toBeDefined();
    expect((await request.get(`${baseUrl}${stylesheet}`)).status()).toBe(200);
    // server.ts, not Next's minimal server.js: every response carries its request id.
    expect(page.headers()['x-request-id']).toBeTruthy();

    // A stopping web process sends the spans it still holds before it exits.
    expect(await web.stop()).toEqual({ code: 0, signal: null });
    const spans = receiver.spans().filter((span) => span.serviceName === 'widgets-web');
    // Next's own span for the request (SpanKind.SERVER), with the page's queries beneath it.
    const pageSpan = spans.find((span) => span.name === 'GET /widgets');
    expect(pageSpan).toMatchObject({
      kind: 2,
      attributes: { 'http.route': '/widgets', 'http.status_code': 200 },
    });
    const inPageTrace = spans.filter((span) => span.traceId === pageSpan!.traceId);
    expect(inPageTrace.map((span) => span.name)).toContain('prisma:client:db_query');
  } finally {
    await web.stop();
    await receiver.stop();
  }
});

test('the release step and the worker run from it, and a process without its settings does not start', async () => {
  const release = spawnSync(process.execPath, ['bin/db.mjs', 'migrate'], {
    cwd: STANDALONE,
    env: productionEnv,
    encoding: 'utf8',
  });
  expect(release.status).toBe(0);
  expect(release.stdout).toContain('production: No pending migrations.');

  const worker = startNode('worker.mjs', {});
  await worker.waitForLog('Worker started');
  expect(await worker.stop()).toEqual({ code: 0, signal: null });

  const unconfigured = spawnSync(process.execPath, ['web.mjs'], {
    cwd: STANDALONE,
    env: { PATH: productionEnv.PATH, NODE_ENV: 'production' as const },
    encoding: 'utf8',
  });
  expect(unconfigured.status).toBe(1);
  expect(unconfigured.stderr).toContain('DATABASE_URL: is required in production');
});
