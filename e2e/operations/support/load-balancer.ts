// A round-robin load balancer for the operations tests (playwright.operations.config.ts): the
// part a real one (nginx, HAProxy, a cloud balancer) plays in front of several web instances.
// Each request goes to the next instance with its method, path, headers (Host and cookies
// included) and body unchanged, plus X-Forwarded-For; each answer comes back unchanged
// (redirects are not followed), plus X-Upstream naming the instance, so tests can see that
// every instance was used. Test support only: no health checks, retries or keep-alive tuning.
//
//   npx tsx e2e/operations/support/load-balancer.ts <port> <upstream port> [<upstream port>…]
import { createServer, request } from 'node:http';

const HOST = '127.0.0.1';
const [port, ...upstreams] = process.argv.slice(2).map(Number);
if (!port || upstreams.length === 0) {
  console.error('Usage: load-balancer.ts <port> <upstream port> [<upstream port>…]');
  process.exit(1);
}

let next = 0;

const server = createServer((incoming, answer) => {
  const upstream = upstreams[next++ % upstreams.length]!;
  const forwardedFor = [incoming.headers['x-forwarded-for'], incoming.socket.remoteAddress]
    .filter(Boolean)
    .join(', ');
  const proxied = request(
    {
      host: HOST,
      port: upstream,
      method: incoming.method,
      path: incoming.url,
      headers: { ...incoming.headers, 'x-forwarded-for': forwardedFor },
    },
    (response) => {
      answer.writeHead(response.statusCode ?? 502, {
        ...response.headers,
        'x-upstream': `${HOST}:${upstream}`,
      });
      response.pipe(answer);
    },
  );
  proxied.on('error', (error) => {
    // The instance is down or dropped the connection: 502, as a real balancer answers.
    if (!answer.headersSent) answer.writeHead(502, { 'Content-Type': 'text/plain' });
    answer.end(`Bad gateway: ${HOST}:${upstream} ${error.message}\n`);
  });
  incoming.pipe(proxied);
});

server.listen(port, HOST, () => {
  console.log(`Load balancer on http://${HOST}:${port} → ${upstreams.join(', ')}`);
});
// Nothing to finish: the tests are over when the balancer is stopped.
process.on('SIGTERM', () => process.exit(0));
