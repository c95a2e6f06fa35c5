// The web process: Next.js's request handler inside a plain Node HTTP server, so that every
// request gets an id (X-Request-Id), runs inside a request context that services log with, and
// is logged as one JSON line when it finishes. `npm run dev` and `npm start` both run this file.
// Why a custom server: docs/decisions/0005-custom-server-for-request-logging.md.
import './lib/load-env-files';
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import next from 'next';
import { pinoHttp } from 'pino-http';
import { env } from './lib/env';
import { logger } from './lib/logger';
import { runWithRequestContext } from './lib/request-context';

const dev = env.NODE_ENV === 'development';
const REQUEST_ID = /^[\w.:-]{1,128}$/;

// An id set by a trusted proxy in front of us is kept so logs line up across hops.
function requestIdFor(req: IncomingMessage): string {
  const incoming = req.headers['x-request-id'];
  return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

const httpLogger = pinoHttp({
  logger,
  quietReqLogger: true,
  customAttributeKeys: { reqId: 'requestId', responseTime: 'durationMs' },
  genReqId: (req, res) => {
    const requestId = requestIdFor(req);
    req.headers['x-request-id'] = requestId;
    res.setHeader('X-Request-Id', requestId);
    return requestId;
  },
  serializers: {
    req: (req: { method: string; url: string }) => ({ method: req.method, path: req.url }),
    res: (res: { statusCode: number }) => ({ status: res.statusCode }),
  },
  customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : 'info'),
  customSuccessMessage: (req, res) => `${req.method} ${req.url} ${res.statusCode}`,
  // Next's own asset and hot-reload traffic would drown the app's requests.
  autoLogging: { ignore: (req) => req.url?.startsWith('/_next/') ?? false },
});

async function startServer() {
  const app = next({ dev, dir: process.cwd(), hostname: env.HOST, port: env.PORT });
  const handle = app.getRequestHandler();
  await app.prepare();

  const server = createServer((req, res) => {
    httpLogger(req, res);
    runWithRequestContext({ requestId: String(req.id) }, () => handle(req, res));
  });

  server.listen(env.PORT, env.HOST, () => {
    logger.info({ url: `http://${env.HOST}:${env.PORT}`, mode: env.NODE_ENV }, 'Widgets is listening');
  });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    // Finish in-flight requests, then exit; a stuck connection must not keep the process alive.
    setTimeout(() => process.exit(0), 10_000).unref();
    server.close(() => {
      void app.close().finally(() => process.exit(0));
    });
    server.closeIdleConnections();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

startServer().catch((error: unknown) => {
  logger.fatal({ err: error }, 'the web server could not start');
  process.exit(1);
});
