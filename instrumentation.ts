// Next's instrumentation hooks (node_modules/next/dist/docs/01-app/02-guides/instrumentation.md):
// register() runs once when the server starts (server.ts's app.prepare()), before it serves a
// request; onRequestError for every error Next catches.
import type { Instrumentation } from 'next';

/** Starts OpenTelemetry tracing when OTEL_TRACES_EXPORTER asks for it (lib/telemetry.ts). */
export async function register() {
  // The SDK runs on Node only; Next would load this file for the edge runtime too, were any
  // route to use it.
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { startTracing } = await import('./lib/telemetry');
    startTracing('widgets-web');
  }
}

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
