// Spans of the app's own making, through the OpenTelemetry API only: without a started SDK
// (lib/telemetry.ts, off by default) every span here is a no-op that costs next to nothing.
//
// The started SDK is kept on globalThis under a registered symbol because server.ts and Next's
// bundled server code load separate copies of these modules (like lib/request-context.ts): one
// start, and either copy can flush it on shutdown.
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
import { logger } from './logger';

type Sdk = { shutdown: () => Promise<void> };

const SDK_KEY = Symbol.for('widgets.telemetry');
const globalSdk = globalThis as unknown as { [SDK_KEY]?: Sdk };

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

/** Whether lib/telemetry.ts started the SDK in this process. */
export function startedTracing(): boolean {
  return globalSdk[SDK_KEY] !== undefined;
}

/** Keeps the SDK lib/telemetry.ts started, for stopTracing. */
export function tracingStarted(sdk: Sdk): void {
  globalSdk[SDK_KEY] = sdk;
}

/** Sends the spans still buffered and stops tracing; a process calls it before it exits. */
export async function stopTracing(): Promise<void> {
  const sdk = globalSdk[SDK_KEY];
  if (!sdk) return;
  delete globalSdk[SDK_KEY];
  await sdk.shutdown().catch((error: unknown) => {
    logger.warn({ err: error }, 'Tracing did not flush its last spans');
  });
}
