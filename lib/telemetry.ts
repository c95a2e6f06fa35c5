// OpenTelemetry tracing for the web process (instrumentation.ts's register) and the worker
// (worker.ts): one setup, off unless OTEL_TRACES_EXPORTER is `otlp` or `console`. The SDK reads
// the standard OTEL_* variables itself (OTEL_EXPORTER_OTLP_ENDPOINT, OTEL_EXPORTER_OTLP_PROTOCOL,
// OTEL_TRACES_SAMPLER, ...); see docs/operations.md#tracing.
import { NodeSDK } from '@opentelemetry/sdk-node';
import { PrismaInstrumentation } from '@prisma/instrumentation';
import { env } from './env';
import { logger } from './logger';
import { startedTracing, tracingStarted } from './tracing';

/**
 * Starts tracing when OTEL_TRACES_EXPORTER asks for it; returns whether it did. The service
 * name is OTEL_SERVICE_NAME, or the process's own (widgets-web, widgets-worker).
 */
export function startTracing(defaultServiceName: string): boolean {
  if (env.OTEL_TRACES_EXPORTER === 'none') return false;
  if (startedTracing()) return true;
  const sdk = new NodeSDK({
    serviceName: env.OTEL_SERVICE_NAME ?? defaultServiceName,
    // Requests need no instrumentation of their own: Next traces each one (a SERVER span named
    // after its route, with its method, route and status) as soon as a tracer is registered.
    // Prisma's adds every query with its SQL (prisma:client:*), in the request or job's trace.
    instrumentations: [new PrismaInstrumentation()],
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
