// The web server's shutdown, on a real HTTP server: a request it was serving finishes (and says
// `Connection: close`), new connections are refused, the registered clients are closed, and a
// request that never finishes is cut off at the drain timeout. The whole process, with signals and
// load, is tested in e2e/operations/graceful-shutdown.spec.ts.
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { gracefulShutdown } from './graceful-shutdown';
import { isDraining, onShutdown } from './lifecycle';

const logger = pino({ level: 'silent' });
let server: Server | undefined;
afterEach(() => server?.closeAllConnections());

/** A server whose responses the test ends, and the shutdown it would run on SIGTERM. */
async function serve({ drainTimeoutMs }: { drainTimeoutMs?: number } = {}) {
  const received: ServerResponse[] = [];
  let requestArrived: () => void = () => {};
  server = createServer((_req, res) => {
    received.push(res);
    requestArrived();
  });
  let exit: (code: number) => void = () => {};
  const exitCode = new Promise<number>((resolve) => (exit = resolve));
  const stop = gracefulShutdown(server, {
    logger,
    closeApp: async () => {},
    exit: (code) => exit(code),
    drainTimeoutMs,
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return {
    url,
    received,
    exitCode,
    stop,
    /** Sends a request; resolves once the server has it, with the response to come. */
    async request(): Promise<{ response: Promise<Response> }> {
      const arrived = new Promise<void>((resolve) => (requestArrived = resolve));
      const response = fetch(url);
      await arrived;
      return { response };
    },
  };
}

describe('gracefulShutdown', () => {
  it('finishes the request in flight, refuses new ones, closes the clients, exits 0', async () => {
    const closed: string[] = [];
    onShutdown('test client', async () => closed.push('test client'));
    const app = await serve();
    const { response: inFlight } = await app.request();

    app.stop('SIGTERM');

    expect(isDraining()).toBe(true);
    await expect(fetch(app.url)).rejects.toThrow();
    app.received[0]!.end('done');
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(response.headers.get('connection')).toBe('close');
    expect(await response.text()).toBe('done');
    expect(await app.exitCode).toBe(0);
    expect(closed).toEqual(['test client']);
  });

  it('cuts off a request still running at the drain timeout, then exits', async () => {
    const app = await serve({ drainTimeoutMs: 50 });
    const { response: stuck } = await app.request();

    app.stop('SIGTERM');

    await expect(stuck).rejects.toThrow();
    expect(await app.exitCode).toBe(0);
  });
});
