import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpRequestLogger } from '@/lib/http-request-logger';
import { runWithRequestContext, type RequestContext } from '@/lib/request-context';
import { memoryLogger } from '@/test/support/memory-logger';

// A real HTTP server with the request logger in front, logging into memory. The app "sends" as
// many SQL statements as the sqlQueries parameter says, and "reads" the session of the user the
// userId parameter names, or authenticates the API client the apiClient parameter names.
async function serveWithRequestLogger(status: number) {
  const { logger, lines, rawLines } = memoryLogger();
  const logRequest = createHttpRequestLogger(logger);
  // As in server.ts: the app answers inside the request's context.
  const server = createServer((req, res) => {
    logRequest(req, res);
    const context: RequestContext = { requestId: String(req.id), sqlQueryCount: 0 };
    runWithRequestContext(
      context,
      () => {
        const query = new URL(req.url!, 'http://x').searchParams;
        context.sqlQueryCount = Number(query.get('sqlQueries'));
        if (query.has('userId')) context.userId = Number(query.get('userId'));
        if (query.has('apiClient')) context.apiClient = query.get('apiClient')!;
        res.statusCode = status;
        res.end(String(req.headers['x-request-id']));
      },
      req,
    );
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return { server, lines, rawLines, url: `http://127.0.0.1:${port}` };
}

let server: Server | undefined;
afterEach(() => server?.close());

describe('createHttpRequestLogger', () => {
  it('logs one line per request with its id, method, path, status and duration', async () => {
    const app = await serveWithRequestLogger(404);
    server = app.server;

    const response = await fetch(`${app.url}/widgets/123?sort=name`);
    const requestId = response.headers.get('x-request-id');
    await response.text();
    await new Promise((resolve) => setImmediate(resolve));

    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(app.lines).toHaveLength(1);
    // Once: a JSON line with the key twice would be ambiguous to log tooling.
    expect(app.rawLines[0]!.match(/"requestId"/g)).toHaveLength(1);
    expect(app.lines[0]).toMatchObject({
      requestId,
      req: { method: 'GET', path: '/widgets/123?sort=name' },
      res: { status: 404 },
      durationMs: expect.any(Number),
    });
  });

  it('reports how many SQL statements the request sent, also for a server error', async () => {
    for (const status of [200, 503]) {
      const app = await serveWithRequestLogger(status);
      server = app.server;
      await (await fetch(`${app.url}/widgets?sqlQueries=3`)).text();
      await new Promise((resolve) => setImmediate(resolve));
      expect(app.lines[0]).toMatchObject({ res: { status }, sqlQueries: 3 });
      server.close();
    }
  });

  it("carries the signed-in user's id, and null for a visitor", async () => {
    const app = await serveWithRequestLogger(200);
    server = app.server;
    await (await fetch(`${app.url}/widgets?userId=42`)).text();
    await (await fetch(`${app.url}/widgets`)).text();
    await new Promise((resolve) => setImmediate(resolve));
    expect(app.lines.map((line) => line.userId)).toEqual([42, null]);
  });

  it('names the JSON API client on API requests only', async () => {
    const app = await serveWithRequestLogger(200);
    server = app.server;
    await (await fetch(`${app.url}/api/v1/widgets?apiClient=Acme%20Parts`)).text();
    await (await fetch(`${app.url}/widgets`)).text();
    await new Promise((resolve) => setImmediate(resolve));
    expect(app.lines[0]).toMatchObject({ apiClient: 'Acme Parts', userId: null });
    expect(app.lines[1]).not.toHaveProperty('apiClient');
  });

  it('hands the id to the app and keeps a well-formed id from a proxy', async () => {
    const app = await serveWithRequestLogger(200);
    server = app.server;

    const kept = await fetch(app.url, { headers: { 'X-Request-Id': 'lb-7f3a.1' } });
    expect(kept.headers.get('x-request-id')).toBe('lb-7f3a.1');
    expect(await kept.text()).toBe('lb-7f3a.1');

    const replaced = await fetch(app.url, { headers: { 'X-Request-Id': 'bad id <script>' } });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    await replaced.text();
  });

  it('logs a server error at error level without an invented stack trace', async () => {
    const app = await serveWithRequestLogger(503);
    server = app.server;

    await (await fetch(`${app.url}/up`)).text();
    await new Promise((resolve) => setImmediate(resolve));

    expect(app.lines[0]).toMatchObject({ level: 'error', res: { status: 503 } });
    expect(app.lines[0]).not.toHaveProperty('err');
  });

  it('does not log Next.js asset requests', async () => {
    const app = await serveWithRequestLogger(200);
    server = app.server;

    await (await fetch(`${app.url}/_next/static/chunk.js`)).text();
    await new Promise((resolve) => setImmediate(resolve));

    expect(app.lines).toHaveLength(0);
  });
});
