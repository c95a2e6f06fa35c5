// Spans of the app's own making, through the OpenTelemetry API only: without a started SDK
// (lib/telemetry.ts, off by default) every span here is a no-op that costs next to nothing.
import {
  type Attributes,
  type Context,
  ROOT_CONTEXT,
  type Span,
  type SpanKind,
  SpanStatusCode,
  context,
  propagation,
  trace,
} from '@opentelemetry/api';

const tracer = trace.getTracer('widgets');

/**
 * Runs `fn` inside a new active span, which ends when `fn` settles; a thrown error is recorded
 * on the span and rethrown.
 */
export function inSpan<T>(
  name: string,
  options: { kind: SpanKind; attributes: Attributes; parent?: Context },
  fn: (span: Span) => Promise<T>,
): Promise<T> {
  const parent = options.parent ?? context.active();
  return tracer.startActiveSpan(
    name,
    { kind: options.kind, attributes: options.attributes },
    parent,
    async (span) => {
      try {
        return await fn(span);
      } catch (error) {
        span.recordException(error as Error);
        span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).message });
        throw error;
      } finally {
        span.end();
      }
    },
  );
}

/** The active trace as W3C headers (traceparent, tracestate), to carry in a job; none when off. */
export function currentTraceContext(): Record<string, string> | undefined {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return Object.keys(carrier).length > 0 ? carrier : undefined;
}

/** The trace a job was queued in, from the headers currentTraceContext gave it. */
export function traceContextFrom(carrier: Record<string, string> | undefined): Context {
  return carrier ? propagation.extract(ROOT_CONTEXT, carrier) : ROOT_CONTEXT;
}
