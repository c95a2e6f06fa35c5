// OpenTelemetry tracing for the web process (instrumentation.ts's register) and the worker
// (worker.ts): one setup, off unless OTEL_TRACES_EXPORTER is `otlp` or `console`. The SDK reads
// the standard OTEL_* variables itself (OTEL_EXPORTER_OTLP_ENDPOINT, OTEL_EXPORTER_OTLP_PROTOCOL,
// OTEL_TRACES_SAMPLER, ...); see docs/operations.md#tracing.
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { NodeSDK } from '@opentelemetry/sdk-node';
import { PrismaInstrumentation } from '@prisma/instrumentation';
import { env } from './env';
import { logger } from './logger';
import { startedTracing, tracingStarted } from './tracing';

/** Health checks and metric scrapes come every few seconds and say nothing about users. */
const UNTRACED_PATHS = new Set(['/up', '/ready', '/metrics']);

/**
 * Starts tracing when OTEL_TRACES_EXPORTER asks for it; returns whether it did. The service
 * name is OTEL_SERVICE_NAME, or the process's own (widgets-web, widgets-worker).
 */
export function startTracing(defaultServiceName: string): boolean {
  if (env.OTEL_TRACES_EXPORTER === 'none') return false;
  if (startedTracing()) return true;
  const sdk = new NodeSDK({
    serviceName: env.OTEL_SERVICE_NAME ?? defaultServiceName,
    instrumentations: [
      // Incoming requests (server.ts's HTTP server; Next adds its own spans beneath them) and
      // outgoing ones (SMTP is not HTTP: mail delivery shows as the job's span).
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (request) =>
          UNTRACED_PATHS.has(new URL(request.url ?? '/', 'http://localhost').pathname),
      }),
      // Every Prisma query with its SQL (prisma:client:* spans), in the request or job's trace.
      new PrismaInstrumentation(),
    ],
    // Traces only: metrics are Prometheus' (/metrics) and logs are pino's JSON lines.
    metricReaders: [],
    logRecordProcessors: [],
  });
  sdk.start();
  tracingStarted(sdk);
  logger.info(
    {
      exporter: env.OTEL_TRACES_EXPORTER,
      serviceName: env.OTEL_SERVICE_NAME ?? defaultServiceName,
    },
    'Tracing started',
  );
  return true;
}
