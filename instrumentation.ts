// Next's instrumentation hooks (https://nextjs.org/docs/app/guides/instrumentation), loaded once
// per server process.
import type { Instrumentation } from 'next';

/**
 * Every error Next catches while rendering a page, running a server action or a route handler
 * goes to the error reporter (lib/error-reporter.ts): one log line with the route, the request
 * id and the user, and errors_total{source="request"}.
 */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  // The reporter needs Node (pino, AsyncLocalStorage). No route here runs on the edge runtime;
  // one that did would have its errors logged by Next alone.
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { reportError } = await import('./lib/error-reporter');
  const requestId = request.headers['x-request-id'];
  reportError(error, {
    source: 'request',
    method: request.method,
    route: context.routePath,
    requestId: typeof requestId === 'string' ? requestId : undefined,
    details: { routeType: context.routeType },
  });
};
