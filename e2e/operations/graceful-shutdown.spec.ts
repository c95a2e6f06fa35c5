// SIGTERM under load (issue 9's first acceptance check): the web server finishes every request it
// had begun, refuses new connections, and exits 0.
import http from 'node:http';
import net from 'node:net';
import { expect, test } from '@playwright/test';
import { databaseUrlFor } from '@/lib/database-url';
import { manufacturersPath, widgetsPath } from '@/lib/routes';
import { appEnv, startWebServer } from './support/app-processes';

// Within this checkout's ports (E2E_PORT+1..+9): others may run beside it.
const port = Number(process.env.E2E_PORT ?? 3100) + 5;
const CONCURRENT_REQUESTS = 50;

type Answer = { status: number; body: string };

/**
 * A GET that resolves `begun` once the server has read it: it sends `Expect: 100-continue`, and
 * Node's server answers 100 Continue as it starts the request. So a signal sent after `begun`
 * falls on a request the server had started, never on one still in a socket's buffer.
 */
function get(agent: http.Agent, url: string) {
  let markBegun!: () => void;
  const begun = new Promise<void>((resolve) => (markBegun = resolve));
  const answer = new Promise<Answer>((resolve, reject) => {
    const request = http.get(url, { agent, headers: { Expect: '100-continue' } }, (response) => {
      markBegun();
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode!, body }));
      response.on('error', reject);
    });
    request.on('continue', markBegun);
    request.on('error', reject);
  });
  return { begun, answer };
}

function connectionRefused(portNumber: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(portNumber, '127.0.0.1');
    socket.on('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.on('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
  });
}

test('SIGTERM during a load of 50 requests: every begun request succeeds, exit code 0', async () => {
  const server = await startWebServer({
    port,
    env: appEnv({ databaseUrl: databaseUrlFor('test'), smtpPort: port + 1 }),
  });
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENT_REQUESTS });
  try {
    // Pages (which query the database and take a while to render) and liveness checks.
    const paths = [widgetsPath(), manufacturersPath(), '/up'];
    const requests = Array.from({ length: CONCURRENT_REQUESTS }, (_, index) =>
      get(agent, `${server.url}${paths[index % paths.length]}`),
    );
    await Promise.all(requests.map(({ begun }) => begun));

    server.signal('SIGTERM');
    const shutdown = await server.waitForLine((line) => line.msg.startsWith('Shutting down'));
    const answers = await Promise.all(requests.map(({ answer }) => answer));

    expect(answers.map(({ status }) => status)).toEqual(answers.map(() => 200));
    // Requests the server was still working on when the signal came: the test tested a drain.
    expect(shutdown.inFlightRequests).toBeGreaterThan(0);
    for (const { body } of answers.filter((_, index) => index % paths.length === 0)) {
      expect(body).toContain('Our Widgets');
    }
    // The listening socket is closed before the line above is written.
    expect(await connectionRefused(port)).toBe(true);
    expect(await server.exited).toBe(0);
    expect(server.lines.map(({ msg }) => msg)).toEqual(
      expect.arrayContaining(['Connections closed; closing the app and its clients', 'Shut down']),
    );
  } finally {
    agent.destroy();
    await server.stop();
  }
});
