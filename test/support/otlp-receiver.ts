// A stand-in for an OpenTelemetry collector: an HTTP server on a free port of 127.0.0.1 that
// accepts OTLP/HTTP trace exports in JSON (OTEL_EXPORTER_OTLP_PROTOCOL=http/json) and keeps the
// spans, so tests can check what a real process sent.
//
//   const receiver = await startOtlpReceiver();      // OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url
//   receiver.spans()                                  // every span received, with its service
//   await receiver.stop();
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

type AnyValue = { stringValue?: string; intValue?: string | number; boolValue?: boolean };
type KeyValue = { key: string; value: AnyValue };

type ExportRequest = {
  resourceSpans?: {
    resource?: { attributes?: KeyValue[] };
    scopeSpans?: { spans?: OtlpSpan[] }[];
  }[];
};

type OtlpSpan = {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes?: KeyValue[];
};

/** A received span, its attributes as a plain object. */
export type ReceivedSpan = {
  serviceName: string | undefined;
  traceId: string;
  spanId: string;
  parentSpanId: string | undefined;
  name: string;
  kind: number;
  attributes: Record<string, string | number | boolean | undefined>;
};

export type OtlpReceiver = {
  url: string;
  /** Export requests received, on any path. */
  requestCount: () => number;
  spans: () => ReceivedSpan[];
  stop: () => Promise<void>;
};

function attributesOf(keyValues: KeyValue[] = []): ReceivedSpan['attributes'] {
  return Object.fromEntries(
    keyValues.map(({ key, value }) => [
      key,
      value.stringValue ??
        (value.intValue === undefined ? value.boolValue : Number(value.intValue)),
    ]),
  );
}

export async function startOtlpReceiver(): Promise<OtlpReceiver> {
  const requests: ExportRequest[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      requests.push(JSON.parse(Buffer.concat(chunks).toString('utf8')) as ExportRequest);
      response.writeHead(200, { 'Content-Type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requestCount: () => requests.length,
    spans: () =>
      requests.flatMap((request) =>
        (request.resourceSpans ?? []).flatMap(({ resource, scopeSpans }) => {
          const serviceName = attributesOf(resource?.attributes)['service.name'] as string;
          return (scopeSpans ?? []).flatMap(({ spans }) =>
            (spans ?? []).map((span) => ({
              serviceName,
              traceId: span.traceId,
              spanId: span.spanId,
              parentSpanId: span.parentSpanId || undefined,
              name: span.name,
              kind: span.kind,
              attributes: attributesOf(span.attributes),
            })),
          );
        }),
      ),
    stop: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
