import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { runWithRequestContext, type RequestContext } from './request-context';
import { applyResponseStatus, setResponseStatus } from './response-status';

let server: Server | undefined;
afterEach(
  () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
);

// A server wired like server.ts, whose "app" answers with `status` after running `render`.
async function serve(status: number, render: () => void): Promise<Response> {
  server = createServer((req, res) => {
    const context: RequestContext = { requestId: 'test' };
    applyResponseStatus(res, context);
    runWithRequestContext(context, () => {
      render();
      res.statusCode = status;
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
    expect(await response.text()).toBe('page');
  });

  it('leaves other responses alone', async () => {
    expect((await serve(200, () => {})).status).toBe(200);
    expect((await serve(307, () => setResponseStatus(404))).status).toBe(307);
  });

  it('refuses to run outside a request', () => {
    expect(() => setResponseStatus(404)).toThrow(/request context/);
  });
});
