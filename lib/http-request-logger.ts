// Request logging for the web process (server.ts): one JSON line per finished request with its
// id, method, path, status, duration, the signed-in user's id (userId, null for a visitor), the
// JSON API client whose key it sent (apiClient, on API requests only; never the key) and the
// number of SQL statements it sent (sqlQueries). The id is also sent back in X-Request-Id and
// handed to Next in the request headers, so pages and actions can read it.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { requestContextOf } from '@/lib/request-context';

const WELL_FORMED_REQUEST_ID = /^[\w.:-]{1,128}$/;

// An id set by a proxy in front of us is kept, so logs line up across hops.
function requestIdFor(req: IncomingMessage): string {
  const incoming = req.headers['x-request-id'];
  return typeof incoming === 'string' && WELL_FORMED_REQUEST_ID.test(incoming)
    ? incoming
    : randomUUID();
}

// What the request's context learnt while it was served (lib/request-context.ts). The user id is
// there once lib/auth.ts has read the session, which every page (the layout's navigation), action
// and route handler does.
function withRequestFacts(req: IncomingMessage, logObject: object): object {
  const context = requestContextOf(req);
  return {
    ...logObject,
    userId: context?.userId ?? null,
    ...(context?.apiClient === undefined ? {} : { apiClient: context.apiClient }),
    sqlQueries: context?.sqlQueryCount ?? 0,
  };
}

export function createHttpRequestLogger(logger: Logger) {
  return pinoHttp({
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
    customErrorMessage: (req, res) => `${req.method} ${req.url} ${res.statusCode}`,
    customSuccessObject: (req, _res, logObject) => withRequestFacts(req, logObject),
    // For a 5xx, pino-http invents an Error("failed with status code …") with a stack that says
    // nothing. The real error is logged where it happened (Next's onRequestError, the services).
    customErrorObject: (req, res, error, logObject) =>
      withRequestFacts(
        req,
        error.message === `failed with status code ${res.statusCode}`
          ? { ...logObject, err: undefined }
          : logObject,
      ),
    // Next's asset and hot-reload traffic would drown the app's own requests.
    autoLogging: { ignore: (req) => req.url?.startsWith('/_next/') ?? false },
  });
}
