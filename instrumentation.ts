// Next.js calls register() once when the server starts (server.ts's app.prepare()), before it
// serves a request. See node_modules/next/dist/docs/01-app/02-guides/instrumentation.md.

/** Starts OpenTelemetry tracing when OTEL_TRACES_EXPORTER asks for it (lib/telemetry.ts). */
export async function register() {
  // The SDK runs on Node only; Next would load this file for the edge runtime too, were any
  // route to use it.
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { startTracing } = await import('./lib/telemetry');
    startTracing('widgets-web');
  }
}
