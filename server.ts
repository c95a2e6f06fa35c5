// The web process: Next.js's request handler inside a plain Node HTTP server, so that every
// request gets an id (X-Request-Id), runs inside a request context that services log with, and
// is logged as one JSON line when it finishes. `npm run dev` and `npm start` both run this file.
// Why a custom server: docs/decisions/0005-custom-server-for-request-logging.md.
import './lib/load-env-files';
import { createServer } from 'node:http';
import next from 'next';
import { clientAddressResolver } from './lib/client-address';
import { env } from './lib/env';
import { gracefulShutdown } from './lib/graceful-shutdown';
import { createHttpRequestLogger } from './lib/http-request-logger';
import { logger } from './lib/logger';
import {
  builtRoutePatterns,
  createHttpRequestObserver,
  createMetricsResponder,
} from './lib/metrics';
import { hasMalformedPath } from './lib/request-path';
import { runWithRequestContext } from './lib/request-context';
import { applyResponseStatus } from './lib/response-status';
import { stopTracing } from './lib/tracing';

const dev = env.NODE_ENV === 'development';
const logRequest = createHttpRequestLogger(logger);
const answerMetrics = createMetricsResponder(env.METRICS_TOKEN);
const clientAddressOf = clientAddressResolver(env.TRUSTED_PROXIES);

async function startServer() {
  const app = next({ dev, dir: process.cwd(), hostname: env.HOST, port: env.PORT });
  const handle = app.getRequestHandler();
  await app.prepare();
  // Metrics (lib/metrics.ts): each request's duration by route pattern, and /metrics itself.
  const observeRequest = createHttpRequestObserver(dev ? [] : await builtRoutePatterns('.next'));

  const server = createServer((req, res) => {
    logRequest(req, res);
    observeRequest(req, res);
    if (answerMetrics(req, res)) return;
    if (hasMalformedPath(req.url ?? '/')) {
      res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Bad request: the address is not valid.\n');
      return;
    }
    const context = {
      requestId: String(req.id),
      sqlQueryCount: 0,
      path: req.url ?? '/',
      // The peer's address, or the visitor's behind TRUSTED_PROXIES (lib/client-address.ts).
      clientIp: clientAddressOf(req),
    };
    applyResponseStatus(res, context);
    runWithRequestContext(context, () => handle(req, res), req);
  });

  server.listen(env.PORT, env.HOST, () => {
    logger.info(
      { url: `http://${env.HOST}:${env.PORT}`, mode: env.NODE_ENV },
      'Widgets is listening',
    );
  });

  // SIGTERM: drain, finish in-flight requests (bounded), close the clients, exit 0.
  const stop = gracefulShutdown(server, {
    logger,
    // The spans of the last requests too (tracing, when on: lib/telemetry.ts).
    closeApp: async () => {
      await Promise.all([app.close(), stopTracing()]);
    },
    exit: (code) => process.exit(code),
  });
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

startServer().catch((error: unknown) => {
  logger.fatal({ err: error }, 'the web server could not start');
  process.exit(1);
});
