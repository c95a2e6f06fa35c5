import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { runWithRequestContext, type RequestContext } from './request-context';
import { applyResponseStatus, setResponseStatus } from './response-status';
import {
  SERVICE_UNAVAILABLE_API_MESSAGE,
  SERVICE_UNAVAILABLE_HTML,
  SERVICE_UNAVAILABLE_RETRY_AFTER_SECONDS,
} from './service-unavailable';

let server: Server | undefined;
afterEach(
  () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
);

// A server wired like server.ts, whose "app" answers with `status` after running `render`.
async function serve(
  status: number,
  render: (context: RequestContext) => void,
  {
    path = '/',
    contentType = 'text/html; charset=utf-8',
    headers = {} as Record<string, string>,
  } = {},
): Promise<Response> {
  server = createServer((req, res) => {
    const context: RequestContext = { requestId: 'test', path };
    applyResponseStatus(res, context);
    runWithRequestContext(context, () => {
      render(context);
      res.statusCode = status;
      res.setHeader('Content-Type', contentType);
      for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
      res.write('the error ');
      res.end('page');
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return fetch(`http://127.0.0.1:${port}/`, { redirect: 'manual' });
}

describe('setResponseStatus', () => {
  it('answers a page that sets 404 with 404 and its content', async () => {
    const response = await serve(200, () => setResponseStatus(404));

    expect(response.status).toBe(404);
    expect(await response.text()).toBe('the error page');
  });

  it('leaves other responses alone', async () => {
    expect((await serve(200, () => {})).status).toBe(200);
    expect((await serve(307, () => setResponseStatus(404))).status).toBe(307);
  });

  it('refuses to run outside a request', () => {
    expect(() => setResponseStatus(404)).toThrow(/request context/);
  });
});

describe('a request that failed because the database cannot be reached', () => {
  const outage = (context: RequestContext) => (context.databaseUnavailable = true);

  it('answers a page with 503 and the "temporarily unavailable" page', async () => {
    const response = await serve(500, outage);

    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe(
      String(SERVICE_UNAVAILABLE_RETRY_AFTER_SECONDS),
    );
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toBe(SERVICE_UNAVAILABLE_HTML);
  });

  it('drops the compression of the body it replaces', async () => {
    const response = await serve(500, outage, { headers: { 'Content-Encoding': 'gzip' } });

    expect(response.headers.get('content-encoding')).toBeNull();
    expect(await response.text()).toBe(SERVICE_UNAVAILABLE_HTML);
  });

  it('answers the JSON API with 503 and its error', async () => {
    const response = await serve(500, outage, { path: '/api/v1/widgets', contentType: '' });

    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ error: SERVICE_UNAVAILABLE_API_MESSAGE });
  });

  it('keeps the body of a navigation with JavaScript, which the error boundary shows', async () => {
    const response = await serve(500, outage, { contentType: 'text/x-component' });

    expect(response.status).toBe(503);
    expect(await response.text()).toBe('the error page');
  });

  it('leaves alone a 500 of another cause, and a 503 the app chose', async () => {
    expect((await serve(500, () => {})).status).toBe(500);
    const ready = await serve(503, outage, { contentType: 'application/json' });
    expect(ready.status).toBe(503);
    expect(await ready.text()).toBe('the error page');
  });
});
